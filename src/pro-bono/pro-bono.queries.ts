import type { EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql.js';
import { HoursInterval, type VolunteerHoursArgs } from './dto/volunteer-hours.inputs.js';

/**
 * SQL condition: the engagement aliased `alias` started, i.e. became ACTIVE at some point. A
 * proposal never did, even when it was later cancelled; reports and filters count only these.
 */
export const engagementStarted = (alias: string): string =>
  `EXISTS (SELECT 1 FROM pro_bono_engagement_status_changes s WHERE s.engagement_id = ${alias}.id AND s.to_status = 'ACTIVE')`;

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
 * belongs to: that of its beneficiary venture's latest cohort. Null columns when it has none (an
 * organization as beneficiary, a venture never enrolled): callers fall back on the configured defaults.
 */
export const engagementProgram = (alias: string): string =>
  `LEFT JOIN LATERAL (SELECT pr.time_zone, pr.fiscal_year_start_month
                        FROM enrollments en JOIN cohorts co ON co.id = en.cohort_id JOIN programs pr ON pr.id = co.program_id
                       WHERE en.venture_id = ${alias}.beneficiary_venture_id
                       ORDER BY co.starts_on DESC NULLS LAST, co.year DESC, co.id LIMIT 1) prog ON true`;

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
  fiscalYear: number;
  hours: number;
  entries: number;
  volunteers: number;
  engagements: number;
}

/**
 * Hour entries per month or fiscal year, one statement. An entry's fiscal year follows its
 * engagement's program (fiscal_year(worked_on, start month)), `defaultStartMonth` when it has none;
 * a bucket is one period of one fiscal year, so programs with different start months make two
 * buckets of the same fiscal year (FISCAL_YEAR) or of the same month (MONTH, told apart by fiscalYear).
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
      ? {
          start: `make_date(fiscal_year(e.worked_on, e.fy_month), e.fy_month, 1)`,
          length: `interval '1 year'`,
          label: `'FY' || fiscal_year(e.worked_on, e.fy_month)`,
        }
      : { start: `date_trunc('month', e.worked_on)::date`, length: `interval '1 month'`, label: `to_char(e.worked_on, 'YYYY-MM')` };
  return {
    sql: `WITH e AS (
            SELECT h.hours, h.worked_on, v.person_id, v.engagement_id, ${month} AS fy_month
              FROM pro_bono_hour_entries h
              JOIN pro_bono_volunteers v ON v.id = h.volunteer_id
              JOIN pro_bono_engagements g ON g.id = v.engagement_id
              ${engagementProgram('g')}
             WHERE ${where.join(' AND ')}
          ),
          b AS (SELECT ${bucket.label} AS period, ${bucket.start} AS starts_on, fiscal_year(e.worked_on, e.fy_month) AS fiscal_year, e.* FROM e)
          SELECT period, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(starts_on + ${bucket.length} - interval '1 day', 'YYYY-MM-DD') AS "endsOn",
                 fiscal_year AS "fiscalYear",
                 sum(hours)::float8 AS hours, count(*)::int AS entries,
                 count(DISTINCT person_id)::int AS volunteers, count(DISTINCT engagement_id)::int AS engagements
            FROM b
           GROUP BY period, starts_on, fiscal_year
           ORDER BY starts_on, period`,
    params: p.values,
  };
}
