import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions } from './app.module.js';
import { requestMetrics } from './common/request-metrics.js';
import { graphqlRequestLogger, nestLogger } from './config/logging.js';
import { serveConsole } from './console/console-routes.js';

/** Builds the Nest application (migrations run during init); the caller decides where it listens. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    // JSON through pino from Nest's first line; nestjs-pino's logger (which knows the request) once built.
    logger: nestLogger(options.logger),
    // On close, idle keep-alive sockets are closed too, so shutdown does not hang.
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  const { config } = options;
  app.use(requestMetrics);
  // GraphQL requests are logged here, without the per-request AsyncLocalStorage (see app.module.ts).
  // Its "request completed" line names the operation and its outcome (graphql/request-observer.ts).
  app.use('/graphql', graphqlRequestLogger(options.logger));
  // Above the limit, the body parser answers 413 before anything else runs.
  app.useBodyParser('json', { limit: config.bodyLimit });
  // Helmet's Content-Security-Policy in every mode: the console and GraphiQL load nothing from
  // elsewhere. Not upgrade-insecure-requests: a server on a plain-HTTP intranet must keep working.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null, 'worker-src': ["'self'", 'blob:'] } } }));
  // CORS stays closed unless CORS_ORIGINS names origins.
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false });
  const toApollo = graphqlPostsToApollo(app);
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; otherwise req.ip is the
  // socket's address, so a client cannot pick its own address for the rate limits and sign-in waits.
  app.set('trust proxy', config.trustProxy);
  // No ETag computed (a SHA-1 of the body) for every answer: the API's answers are POSTs or
  // uncacheable, and the console's index.html carries one of its own (console-routes.ts).
  app.set('etag', false);
  serveConsole(app, config, options.logger);
  await app.init();
  toApollo.findApolloLayers();
  return app;
}

/** What Express 5's router keeps for each `app.use` / route (the `router` package's Layer). */
interface RouterLayer {
  handle: unknown;
  route?: unknown;
  match(path: string): unknown;
  handleRequest(req: Request, res: Response, next: NextFunction): void;
}

/**
 * A GraphQL POST goes from here (after the metrics, the log, the body parser, helmet and CORS)
 * straight to the layers the Apollo driver adds at /graphql, instead of walking the dozen the
 * router would try first and that only pass it on: the console's, nestjs-pino's (excluded for
 * /graphql) and every controller route. That walk was a tenth of the CPU a request costs (issue
 * 18, bench/README). Other methods keep the usual order (GET /graphql's redirect to GraphiQL).
 */
function graphqlPostsToApollo(app: NestExpressApplication): { findApolloLayers(): void } {
  const apollo: RouterLayer[] = [];
  const door = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || !apollo.length) return next();
    let i = 0;
    const step = (error?: unknown): void => {
      if (error) return next(error);
      const layer = apollo[i++];
      return layer ? layer.handleRequest(req, res, step) : next();
    };
    step();
  };
  app.use('/graphql', door);
  return {
    // Apollo's layers are added during init, after every route: the ones at /graphql past this door.
    findApolloLayers() {
      const stack = (app.getHttpAdapter().getInstance() as unknown as { router: { stack: RouterLayer[] } }).router.stack;
      const after = stack.slice(stack.findIndex((layer) => layer.handle === door) + 1);
      apollo.push(...after.filter((layer) => !layer.route && layer.match('/graphql') && !layer.match('/elsewhere')));
    },
  };
}
