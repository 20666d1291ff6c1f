import { fiscalYearOf, todayIn } from '../common/dates.js';

/**
 * The demo's "today" and the fiscal years laid around it. The school keeps Tokyo time and its
 * fiscal year starts on 1 April; the fictional cohorts are placed relative to the day the demo
 * is loaded, so that one is always running. The public case's dates never move.
 */

/** The school's time zone: the demo programs' Program.timeZone. */
export const SCHOOL_TIME_ZONE = 'Asia/Tokyo';

/** The school's fiscal year starts in April: the demo programs' Program.fiscalYearStartMonth. */
export const SCHOOL_FISCAL_YEAR_START_MONTH = 4;

/** The last fiscal year of the public case (74 graduates by fiscal 2024); fictional cohorts come after it. */
export const LAST_PUBLIC_FISCAL_YEAR = 2024;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The demo cannot be loaded as asked (a bad day, or a reset that would delete other data); the message is one line. */
export class DemoDataError extends Error {}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day the demo is loaded for and the fiscal year whose cohort runs on it. */
export interface DemoCalendar {
  today: string;
  fiscalYear: number;
}

/**
 * The demo's calendar: `today` when given (a test's or DEMO_TODAY's YYYY-MM-DD), else today in
 * Tokyo by the clock `now`. Refuses a day before the first fictional fiscal year.
 */
export function demoCalendar(options: { today?: string; now?: Date } = {}): DemoCalendar {
  const today = options.today ?? todayIn(SCHOOL_TIME_ZONE, options.now);
  const valid = DAY.test(today) && !Number.isNaN(Date.parse(today)) && addDays(today, 0) === today;
  if (!valid) throw new DemoDataError(`The demo's today must be a date (YYYY-MM-DD), not "${today}"`);
  const fiscalYear = fiscalYearOf(today, SCHOOL_FISCAL_YEAR_START_MONTH);
  if (fiscalYear <= LAST_PUBLIC_FISCAL_YEAR)
    throw new DemoDataError(`The demo's today must be ${LAST_PUBLIC_FISCAL_YEAR + 1}-04-01 or later (after the public case), not ${today}`);
  return { today, fiscalYear };
}
