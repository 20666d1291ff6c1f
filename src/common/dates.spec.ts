import { dayIn, fiscalYearBounds, fiscalYearOf, isTimeZone, todayIn } from './dates.js';

describe('dates', () => {
  it('finds the day an instant falls on in a zone', () => {
    // 08:00 in Tokyo on 2 Dec is still 1 Dec in UTC.
    const at = new Date('2026-12-01T23:00:00Z');
    expect(dayIn('Asia/Tokyo', at)).toBe('2026-12-02');
    expect(dayIn('UTC', at)).toBe('2026-12-01');
    expect(todayIn('America/Los_Angeles', at)).toBe('2026-12-01');
  });

  it('names a fiscal year by the calendar year it starts in', () => {
    expect(fiscalYearOf('2025-03-31', 4)).toBe(2024);
    expect(fiscalYearOf('2025-04-01', 4)).toBe(2025);
    expect(fiscalYearOf('2025-01-01', 1)).toBe(2025);
    expect(fiscalYearBounds(2024, 4)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(fiscalYearBounds(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(fiscalYearBounds(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });

  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Asia/Tokyo\u0000')).toBe(false);
  });
});
