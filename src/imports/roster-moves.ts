import { ALLOWED_TRANSITIONS, EnrollmentStatus as S } from '../enrollments/enrollment-status.enum.js';
import type { ParsedRow, ProblemSink } from './import-kind.js';

/** One dated status move read from a roster row. */
export interface Move {
  status: S;
  on: string;
  column: string;
}

/** The roster's date columns, in the order moves happen (GRADUATED and WITHDRAWN both end it). */
export const MOVE_COLUMNS: readonly { status: S; column: string }[] = [
  { status: S.APPLIED, column: 'applied_on' },
  { status: S.ADMITTED, column: 'admitted_on' },
  { status: S.ACTIVE, column: 'started_on' },
  { status: S.GRADUATED, column: 'graduated_on' },
  { status: S.WITHDRAWN, column: 'withdrawn_on' },
];

const RANK: Record<S, number> = { APPLIED: 0, ADMITTED: 1, ACTIVE: 2, GRADUATED: 3, WITHDRAWN: 3 };
const columnOf = (status: S) => MOVE_COLUMNS.find((m) => m.status === status)!.column;

/**
 * The moves a row states, checked by the enrollments' rules: the status's own date is given, no
 * date after the status, the first move is APPLIED or ADMITTED (as enrollVenture takes it), each
 * next one is allowed (ALLOWED_TRANSITIONS) and not dated before the one before it.
 * Returns null (with the problems said) when the row's moves cannot be recorded.
 */
export function movesOf(row: ParsedRow, problems: ProblemSink): Move[] | null {
  const status = row.values.status as S;
  const dated = MOVE_COLUMNS.filter((m) => row.values[m.column] !== undefined);
  let ok = true;
  const fail = (column: string, code: string, message: string) => {
    problems.error(row, column, code, message);
    ok = false;
  };
  for (const m of dated) {
    const final = m.status === S.GRADUATED || m.status === S.WITHDRAWN;
    if (m.status !== status && (RANK[m.status] > RANK[status] || (final && RANK[m.status] === RANK[status]))) {
      fail(m.column, 'STATUS_OUT_OF_ORDER', `${m.column} is given but the status is ${status}: a move after the current status`);
    }
  }
  if (row.values[columnOf(status)] === undefined) {
    fail(columnOf(status), 'REQUIRED', `status ${status} needs ${columnOf(status)} (the day of that move)`);
  }
  if (!ok) return null;
  const moves = dated.map((m) => ({ status: m.status, on: row.values[m.column] as string, column: m.column }));
  if (moves[0].status !== S.APPLIED && moves[0].status !== S.ADMITTED) {
    fail('admitted_on', 'REQUIRED', `an enrollment starts APPLIED or ADMITTED: give applied_on or admitted_on before ${moves[0].column}`);
    return null;
  }
  for (let i = 1; i < moves.length; i++) {
    const [from, to] = [moves[i - 1], moves[i]];
    if (!ALLOWED_TRANSITIONS[from.status].includes(to.status)) {
      const between = MOVE_COLUMNS.find((m) => RANK[m.status] === RANK[from.status] + 1)!.column;
      fail(between, 'REQUIRED', `${from.status} → ${to.status} is not a move: give ${between} between ${from.column} and ${to.column}`);
    } else if (to.on < from.on) {
      fail(to.column, 'STATUS_OUT_OF_ORDER', `${to.column} (${to.on}) is before ${from.column} (${from.on}): moves go in date order`);
    }
  }
  return ok ? moves : null;
}

export const sameMoves = (a: readonly Move[], b: readonly Move[]) =>
  a.length === b.length && a.every((m, i) => m.status === b[i].status && m.on === b[i].on);

export const describeMoves = (moves: readonly { status: S; on: string }[]) => moves.map((m) => `${m.status} ${m.on}`).join(' → ');
