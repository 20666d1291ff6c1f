import { createHash } from 'node:crypto';
import { type DataSource, QueryFailedError } from 'typeorm';

type Pool = {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: Record<string, unknown>[] }>;
};

/** The prepared statement's name for an SQL text: the same text, the same name, in every process. */
export const statementName = (sql: string) => `q-${createHash('sha1').update(sql).digest('base64url')}`;

/**
 * Names in use: a connection keeps every statement prepared on it for its life, so only the first
 * NAMED_KEPT texts a process sees are prepared (the hot reads come first); any other text is sent
 * unnamed, as an unbounded variety of query shapes must not grow each backend's memory.
 */
const NAMED_KEPT = 200;
const named = new Set<string>();
/** Statements a schema change left unusable (0A000: the cached plan's result type changed): sent unnamed from then on. */
const stale = new Set<string>();

function nameToUse(name: string | null): string | null {
  if (!name || stale.has(name)) return null;
  if (named.has(name)) return name;
  if (named.size >= NAMED_KEPT) return null;
  named.add(name);
  return name;
}

/**
 * Runs `sql` on `dataSource`'s pool as a named prepared statement (`name` null: unnamed): PostgreSQL parses and plans it
 * once per connection (after five runs it may keep a generic plan), instead of on every request.
 * For the hot reads whose planning costs as much as running them (compiled reads, a search page).
 * Logged, timed and reported as TypeORM's `query` does it (the SQL log, statement counts in tests,
 * slow statements, errors).
 *
 * Through PgBouncer in transaction mode before 1.21 (or without `max_prepared_statements`), a
 * connection may not hold the statement node-postgres prepared on another (26000) or already hold
 * it (42P05): the statement is then sent again unnamed, as any other. So is one whose table changed
 * under it (0A000, a migration during a rolling deploy), from then on.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  values: unknown[],
  wanted: string | null = statementName(sql),
): Promise<T[]> {
  const name = nameToUse(wanted);
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
      if (!name || (code !== '26000' && code !== '42P05' && code !== '0A000')) throw error;
      if (code === '0A000') stale.add(name);
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
