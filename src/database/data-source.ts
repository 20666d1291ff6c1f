import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';
import { migrations } from './migrations.js';
import { entities } from './entities.js';
import { DataVersionSubscriber } from '../common/data-version.js';
import { SnakeNamingStrategy } from './naming.strategy.js';
import { SqlLogger } from './sql-logger.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

export interface DatabaseSettings {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  /** A transaction idle this long is ended by the server, so a stuck request cannot hold locks; 0 = off. */
  idleInTransactionTimeoutMs?: number;
  logger?: PinoLogger;
  logSql?: boolean;
}

/** The one DataSource configuration, shared by the app, the scripts and the tests. */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities,
    migrations,
    subscribers: [DataVersionSubscriber],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlLogger(settings.logger, settings.logSql ?? false),
    maxQueryExecutionTime: 1000,
    extra: {
      max: settings.poolSize ?? 10,
      // Fail fast instead of hanging when the pool is exhausted or the server is gone.
      connectionTimeoutMillis: 5000,
      statement_timeout: settings.statementTimeoutMs ?? 15000,
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs ?? 60000,
      application_name: 'alumni-graph',
    },
  };
}

export function createDataSource(settings: DatabaseSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
