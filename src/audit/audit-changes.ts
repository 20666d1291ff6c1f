/**
 * The changed fields of an update, as the audit log keeps them in `details.changes`:
 * `{ <field>: { old, new } }`, values as JSON (instants as ISO strings, dates as `YYYY-MM-DD`,
 * decimals as numbers, lists as lists). A private field says only that it changed:
 * `{ <field>: { redacted: true } }`. Unchanged fields are absent.
 */
export type FieldChange = { old: unknown; new: unknown } | { redacted: true };
export type FieldChanges = Record<string, FieldChange>;

/** How to compare two states of a row. */
export interface ChangeOptions {
  /** Fields whose values stay out of the log (beside ALWAYS_REDACTED). */
  redact?: readonly string[];
  /** Fields not compared at all (beside BOOKKEEPING). */
  ignore?: readonly string[];
}

/** Never in the log with their values, whoever records them: a mentor's private notes, credentials. */
export const ALWAYS_REDACTED: ReadonlySet<string> = new Set(['privateNotes', 'passwordHash', 'tokenHash']);

/** Bookkeeping, not content: never compared. */
export const BOOKKEEPING: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'version', 'searchKey']);

/** A value as the log keeps it: JSON, with object keys sorted so equal values compare equal. */
export function auditValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(auditValue);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, auditValue((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One field's entry, or undefined when old and new are the same value. Both are audit values already. */
export function fieldChange(field: string, old: unknown, next: unknown, redact: readonly string[] = []): FieldChange | undefined {
  if (same(old, next)) return undefined;
  return ALWAYS_REDACTED.has(field) || redact.includes(field) ? { redacted: true } : { old, new: next };
}

/** A list compared as a set: sorted and without repeats, so the order it was given in is no change. */
export function unorderedList(list: readonly unknown[]): unknown[] {
  const byJson = new Map(list.map((item) => auditValue(item)).map((item) => [JSON.stringify(item), item]));
  return [...byJson.keys()].sort().map((key) => byJson.get(key));
}

/** The fields of a row worth comparing: `fields` (its columns, when known) or its own keys, less bookkeeping and `ignore`. */
export function comparedFields(row: object, fields: readonly string[] | undefined, ignore: readonly string[] = []): string[] {
  return (fields ?? Object.keys(row)).filter((field) => !BOOKKEEPING.has(field) && !ignore.includes(field));
}

/** `row`'s compared fields as audit values (a snapshot that later edits of `row` do not touch). */
export function snapshotOf(row: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, auditValue((row as Record<string, unknown>)[field])]));
}

/** The changes from `before` to `after` over `fields` (both snapshots). */
export function diffSnapshots(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
  redact: readonly string[] = [],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const change = fieldChange(field, before[field] ?? null, after[field] ?? null, redact);
    if (change) changes[field] = change;
  }
  return changes;
}

/** `details.changes` as a list sorted by field, for the GraphQL `AuditEntry.changes` (empty when the entry has none). */
export function changeList(details: Record<string, unknown> | null): { field: string; old: unknown; new: unknown; redacted: boolean }[] {
  const changes = (details?.changes ?? {}) as Record<string, Partial<{ old: unknown; new: unknown; redacted: boolean }>>;
  return Object.keys(changes)
    .sort()
    .map((field) => {
      const c = changes[field];
      return c.redacted
        ? { field, old: null, new: null, redacted: true }
        : { field, old: c.old ?? null, new: c.new ?? null, redacted: false };
    });
}
