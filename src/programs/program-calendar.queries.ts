import { effectiveStep } from '../common/history.js';

/**
 * SQL expression: the id of the program whose calendar a venture's dated rows follow, that of the
 * latest cohort it was admitted to (an admission no correction undid); null for a venture never
 * admitted. The one rule for "a venture's program": the date rules (ProgramCalendar), the
 * volunteer-hours report and the fiscal years of analytics all read it.
 */
export const ventureProgramId = (ventureId: string): string =>
  `(SELECT vc.program_id FROM enrollments ve JOIN cohorts vc ON vc.id = ve.cohort_id
     WHERE ve.venture_id = ${ventureId}
       AND EXISTS (SELECT 1 FROM enrollment_events vev WHERE vev.enrollment_id = ve.id AND vev.to_status = 'ADMITTED' AND ${effectiveStep('vev')})
     ORDER BY vc.year DESC, vc.starts_on DESC NULLS LAST, vc.id DESC LIMIT 1)`;
