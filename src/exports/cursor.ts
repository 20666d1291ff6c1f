import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ExportRows } from './export-list.js';

/** Rows fetched per round trip of the cursor. */
const BATCH = 500;
/**
 * The cursor is one statement until its last row is read, so DB_STATEMENT_TIMEOUT_MS (15 s) would
 * cut any download that takes longer; its connection gets this ceiling instead (a client that
 * stops reading is cut after 30 s by the exports service anyway), restored on release.
 */
const CURSOR_TIMEOUT = '30min';

/**
 * Streams a query from a server-side cursor (pg-query-stream) on a connection of its own, so
 * memory holds one batch however many rows match. `release` closes the cursor and returns the
 * connection; the exports service calls it whatever happens to the download.
 */
export async function cursorRows(
  source: DataSource,
  query: [sql: string, params: unknown[]],
  columns: string[],
  toCells: (row: Record<string, unknown>) => unknown[] | null,
): Promise<ExportRows> {
  const runner = source.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  await client.query(`SET statement_timeout = '${CURSOR_TIMEOUT}'`);
  const stream = client.query(new QueryStream(query[0], query[1], { batchSize: BATCH }));
  async function* rows(): AsyncGenerator<unknown[]> {
    for await (const row of stream as AsyncIterable<Record<string, unknown>>) {
      const cells = toCells(row);
      if (cells) yield cells;
    }
  }
  return {
    columns,
    rows: rows(),
    release: async () => {
      stream.destroy();
      // Back to the pool's DB_STATEMENT_TIMEOUT_MS (the connection's startup setting).
      await client.query('RESET statement_timeout').catch(() => undefined);
      await runner.release();
    },
  };
}

/** A query builder's SQL and parameters, on the connection it was built for. */
export const cursorOf = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): [DataSource, [string, unknown[]]] => [
  qb.connection,
  qb.getQueryAndParameters(),
];

/** A text[] or smallint[] cell: its items joined. */
export const joined = (value: unknown, separator = '; '): string => (Array.isArray(value) ? value.join(separator) : '');
