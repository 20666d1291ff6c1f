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
  const hasNextPage = rows.length > page.first;
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => {
    const v = sort.value(node);
    const key: CursorKey = [v instanceof Date ? v.toISOString() : v, node.id];
    return { cursor: encodeCursor(key), node };
  });
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: Boolean(page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // A getter: the COUNT runs only when a client selects totalCount.
    get totalCount() {
      return (total ??= countQuery.getCount());
    },
  };
}
