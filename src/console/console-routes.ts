import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/env.js';
import { precompressedAssets } from './precompressed.js';

/** Paths the console's router draws (a reload or a bookmark gets index.html); anything else is the API's. */
const CLIENT_ROUTES = /^\/(?:|signin|mentor|staff(?:\/[\w-]*)*|analyst(?:\/[\w-]*)*)\/?$/;

/** The folder Vite builds the console into (web/dist), found from the package root. */
export function consoleDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'web', 'dist');
}

/**
 * Serves the built console at `/` (assets under /assets, fingerprinted and cached for a year;
 * index.html for the client routes, never cached) and, when the IDE is on, GraphiQL at /graphiql,
 * where a browser's GET /graphql is sent too. Registered before the Nest routes, which it leaves alone.
 */
export function serveConsole(app: NestExpressApplication, config: AppConfig, logger: Logger, dir = consoleDir()): void {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ dir }, 'The console is not built (npm run build:web): only the API is served');
    return;
  }
  const ide = config.graphql.ide;
  // The page learns whether the IDE is on from the server, not from its build.
  const html = readFileSync(indexFile, 'utf8').replace('</head>', `<meta name="alumni-graph-ide" content="${ide}" /></head>`);
  // Computed once (the app computes none per answer, app.ts): a browser revalidates with it and gets a 304.
  const etag = `W/"${createHash('sha1').update(html).digest('base64url').slice(0, 27)}"`;
  app.use('/assets', precompressedAssets(join(dir, 'assets')));
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d', fallthrough: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/graphql' && ide && req.accepts(['json', 'html']) === 'html' && req.query.query === undefined) {
      return res.redirect(302, '/graphiql');
    }
    if (!CLIENT_ROUTES.test(req.path) && !(ide && /^\/graphiql\/?$/.test(req.path))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', etag);
    res.type('html').send(html);
  });
}
