import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import {
  auditValue,
  type ChangeOptions,
  comparedFields,
  diffSnapshots,
  fieldChange,
  type FieldChanges,
  snapshotOf,
  unorderedList,
} from './audit-changes.js';

/** Who made a change: the signed-in viewer, or null for the system itself (e.g. the first admin). */
export type AuditActor = Pick<Viewer, 'userId' | 'email'> | null;

/** The columns of a row that an update can change (undefined: not an entity; its own keys count). */
export type FieldsOf = (row: object) => readonly string[] | undefined;

interface Tracked {
  row: object;
  fields: string[];
  before: Record<string, unknown>;
  redact: readonly string[];
}

/**
 * The audit entry a unit of work appends. By default it names the result's id (or the result,
 * when that is a string) and has no details; the work says otherwise through these methods.
 */
export class AuditDraft {
  private ids?: string[];
  private extra?: Record<string, unknown>;
  private skipped = false;
  private readonly tracked: Tracked[] = [];
  private changes?: FieldChanges;

  constructor(private readonly fieldsOf: FieldsOf = () => undefined) {}

  /** The ids the entry names, instead of the result's. */
  entityIds(...ids: string[]): void {
    this.ids = ids;
  }

  /** What else the entry says (nothing when undefined). */
  details(details: Record<string, unknown> | undefined): void {
    this.extra = details;
  }

  /** Nothing changed (an idempotent replay): no entry. */
  skip(): void {
    this.skipped = true;
  }

  /**
   * An update of `row` (as just loaded): its columns are compared now and when the work returns,
   * and the changed ones go to `details.changes` as `{ <field>: { old, new } }` (see audit-changes.ts;
   * bookkeeping left out, private fields redacted). The work edits `row` itself (assignDefined, save).
   */
  track(row: object, options: ChangeOptions = {}): void {
    const fields = comparedFields(row, this.fieldsOf(row), options.ignore);
    this.tracked.push({ row, fields, before: snapshotOf(row, fields), redact: options.redact ?? [] });
  }

  /** The changes between two states of a row (a copy taken before, the row after) into `details.changes`. */
  recordChanges(before: object, after: object, options: ChangeOptions = {}): void {
    const fields = comparedFields(
      after,
      this.fieldsOf(after) ?? [...new Set([...Object.keys(before), ...Object.keys(after)])],
      options.ignore,
    );
    this.addChanges(diffSnapshots(snapshotOf(before, fields), snapshotOf(after, fields), fields, options.redact));
  }

  /** One field's old and new value into `details.changes` when they differ (`redact`: only that it changed). */
  change(field: string, old: unknown, next: unknown, options: { redact?: boolean } = {}): void {
    const change = fieldChange(field, auditValue(old), auditValue(next), options.redact ? [field] : []);
    this.addChanges(change ? { [field]: change } : {});
  }

  /**
   * A list replaced as a whole (founders, partners, social issues) into `details.changes` when it
   * differs as a set: old and new logged sorted, without repeats. Give both in the same shape.
   */
  replaced(field: string, lists: { old: readonly unknown[]; new: readonly unknown[] }): void {
    const change = fieldChange(field, unorderedList(lists.old), unorderedList(lists.new));
    this.addChanges(change ? { [field]: change } : {});
  }

  private addChanges(changes: FieldChanges): void {
    this.changes = { ...this.changes, ...changes };
  }

  /** The entry's ids and details for `result`, or null when skipped. */
  static settle(draft: AuditDraft, result: unknown): { entityIds: string[]; details: Record<string, unknown> | null } | null {
    if (draft.skipped) return null;
    for (const t of draft.tracked) draft.addChanges(diffSnapshots(t.before, snapshotOf(t.row, t.fields), t.fields, t.redact));
    let details = draft.extra ?? null;
    if (draft.changes) details = { ...details, changes: { ...(details?.changes as FieldChanges | undefined), ...draft.changes } };
    return { entityIds: draft.ids ?? idsOf(result), details };
  }
}

/** A mutation's work inside its transaction: writes through `manager`, says what to audit through `entry`. */
export type AuditedWork<T> = (manager: EntityManager, entry: AuditDraft) => Promise<T>;

function idsOf(result: unknown): string[] {
  if (typeof result === 'string') return [result];
  const id = (result as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? [id] : [];
}
