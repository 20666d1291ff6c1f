import { effectiveStep } from '../common/history.js';
import { ventureProgramId } from '../programs/program-calendar.queries.js';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql.js';
import { HoursInterval, type VolunteerHoursArgs } from './dto/volunteer-hours.inputs.js';

/**
 * SQL condition: the engagement aliased `alias` started, i.e. became ACTIVE at some point (a move
 * that no correction undid). A proposal never did, even when it was later cancelled; reports and
 * filters count only these.
 */
export const engagementStarted = (alias: string): string =>
  `EXISTS (SELECT 1 FROM pro_bono_engagement_status_changes s WHERE s.engagement_id = ${alias}.id AND s.to_status = 'ACTIVE' AND ${effectiveStep('s')})`;

/** SQL expression: the hours of the volunteer aliased `alias`, the sum of their dated entries (0 without any). */
export const volunteerHours = (alias: string): string =>
  `coalesce((SELECT sum(he.hours) FROM pro_bono_hour_entries he WHERE he.volunteer_id = ${alias}.id), 0)`;

/**
 * SQL derived table: pro_bono_volunteers with `hours`, the sum of each one's dated entries. Reports
 * read it where they used to read the volunteers' running total: `FROM ${VOLUNTEERS_WITH_HOURS} v`.
 */
export const VOLUNTEERS_WITH_HOURS = `(SELECT vw.*, ${volunteerHours('vw')} AS hours FROM pro_bono_volunteers vw)`;

/**
 * SQL join: `prog`, the program (time_zone, fiscal_year_start_month) an engagement aliased `alias`
 * belongs to: its beneficiary venture's program (ventureProgramId, the one rule). Null columns when there is none (an organization as
 * beneficiary, a venture never admitted): callers fall back on the configured defaults.
 */
export const engagementProgram = (alias: string): string =>
  `LEFT JOIN programs prog ON prog.id = ${ventureProgramId(`${alias}.beneficiary_venture_id`)}`;

/** A volunteer's hours now, inside the caller's transaction. */
export async function hoursOfVolunteer(m: EntityManager, volunteerId: string): Promise<number> {
  const [row] = await m.query<{ hours: number }[]>(
    `SELECT ${volunteerHours('v')}::float8 AS hours FROM pro_bono_volunteers v WHERE v.id = $1`,
    [volunteerId],
  );
  return row?.hours ?? 0;
}

export interface VolunteerHoursRow {
  period: string;
  startsOn: string;
  endsOn: string;
  fiscalYear: number | null;
  hours: number;
  entries: number;
  volunteers: number;
  engagements: number;
}

/**
 * Hour entries per month or fiscal year, one statement. An entry's fiscal year is
 * fiscal_year(worked_on, its engagement's program's first month), `defaultStartMonth` without a
 * program. A FISCAL_YEAR bucket may mix calendars (programs starting in different months): it then
 * runs from the earliest first day to the latest last day, like the fiscal buckets of analytics.
 * A MONTH bucket names its fiscal year when its entries agree on one.
 */
export function volunteerHoursQuery(args: VolunteerHoursArgs, defaultStartMonth: number): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const month = `coalesce(prog.fiscal_year_start_month, ${p.add(defaultStartMonth)}::int)`;
  const f = args.filter;
  const where = ['TRUE'];
  if (f?.engagementId) where.push(`v.engagement_id = ${p.add(f.engagementId)}::uuid`);
  if (f?.personId) where.push(`v.person_id = ${p.add(f.personId)}::uuid`);
  if (f?.from) where.push(`h.worked_on >= ${p.add(f.from)}::date`);
  if (f?.to) where.push(`h.worked_on <= ${p.add(f.to)}::date`);
  const bucket =
    args.groupBy === HoursInterval.FISCAL_YEAR
      ? { label: `'FY' || e.fiscal_year`, start: `make_date(e.fiscal_year, e.fy_month, 1)`, length: `interval '1 year'` }
      : { label: `to_char(e.worked_on, 'YYYY-MM')`, start: `date_trunc('month', e.worked_on)::date`, length: `interval '1 month'` };
  return {
    sql: `WITH e AS (
            SELECT h.hours, h.worked_on, v.person_id, v.engagement_id, fm.fy_month, fiscal_year(h.worked_on, fm.fy_month) AS fiscal_year
              FROM pro_bono_hour_entries h
              JOIN pro_bono_volunteers v ON v.id = h.volunteer_id
              JOIN pro_bono_engagements g ON g.id = v.engagement_id
              ${engagementProgram('g')}
              CROSS JOIN LATERAL (SELECT ${month} AS fy_month) fm
             WHERE ${where.join(' AND ')}
          ),
          b AS (SELECT ${bucket.label} AS period, ${bucket.start} AS starts_on, e.* FROM e)
          SELECT period, to_char(min(starts_on), 'YYYY-MM-DD') AS "startsOn",
                 to_char(max(starts_on + ${bucket.length} - interval '1 day'), 'YYYY-MM-DD') AS "endsOn",
                 CASE WHEN min(fiscal_year) = max(fiscal_year) THEN min(fiscal_year) END AS "fiscalYear",
                 sum(hours)::float8 AS hours, count(*)::int AS entries,
                 count(DISTINCT person_id)::int AS volunteers, count(DISTINCT engagement_id)::int AS engagements
            FROM b
           GROUP BY period
           ORDER BY min(starts_on), period`,
    params: p.values,
  };
}
