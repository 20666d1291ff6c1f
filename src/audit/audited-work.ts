import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';

/** Who made a change: the signed-in viewer, or null for the system itself (e.g. the first admin). */
export type AuditActor = Pick<Viewer, 'userId' | 'email'> | null;

/**
 * The audit entry a unit of work appends. By default it names the result's id (or the result,
 * when that is a string) and has no details; the work says otherwise through these methods.
 */
export class AuditDraft {
  private ids?: string[];
  private extra?: Record<string, unknown>;
  private skipped = false;

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

  /** The entry's ids and details for `result`, or null when skipped. */
  static settle(draft: AuditDraft, result: unknown): { entityIds: string[]; details: Record<string, unknown> | null } | null {
    if (draft.skipped) return null;
    return { entityIds: draft.ids ?? idsOf(result), details: draft.extra ?? null };
  }
}

/** A mutation's work inside its transaction: writes through `manager`, says what to audit through `entry`. */
export type AuditedWork<T> = (manager: EntityManager, entry: AuditDraft) => Promise<T>;

function idsOf(result: unknown): string[] {
  if (typeof result === 'string') return [result];
  const id = (result as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? [id] : [];
}
