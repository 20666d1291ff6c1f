import { createHash } from 'node:crypto';
import { type DataSource, QueryFailedError } from 'typeorm';

type Pool = {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: Record<string, unknown>[] }>;
};

/** The prepared statement's name for an SQL text: the same text, the same name, in every process. */
export const statementName = (sql: string) => `q-${createHash('sha1').update(sql).digest('base64url')}`;

/**
 * Runs `sql` on `dataSource`'s pool as a named prepared statement (`name` null: unnamed): PostgreSQL parses and plans it
 * once per connection (after five runs it may keep a generic plan), instead of on every request.
 * For the hot reads whose planning costs as much as running them (compiled reads, a search page).
 * Logged, timed and reported as TypeORM's `query` does it (the SQL log, statement counts in tests,
 * slow statements, errors).
 *
 * Through PgBouncer in transaction mode before 1.21 (or without `max_prepared_statements`), a
 * connection may not hold the statement node-postgres prepared on another (26000) or already hold
 * it (42P05): the statement is then sent again unnamed, as any other.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
  name: string | null = statementName(sql),
): Promise<T[]> {
  const logger = dataSource.logger;
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  logger.logQuery(sql, values);
  const started = Date.now();
  try {
    let result;
    try {
      result = await pool.query(name ? { text: sql, values, name } : { text: sql, values });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!name || (code !== '26000' && code !== '42P05')) throw error;
      result = await pool.query({ text: sql, values });
    }
    const ms = Date.now() - started;
    const slow = dataSource.options.maxQueryExecutionTime;
    if (slow && ms > slow) logger.logQuerySlow(ms, sql, values);
    return result.rows as T[];
  } catch (error) {
    logger.logQueryError(error as Error, sql, values);
    throw new QueryFailedError(sql, values, error as Error);
  }
}
