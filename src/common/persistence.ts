import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError, ValidationError } from './errors/domain-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that can be an id at all; anything else is simply not found. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * Loads one row by id or throws NOT_FOUND (`field` names the argument that carried the id).
 * `lock` takes a row lock for read-modify-write inside a transaction.
 */
export async function getOrThrow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  options: { field?: string; lock?: boolean } = {},
): Promise<T> {
  const row = isUuid(id)
    ? await manager.findOne(entity, {
        where: { id } as never,
        ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!row) throw new NotFoundError(label, id, options.field);
  return row;
}

/** A person or venture merged into another (mergePeople / mergeVentures) takes no new writes: BAD_USER_INPUT on `field`. */
export function refuseMerged(row: { id: string; mergedIntoId: string | null }, field: string): void {
  if (row.mergedIntoId) throw new ValidationError({ field, message: `${row.id} was merged into ${row.mergedIntoId}; use that id` });
}

/**
 * The school's reference (people, ventures) is unique among rows not merged: CONFLICT on `field`
 * when another live row (not `selfId`) has it. The partial unique index is the backstop.
 */
export async function assertReferenceFree<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  reference: string | null | undefined,
  selfId?: string,
  field = 'input.reference',
): Promise<void> {
  if (!reference) return;
  const taken = await manager
    .createQueryBuilder(entity, 'r')
    .where('r.reference = :reference AND r.merged_into_id IS NULL', { reference })
    .andWhere(selfId ? 'r.id <> :selfId' : 'TRUE', { selfId })
    .getExists();
  if (taken) throw new ConflictError('Another record already has this reference', { field });
}

/** Options of a service's `getById`: the transaction to read in, the argument path for NOT_FOUND, a row lock. */
export interface GetOptions {
  manager?: EntityManager;
  field?: string;
  lock?: boolean;
}

/** A row with an optimistic-concurrency version (starts at 1). */
export interface Versioned {
  version: number;
}

/**
 * Optimistic concurrency for one update: `row` must be read with a row lock in this transaction.
 * When the client sent the version its edit was based on (`expected`; left out or null: last
 * writer wins) and the row has moved on, refuses with CONFLICT on `field` before anything is
 * written. Then counts this update: exactly one more, even when no other column changes.
 */
export function advanceVersion(row: Versioned, expected: number | null | undefined, field = 'input.version'): void {
  if (expected != null && row.version !== expected) {
    throw new ConflictError(`Changed by someone else since version ${expected} (now ${row.version}); reload and apply the edit again`, {
      field,
      expectedVersion: expected,
      currentVersion: row.version,
    });
  }
  row.version += 1;
}

/** Copies the fields of `patch` that are not undefined (null clears a nullable column). */
export function assignDefined<T extends object>(target: T, patch: Partial<T>): T {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

/** `%text%` for ILIKE, with the user's own % and _ taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Timestamps sort at millisecond precision, the precision a cursor can carry. */
export const msColumn = (column: string): string => `date_trunc('milliseconds', ${column})`;

/** A NUMERIC column read back as a JS number (pg returns NUMERIC as a string to keep precision). */
export const numericColumn = (precision: number, scale: number) => ({
  type: 'numeric' as const,
  precision,
  scale,
  transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
});

/**
 * THE way a batch method (behind a module's DataLoaders) loads whole rows by a uuid key, an
 * id or a foreign key: rows whose `property` is one of `values`, non-uuid values dropped (not
 * found). One array parameter (`= ANY($1)`) where TypeORM's In() sends a parameter per value, and
 * rows mapped to entities from the metadata directly: TypeORM's general result transformer was the
 * largest single cost of wide nested queries in the benchmark. Plain columns only (no relations).
 * `order` lists properties, ascending unless written `'heldAt DESC'`; `where` is a further
 * condition on database columns, without parameters (`'deleted_at IS NULL'`). A batch that needs a
 * join or an ordering expression writes the same `= ANY($1::uuid[])` in raw SQL and maps its rows
 * with rowToEntity. `perKey` keeps the first that many rows of each key in `order` (a per-key window,
 * for paged nested lists: common/loaders/page-size.ts).
 */
export async function findByAny<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  property: string,
  values: readonly string[],
  order: string[] = [],
  where?: string,
  perKey?: number,
): Promise<T[]> {
  const meta = manager.connection.getMetadata(entity);
  const column = (name: string) => {
    const c = meta.findColumnWithPropertyName(name);
    if (!c) throw new Error(`${meta.name} has no column ${name}`);
    return `"${c.databaseName}"`;
  };
  const sort = (entry: string) => {
    const [name, direction = 'ASC', ...rest] = entry.split(' ');
    if (rest.length || (direction !== 'ASC' && direction !== 'DESC')) throw new Error(`findByAny cannot order by ${entry}`);
    return direction === 'DESC' ? `${column(name)} DESC` : column(name);
  };
  // Only what this mapping handles: uuid keys, plain columns, single transformers; `where` takes no parameters.
  if (
    meta.findColumnWithPropertyName(property)?.type !== 'uuid' ||
    meta.embeddeds.length ||
    meta.columns.some((c) => Array.isArray(c.transformer)) ||
    where?.includes('$')
  ) {
    throw new Error(`findByAny cannot load ${meta.name} by ${property}`);
  }
  const condition = where ? ` AND (${where})` : '';
  const orderBy = order.length ? ` ORDER BY ${order.map(sort).join(', ')}` : '';
  const from = `FROM "${meta.tableName}" WHERE ${column(property)} = ANY($1::uuid[])${condition}`;
  if (perKey === undefined) {
    const rows: Record<string, unknown>[] = await manager.query(`SELECT * ${from}${orderBy}`, [values.filter(isUuid)]);
    return rows.map((row) => rowToEntity(manager, entity, row));
  }
  // A page per key: the first `perKey` rows of each key in `order`, then by primary key so the cut is stable.
  const tieBreak = meta.primaryColumns.map((c) => `"${c.databaseName}"`);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY ${column(property)} ORDER BY ${[...order.map(sort), ...tieBreak].join(', ')})
       AS page_row ${from}) t WHERE page_row <= $2${orderBy}`,
    [values.filter(isUuid), perKey],
  );
  return rows.map((row) => rowToEntity(manager, entity, row));
}

/** A raw row (database column names, as `SELECT *` or `RETURNING *` give it) as an entity; plain columns only. */
export function rowToEntity<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Record<string, unknown>): T {
  const meta = manager.connection.getMetadata(entity);
  const target = Object.create((meta.target as { prototype: object }).prototype) as Record<string, unknown>;
  for (const c of meta.columns) {
    const raw = row[c.databaseName];
    target[c.propertyName] = c.transformer && !Array.isArray(c.transformer) ? c.transformer.from(raw) : raw;
  }
  return target as T;
}
