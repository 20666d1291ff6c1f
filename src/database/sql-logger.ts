import { type Logger as TypeOrmLogger } from 'typeorm';
import type { Logger as PinoLogger } from 'pino';
import { statementTimeouts } from '../common/metrics.js';

type QueryListener = (sql: string) => void;
const listeners = new Set<QueryListener>();

/**
 * Calls `listener` with every SQL statement the application sends until the returned
 * function is called. Tests use it to count statements per GraphQL request.
 */
export function onSql(listener: QueryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** TypeORM logger: SQL at debug level (when LOG_SQL is on), errors and slow queries as warnings. */
export class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: PinoLogger | undefined,
    private readonly logSql: boolean,
  ) {}

  logQuery(query: string, parameters?: unknown[]): void {
    for (const listener of listeners) listener(query);
    if (this.logSql) this.logger?.debug({ sql: query, parameters }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    // 57014 query_canceled: by statement_timeout (the message says so) or by a cancel request.
    if ((error as { code?: string }).code === '57014' && /statement timeout/.test(String((error as Error).message)))
      statementTimeouts.inc();
    this.logger?.warn({ sql: query, err: error }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ sql: query, ms: time }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.logger?.debug(message);
  }
  logMigration(message: string): void {
    this.logger?.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger?.warn(String(message));
    else this.logger?.debug(String(message));
  }
}
