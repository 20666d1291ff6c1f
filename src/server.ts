import { createServer, type Server as HttpServer } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { pino, type Logger as PinoLogger } from 'pino';
import { createApp } from './app.js';
import { registry } from './common/metrics.js';
import type { AppConfig } from './config/env.js';
import { openDatabase, type OpenDatabase } from './database/database-lifecycle.js';
import { DemoDataService } from './demo/demo.service.js';
import { resolveJwtSecret } from './config/jwt-secret.js';
import { UsersService } from './users/users.service.js';

export interface Server {
  app: NestExpressApplication;
  db: OpenDatabase;
  logger: PinoLogger;
  /** http://host:port once listening. */
  url?: string;
  /** http://127.0.0.1:port/metrics when METRICS_PORT is set. */
  metricsUrl?: string;
  /** Stops taking requests, lets in-flight ones finish, closes the pool, then stops PostgreSQL. */
  close(): Promise<void>;
}

/** JSON log lines on stdout, or on stderr (`toStderr`) for a command whose stdout is its result (npm run import). */
export function createLogger(config: AppConfig, toStderr = false): PinoLogger {
  const options = {
    level: config.logLevel,
    base: { service: 'alumni-graph' },
    // SQL parameters carry password and token hashes and personal data.
    redact: { paths: ['parameters', 'err.parameters', 'err.driverError.parameters'], censor: '[redacted]' },
  };
  return toStderr ? pino(options, pino.destination({ dest: 2, sync: true })) : pino(options);
}

/**
 * Opens the database (embedded or DATABASE_URL), builds the app (running pending
 * migrations), loads demo data when the configuration asks for it, and listens.
 */
export async function startServer(config: AppConfig, options: { listen?: boolean; logToStderr?: boolean } = {}): Promise<Server> {
  const logger = createLogger(config, options.logToStderr);
  const db = await openDatabase(config, { onLog: (line) => logger.trace({ postgres: line }) });
  let app: NestExpressApplication | undefined;
  try {
    const jwtSecret = await resolveJwtSecret(config, db.embedded, logger);
    app = await createApp({ config, databaseUrl: db.url, jwtSecret, logger });
    await maybeLoadDemoData(app.get(DemoDataService), config, db);
    const admin = await app.get(UsersService).ensureFirstAdmin(config.adminEmail, config.adminPassword);
    if (admin.generatedPassword) {
      logger.warn(
        { email: config.adminEmail, password: admin.generatedPassword },
        'Created the first admin account with a generated password, shown only this once: sign in and change it',
      );
    }
    let url: string | undefined;
    let metrics: { server: HttpServer; url: string } | undefined;
    if (options.listen ?? true) {
      await app.listen(config.port, config.host);
      const address = app.getHttpServer().address() as { port: number };
      url = `http://${config.host}:${address.port}`;
      if (config.metrics.port !== undefined) metrics = await serveMetrics(config.metrics.port);
    }
    const started = app;
    let closing: Promise<void> | undefined;
    return {
      app: started,
      db,
      logger,
      url,
      metricsUrl: metrics?.url,
      close: () =>
        (closing ??= (async () => {
          await new Promise((resolve) => (metrics ? metrics.server.close(resolve) : resolve(undefined)));
          await started.close();
          await db.stop();
        })()),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.stop();
    throw error;
  }
}

/**
 * METRICS_PORT: /metrics on 127.0.0.1 only, with no token (for a scraper on the same host or in
 * the same pod); nothing else is served there.
 */
async function serveMetrics(port: number): Promise<{ server: HttpServer; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/metrics` };
}

/** DEMO_DATA=auto loads it on the first start of an empty embedded database only. */
async function maybeLoadDemoData(demo: DemoDataService, config: AppConfig, db: OpenDatabase): Promise<void> {
  if (config.demoData === 'never') return;
  if (config.demoData === 'auto' && !(db.embedded && (await demo.isEmpty()))) return;
  // Demo accounts have published passwords: production loads the data without them.
  await demo.load({ accounts: config.nodeEnv !== 'production' });
}
