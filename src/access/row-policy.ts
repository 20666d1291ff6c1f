import { Role } from './role.enum.js';
import { hasAnyRole, type Viewer } from './viewer.js';

/**
 * The one object-level access policy: which rows of each kind a viewer may see. Staff, analysts
 * and admins see every row; anyone else (a mentor) sees the ventures they are or were assigned
 * to, and of other kinds only the rows that belong to those ventures. Loaders that return rows
 * of a kind declare it (`new LoaderDefinition(batch, { rows: 'MentoringSession' })`), and the
 * request's loader registry drops what the viewer may not see, so the rule holds on every path,
 * however deep: a list comes back shorter, a single row as FORBIDDEN at its field.
 */
export interface VentureScope {
  /** Ventures of the viewer's assignments (current and past). */
  ventureIds: ReadonlySet<string>;
  /** Every enrollment of those ventures (co-mentors' assignments hang off these). */
  enrollmentIds: ReadonlySet<string>;
}

const POLICY = {
  Venture: (row: { id: string }, s: VentureScope) => s.ventureIds.has(row.id),
  Enrollment: (row: { ventureId: string }, s: VentureScope) => s.ventureIds.has(row.ventureId),
  EnrollmentEvent: (row: { enrollmentId: string }, s: VentureScope) => s.enrollmentIds.has(row.enrollmentId),
  MentorAssignment: (row: { enrollmentId: string }, s: VentureScope) => s.enrollmentIds.has(row.enrollmentId),
  MentoringSession: (row: { ventureId: string }, s: VentureScope) => s.ventureIds.has(row.ventureId),
} satisfies Record<string, (row: never, scope: VentureScope) => boolean>;

/** The kinds of row the policy knows. */
export type RowKind = keyof typeof POLICY;

/** Decides one row of a kind; `null` where the viewer sees every row. */
export type RowRule = (kind: string, row: unknown) => boolean;

/** Whether the viewer sees every row of every kind (no scope to compute). */
export const seesAllRows = (viewer: Viewer): boolean => hasAnyRole(viewer, [Role.STAFF, Role.ANALYST]);

/** The rule for a scoped viewer. A kind without a policy is a programming error, refused loudly. */
export function scopedRowRule(scope: VentureScope): RowRule {
  return (kind, row) => {
    const decide = POLICY[kind as RowKind] as ((row: unknown, s: VentureScope) => boolean) | undefined;
    if (!decide) throw new Error(`No row policy for ${kind}`);
    return decide(row, scope);
  };
}
