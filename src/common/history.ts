import { ConflictError, ValidationError } from './errors/domain-errors.js';
import { HistoryEntryKind } from './graphql/history-entry-kind.enum.js';
import { sqlList } from './sql.js';

/** The correction columns every dated history table has (enrollment events, stage and status changes). */
export interface HistoryStep {
  id: string;
  kind: HistoryEntryKind;
  voidedAt: Date | null;
  recordedAt: Date;
}

export const HISTORY_KINDS = sqlList(Object.values(HistoryEntryKind));

/** SQL condition: the history row aliased `alias` counts (a move, or a re-dated move, that no correction voided). */
export const effectiveStep = (alias: string): string => `(${alias}.voided_at IS NULL AND ${alias}.kind <> 'UNDO')`;

/** The CHECKs of a history table's correction columns: a correction names its move and gives a reason; an UNDO is never voided. */
export const correctionCheck = (column: string): string =>
  `(kind = 'MOVE') = (${column} IS NULL) AND (kind = 'MOVE' OR reason IS NOT NULL) AND (kind <> 'UNDO' OR voided_at IS NULL)`;

export const isEffective = (s: HistoryStep): boolean => s.voidedAt === null && s.kind !== HistoryEntryKind.UNDO;

/**
 * The latest move that counts and the one before it. `date` and `rank` order the moves (dates
 * never go back; on one day statuses only move forward); the recording order breaks what is left.
 */
export function latestMoves<T extends HistoryStep>(
  steps: readonly T[],
  date: (s: T) => string,
  rank: (s: T) => number,
): { latest: T | undefined; previous: T | undefined } {
  const moves = steps
    .filter(isEffective)
    .sort((a, b) => date(a).localeCompare(date(b)) || rank(a) - rank(b) || a.recordedAt.getTime() - b.recordedAt.getTime());
  return { latest: moves.at(-1), previous: moves.at(-2) };
}

/** Refuses an undo when only the first move is left (CONFLICT: the record's state forbids it). */
export function assertUndoable<T>(previous: T | undefined, field: string, what: string): asserts previous is T {
  if (!previous) throw new ConflictError(`Nothing to undo: only the ${what} it started with is left`, { field });
}

/**
 * A new date for the latest move: a different day, not before the move before it, not after today.
 * `today` is the day in the record's time zone.
 */
export function assertNewDate(on: string, current: string, previousOn: string | undefined, today: string, zone: string): void {
  if (on === current) throw new ValidationError({ field: 'input.on', message: `is already the date of the move (${current})` });
  if (previousOn && on < previousOn)
    throw new ValidationError({ field: 'input.on', message: `must not be before the previous change (${previousOn})` });
  if (on > today) throw new ValidationError({ field: 'input.on', message: `must not be in the future (today is ${today} in ${zone})` });
}
