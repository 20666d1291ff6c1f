import { ValidationError } from './errors/domain-errors.js';

/** Today's date in UTC as YYYY-MM-DD. Rules about a program's days use todayIn(program's zone) instead. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Whether this runtime knows `zone` as an IANA time zone (Asia/Tokyo, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) that the instant `at` falls on in `zone`. */
export function dayIn(zone: string, at: Date): string {
  let format = dayFormats.get(zone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(zone, format);
  }
  return format.format(at);
}

/** Today (YYYY-MM-DD) in `zone`. */
export const todayIn = (zone: string, now: Date = new Date()): string => dayIn(zone, now);

/**
 * The fiscal year a day (YYYY-MM-DD) belongs to, named by the calendar year it starts in
 * (start month 4: 2025-03-31 is FY2024, 2025-04-01 is FY2025). The SQL function fiscal_year() agrees.
 */
export function fiscalYearOf(day: string, startMonth: number): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) < startMonth ? year - 1 : year;
}

/** The first and last day of a fiscal year. */
export function fiscalYearBounds(fiscalYear: number, startMonth: number): { from: string; to: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const from = `${fiscalYear}-${pad(startMonth)}-01`;
  const next = startMonth === 1 ? `${fiscalYear + 1}-01-01` : `${fiscalYear + 1}-${pad(startMonth)}-01`;
  const to = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/**
 * Refuses a business date (YYYY-MM-DD) after today in `zone` (the program's zone; UTC when not
 * given, for dates that belong to no program), by the clock `now` (the Clock's, in services).
 */
export function assertNotFuture(on: string, field: string, zone?: string, now: Date = new Date()): void {
  const today = todayIn(zone ?? 'UTC', now);
  if (on > today)
    throw new ValidationError({ field, message: `must not be in the future (today is ${today}${zone ? ` in ${zone}` : ' UTC'})` });
}
