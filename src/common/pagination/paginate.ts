import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Connection, SortDirection } from './connection.types.js';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor.js';

export interface SortSpec<T> {
  /** SQL expression of the sort column, e.g. `c.year`; never null. */
  column: string;
  /** Reads the same value from a loaded row (for the cursor). */
  value: (row: T) => string | number | Date;
  direction: SortDirection;
}

/**
 * Keyset pagination: ORDER BY (sort column, id), `WHERE (col, id) > (cursor)`, fetches
 * one row more than asked to know whether a next page exists. Stable under inserts.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  sort: SortSpec<T>,
  page: { first: number; after?: string },
): Promise<Connection<T>> {
  const alias = qb.alias;
  const countQuery = qb.clone();
  const op = sort.direction === SortDirection.ASC ? '>' : '<';
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    qb.andWhere(`(${sort.column}, ${alias}.id) ${op} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  qb.orderBy(sort.column, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .take(undefined)
    .limit(page.first + 1);
  const rows = page.first === 0 ? [] : await qb.getMany();
  let total: Promise<number> | undefined;
  // The COUNT runs only when a client selects totalCount.
  return toConnection(rows, sort.value, page, () => (total ??= countQuery.getCount()));
}

/**
 * A page of a connection from `rows` read in sort order, one more than `page.first` when there
 * is a next page. `totalCount` is asked for lazily (a getter).
 */
export function toConnection<T extends { id: string }>(
  rows: T[],
  sortValue: (row: T) => string | number | Date,
  page: { first: number; after?: string },
  totalCount: () => Promise<number>,
): Connection<T> {
  const hasNextPage = page.first > 0 && rows.length > page.first;
  const edges = rows.slice(0, page.first).map((node) => {
    const v = sortValue(node);
    const key: CursorKey = [v instanceof Date ? v.toISOString() : v, node.id];
    return { cursor: encodeCursor(key), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}
