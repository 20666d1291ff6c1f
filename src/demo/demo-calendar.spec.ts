import { describe, expect, it } from '@jest/globals';
import { fiscalYearOf, todayIn } from '../common/dates.js';
import { addDays, demoCalendar, DemoDataError, SCHOOL_FISCAL_YEAR_START_MONTH, SCHOOL_TIME_ZONE } from './demo-calendar.js';

const schoolToday = (now: Date) => todayIn(SCHOOL_TIME_ZONE, now);
const schoolFiscalYear = (day: string) => fiscalYearOf(day, SCHOOL_FISCAL_YEAR_START_MONTH);

describe('the demo calendar', () => {
  it('takes today in Tokyo: 23:30 UTC on 31 March is already 1 April, a new fiscal year', () => {
    expect(schoolToday(new Date('2027-03-31T14:59:59Z'))).toBe('2027-03-31');
    expect(schoolToday(new Date('2027-03-31T15:00:00Z'))).toBe('2027-04-01');
    expect(demoCalendar({ now: new Date('2027-03-31T23:30:00Z') })).toEqual({ today: '2027-04-01', fiscalYear: 2027 });
  });

  it('puts January to March in the fiscal year that began the April before', () => {
    expect(['2027-01-15', '2027-03-31', '2027-04-01', '2027-08-20'].map(schoolFiscalYear)).toEqual([2026, 2026, 2027, 2027]);
    expect([addDays('2027-03-01', -1), addDays('2028-02-28', 1), addDays('2026-12-31', 1)]).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2027-01-01',
    ]);
  });

  it('takes an injected day, and refuses one that is not a date or falls in the public case', () => {
    expect(demoCalendar({ today: '2027-08-20' })).toEqual({ today: '2027-08-20', fiscalYear: 2027 });
    for (const today of ['2027-02-30', '2027-13-01', '20270820', '2025-03-31'])
      expect(() => demoCalendar({ today })).toThrow(DemoDataError);
  });
});
