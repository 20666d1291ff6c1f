/** Dates and times in a program's IANA time zone (Program.timeZone), with Intl only. */

/** Milliseconds the zone is ahead of UTC at `at`. */
function offsetMs(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** A wall-clock date (YYYY-MM-DD) and time (HH:MM) in `zone` → the instant, as an ISO string. */
export function zonedToIso(date: string, time: string, zone: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let at = wall - offsetMs(zone, wall);
  // Once more, in case the offset differs at the instant itself (a DST change in between).
  at = wall - offsetMs(zone, at);
  return new Date(at).toISOString();
}

/** The wall-clock date and time (HH:MM) of an instant in `zone`, for form defaults. */
export function isoToZoned(at: Date, zone: string): { date: string; time: string } {
  const shifted = new Date(at.getTime() + offsetMs(zone, at.getTime()));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** An instant shown in the program's zone, in the reader's language. */
export function formatInZone(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A LocalDate (YYYY-MM-DD) in the reader's language. */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${day}T00:00:00Z`));
}
