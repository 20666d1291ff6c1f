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

/**
 * The page modules each client route opens at once (web/src/app.tsx and pages/staff-page.tsx load
 * them on demand), by their source path in Vite's manifest. Named in the route's index.html as
 * modulepreloads, they are fetched beside the entry instead of after it has been parsed and run.
 */
const ROUTE_PAGES: [RegExp, string[]][] = [
  [/^\/analyst(?:\/|$)/, ['src/pages/analyst/analyst-page.tsx']],
  [/^\/staff\/?$/, ['src/pages/staff-page.tsx', 'src/pages/staff/programs-page.tsx']],
  [/^\/staff\/cohorts\/[\w-]+\/?$/, ['src/pages/staff-page.tsx', 'src/pages/staff/cohort-page.tsx']],
  [/^\/staff\/ventures\/[\w-]+\/?$/, ['src/pages/staff-page.tsx', 'src/pages/staff/venture-page.tsx']],
  [/^\/staff\/import\/?$/, ['src/pages/staff-page.tsx', 'src/pages/staff/import-page.tsx']],
  [/^\/graphiql\/?$/, ['src/pages/graphiql-page.tsx']],
];

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/**
 * index.html for each entry of ROUTE_PAGES: the page modules, the chunks they import (but not the
 * ones index.html loads already) and their CSS. Without a manifest (an older build), index.html as built.
 */
function routeHtml(html: string, dir: string): (path: string) => string {
  const manifestFile = join(dir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return () => html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const key of keys) {
      if (seen.has(key) || !manifest[key]) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const initial = closure(['index.html']);
  const pages = ROUTE_PAGES.map(([route, modules]) => {
    const chunks = [...closure(modules)].filter((key) => !initial.has(key)).map((key) => manifest[key]);
    const links = [
      ...chunks.map((c) => `<link rel="modulepreload" crossorigin href="/${c.file}">`),
      ...chunks.flatMap((c) => c.css ?? []).map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`),
    ];
    return [route, html.replace('</head>', `${links.join('')}</head>`)] as const;
  });
  return (path) => pages.find(([route]) => route.test(path))?.[1] ?? html;
}

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
  const htmlFor = routeHtml(html, dir);
  // Computed once per page (the app computes none per answer, app.ts): a browser revalidates with it and gets a 304.
  const etags = new Map<string, string>();
  const etagOf = (page: string) => {
    let etag = etags.get(page);
    if (!etag) etags.set(page, (etag = `W/"${createHash('sha1').update(page).digest('base64url').slice(0, 27)}"`));
    return etag;
  };
  app.use('/assets', precompressedAssets(join(dir, 'assets')));
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d', fallthrough: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/graphql' && ide && req.accepts(['json', 'html']) === 'html' && req.query.query === undefined) {
      return res.redirect(302, '/graphiql');
    }
    if (!CLIENT_ROUTES.test(req.path) && !(ide && /^\/graphiql\/?$/.test(req.path))) return next();
    res.setHeader('Cache-Control', 'no-cache');
    const page = htmlFor(req.path);
    res.setHeader('ETag', etagOf(page));
    res.type('html').send(page);
  });
}
