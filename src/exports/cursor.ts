import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ExportRows } from './export-list.js';

/** Rows fetched per round trip of the cursor. */
const BATCH = 500;

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
