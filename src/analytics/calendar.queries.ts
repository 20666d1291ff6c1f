/**
 * The school's calendar in the reports' SQL: fiscal years of cohorts and of dated rows (each in
 * its own program's calendar, see docs/decisions.md), whether a cohort is still running, and the
 * buckets of an outcome series. SQL fragments only; analytics.queries.ts builds the statements.
 */
import { ventureProgramId } from '../programs/program-calendar.queries.js';
import { SeriesInterval } from './dto/analytics.inputs.js';

/**
 * The fiscal year of cohort `c`: the one its start date falls in, in the calendar of its program
 * (`startMonth`: an SQL expression for the program's first month); the cohort's year without a start date.
 */
export const cohortFiscalYear = (c: string, startMonth: string) => `coalesce(fiscal_year(${c}.starts_on, ${startMonth}), ${c}.year)`;

/**
 * The first month of the fiscal year for rows of the venture `ventureId` (an SQL expression): that
 * of the program of its latest cohort it was admitted to; `defaultMonth` (a parameter) for a
 * venture never admitted, or no venture at all (an engagement for an organization).
 */
export const ventureStartMonth = (ventureId: string, defaultMonth: string) =>
  `coalesce((SELECT vp.fiscal_year_start_month FROM programs vp WHERE vp.id = ${ventureProgramId(ventureId)}), ${defaultMonth}::int)`;

/**
 * Cohort `c` of program `pr` is still running, so its figures are provisional: it is not
 * COMPLETED, or its last day (ends_on) is today or later in the program's time zone, or one of
 * its enrollments is still ADMITTED or ACTIVE (an outcome not decided yet). `now` is a parameter.
 */
export const cohortProvisional = (now: string) =>
  `(c.status <> 'COMPLETED' OR coalesce(c.ends_on >= (${now}::timestamptz AT TIME ZONE pr.time_zone)::date, false)
    OR EXISTS (SELECT 1 FROM enrollments pe WHERE pe.cohort_id = c.id AND pe.status IN ('ADMITTED', 'ACTIVE')))`;

/** Per interval: a row's bucket (its label), first and last day, from its date `d.dated` (and `sm.month`, its fiscal year's first month). */
export const SERIES_BUCKETS: Record<SeriesInterval, { label: string; start: string; end: string }> = {
  [SeriesInterval.FISCAL_YEAR]: {
    label: `'FY' || fiscal_year(d.dated, sm.month)`,
    start: `make_date(fiscal_year(d.dated, sm.month), sm.month, 1)`,
    end: `(make_date(fiscal_year(d.dated, sm.month), sm.month, 1) + interval '1 year' - interval '1 day')::date`,
  },
  [SeriesInterval.YEAR]: {
    label: `to_char(d.dated, 'YYYY')`,
    start: `date_trunc('year', d.dated)::date`,
    end: `(date_trunc('year', d.dated) + interval '1 year' - interval '1 day')::date`,
  },
  [SeriesInterval.QUARTER]: {
    label: `to_char(d.dated, 'YYYY-"Q"Q')`,
    start: `date_trunc('quarter', d.dated)::date`,
    end: `(date_trunc('quarter', d.dated) + interval '3 months' - interval '1 day')::date`,
  },
  [SeriesInterval.MONTH]: {
    label: `to_char(d.dated, 'YYYY-MM')`,
    start: `date_trunc('month', d.dated)::date`,
    end: `(date_trunc('month', d.dated) + interval '1 month' - interval '1 day')::date`,
  },
};
