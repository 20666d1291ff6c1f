import { ValidationError } from './errors/domain-errors.js';

/** Today's date in UTC as YYYY-MM-DD; business dates after it are "in the future". */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** Refuses a business date (YYYY-MM-DD) after today (UTC). */
export function assertNotFuture(on: string, field: string): void {
  if (on > todayUtc()) throw new ValidationError({ field, message: 'must not be in the future' });
}
