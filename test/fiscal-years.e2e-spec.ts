import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { CohortStatus } from '../src/cohorts/cohort-status.enum.js';
import { dayIn } from '../src/common/dates.js';
import { onSql } from '../src/database/sql-logger.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

type Row = { programName: string; year: number; fiscalYear: number; provisional: boolean; enrolled: number; graduationRate: number | null };
type Point = { label: string; period: string; periodEnd: string; value: number };

/**
 * Reports by fiscal year on a dataset that straddles 31 March: an April program (FY2024 ends on
 * 2025-03-31, FY2025 starts on 2025-04-01), a January program for contrast (2025-03-31 is in its
 * FY2025), and engagements for organizations, which take DEFAULT_FISCAL_YEAR_START_MONTH (October
 * here). Worked out by hand next to the rows.
 */
describe('fiscal years in analytics', () => {
  const t = useTestApp({ DEFAULT_FISCAL_YEAR_START_MONTH: '10' }, { reset: 'none' });
  const f = t.f;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const april = await f.program({ name: 'Tokyo School', fiscalYearStartMonth: 4, timeZone: 'Asia/Tokyo' });
    const january = await f.program({ name: 'Calendar Lab', fiscalYearStartMonth: 1, timeZone: 'Europe/Berlin' });
    Object.assign(ids, { april: april.id, january: january.id });
    // Starts on the last day of FY2024 (April calendar); finished: COMPLETED, past, every outcome decided.
    const straddle = await f.cohort(april.id, 2024, { startsOn: '2025-03-31', endsOn: '2025-09-30' });
    // Starts on the first day of FY2025; still running (ACTIVE, ends in 2099, an ACTIVE enrollment).
    const running = await f.cohort(april.id, 2025, { startsOn: '2025-04-01', endsOn: '2099-03-31', status: CohortStatus.ACTIVE });
    // The same first day as `straddle`, but the calendar year is the fiscal year: FY2025.
    const calendar = await f.cohort(january.id, 2025, { startsOn: '2025-03-31', endsOn: '2025-12-20' });
    const venture = async (name: string) => (await f.venture({ name, sector: 'health' })).id;
    const [v1, v2, v3, v4, v5] = [
      await venture('Aki'),
      await venture('Fuyu'),
      await venture('Haru'),
      await venture('Natsu'),
      await venture('Sora'),
    ];
    Object.assign(ids, { v1, v3 });
    await f.enrollment(straddle.id, v1, [
      [E.ADMITTED, '2025-03-31'],
      [E.ACTIVE, '2025-04-01'],
      [E.GRADUATED, '2025-09-30'],
    ]);
    await f.enrollment(straddle.id, v4, [
      [E.ADMITTED, '2025-03-31'],
      [E.WITHDRAWN, '2025-05-01'],
    ]);
    await f.enrollment(running.id, v2, [
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-04-02'],
    ]);
    await f.enrollment(running.id, v5, [
      [E.ADMITTED, '2025-04-01'],
      [E.WITHDRAWN, '2025-06-01'],
    ]);
    await f.enrollment(calendar.id, v3, [
      [E.ADMITTED, '2025-03-31'],
      [E.ACTIVE, '2025-04-01'],
      [E.GRADUATED, '2025-12-20'],
    ]);

    const [p1, p2, p3] = [(await f.person({ name: 'P1' })).id, (await f.person({ name: 'P2' })).id, (await f.person({ name: 'P3' })).id];
    const started = (on: string, over: { beneficiaryVentureId?: string }, personId: string, hours: number) =>
      f.engagement([[G.ACTIVE, on]], { ...over, volunteers: [{ personId, hours }] });
    await started('2025-03-31', { beneficiaryVentureId: v1 }, p1, 10); // April program: FY2024
    await started('2025-04-01', { beneficiaryVentureId: v1 }, p1, 4); // April program: FY2025
    await started('2025-03-31', { beneficiaryVentureId: v3 }, p2, 2); // January program: FY2025
    await started('2025-09-30', {}, p3, 1); // an organization, October default: FY2024
    await started('2025-10-01', {}, p3, 0.5); // an organization, October default: FY2025

    await f.outcome(v1, 'BENEFICIARIES_REACHED', 100, { asOf: '2025-03-31' }); // April: FY2024
    await f.outcome(v1, 'BENEFICIARIES_REACHED', 50, { asOf: '2025-04-01' }); // April: FY2025
    await f.outcome(v3, 'BENEFICIARIES_REACHED', 7, { asOf: '2025-03-31' }); // January: FY2025
  });

  const analytics = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    expectOk(await t.gqlAs<{ analytics: T }>(Role.ANALYST, query, variables)).analytics;
  const comparison = async (filter?: Record<string, unknown>) =>
    (
      await analytics<{ cohortComparison: Row[] }>(
        `query($f: AnalyticsFilter) { analytics { cohortComparison(filter: $f) {
          programName year fiscalYear provisional enrolled graduationRate } } }`,
        { f: filter },
      )
    ).cohortComparison;

  it("gives each cohort the fiscal year of its start in its program's calendar, filters by it, and marks running cohorts provisional", async () => {
    const straddle = { programName: 'Tokyo School', year: 2024, fiscalYear: 2024, provisional: false, enrolled: 2, graduationRate: 0.5 };
    const running = { programName: 'Tokyo School', year: 2025, fiscalYear: 2025, provisional: true, enrolled: 2, graduationRate: 0 };
    const calendar = { programName: 'Calendar Lab', year: 2025, fiscalYear: 2025, provisional: false, enrolled: 1, graduationRate: 1 };
    expect(await comparison()).toEqual([calendar, straddle, running]);
    expect(await comparison({ fiscalYear: 2024 })).toEqual([straddle]);
    expect(await comparison({ fromFiscalYear: 2025 })).toEqual([calendar, running]);
    expect(await comparison({ toFiscalYear: 2024 })).toEqual([straddle]);
    expect(await comparison({ fiscalYear: 2025, programIds: [ids.april] })).toEqual([running]);
    expect(await comparison({ fromFiscalYear: 2026 })).toEqual([]);
    // The cohort filter reaches the other reports too: alumni of FY2025 cohorts.
    const alumni = await analytics<{ alumniSearch: { edges: { node: { name: string } }[] } }>(
      `{ analytics { alumniSearch(filter: { fiscalYear: 2025 }) { edges { node { name } } } } }`,
    );
    expect(alumni.alumniSearch.edges).toEqual([{ node: { name: 'Haru' } }]);
    expectError(
      await t.gqlAs(Role.ANALYST, `{ analytics { cohortComparison(filter: { fiscalYear: 1800 }) { year } } }`),
      'BAD_USER_INPUT',
      'filter.fiscalYear',
    );
  });

  it("buckets pro bono engagements by the fiscal year they started in, in their venture's program's calendar or the default", async () => {
    const impact = await analytics<{ proBonoImpact: unknown }>(
      `{ analytics { proBonoImpact(groupBy: FISCAL_YEAR) { engagements volunteers hours groups { key label engagements volunteers hours } } } }`,
    );
    expect(impact.proBonoImpact).toEqual({
      engagements: 5,
      volunteers: 3,
      hours: 17.5,
      groups: [
        { key: '2024', label: 'FY2024', engagements: 2, volunteers: 2, hours: 11 },
        { key: '2025', label: 'FY2025', engagements: 3, volunteers: 3, hours: 6.5 },
      ],
    });
    // The calendar year puts all five in 2025.
    const byYear = await analytics<{ proBonoImpact: unknown }>(
      `{ analytics { proBonoImpact(groupBy: YEAR) { groups { key engagements } } } }`,
    );
    expect(byYear.proBonoImpact).toEqual({ groups: [{ key: '2025', engagements: 5 }] });
    const from2025 = await analytics<{ proBonoImpact: unknown }>(
      `{ analytics { proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: 2025) { engagements hours groups { label } } } }`,
    );
    expect(from2025.proBonoImpact).toEqual({ engagements: 3, hours: 6.5, groups: [{ label: 'FY2025' }] });
    const upTo2024 = await analytics<{ proBonoImpact: unknown }>(
      `{ analytics { proBonoImpact(groupBy: BENEFICIARY_KIND, toFiscalYear: 2024) { engagements hours groups { key hours } } } }`,
    );
    expect(upTo2024.proBonoImpact).toEqual({
      engagements: 2,
      hours: 11,
      groups: [
        { key: 'NPO', hours: 1 },
        { key: 'VENTURE', hours: 10 },
      ],
    });
  });

  it('builds FISCAL_YEAR outcome series: a label and first and last day per bucket, each value in its own calendar', async () => {
    const series = async (groupBy: string, extra = '') =>
      (
        await analytics<{ outcomeSeries: { label: string; points: Point[] }[] }>(
          `{ analytics { outcomeSeries(metricCode: "BENEFICIARIES_REACHED", groupBy: ${groupBy}, interval: FISCAL_YEAR${extra}) {
            label points { label period periodEnd value } } } }`,
        )
      ).outcomeSeries;
    expect(await series('COHORT')).toEqual([
      { label: 'Calendar Lab 2025', points: [{ label: 'FY2025', period: '2025-01-01', periodEnd: '2025-12-31', value: 7 }] },
      {
        label: 'Tokyo School 2024',
        points: [
          { label: 'FY2024', period: '2024-04-01', periodEnd: '2025-03-31', value: 100 },
          { label: 'FY2025', period: '2025-04-01', periodEnd: '2026-03-31', value: 50 },
        ],
      },
    ]);
    // One sector, two calendars: FY2025 holds both programs' FY2025 and spans from the earliest first day to the latest last day.
    expect(await series('SECTOR')).toEqual([
      {
        label: 'health',
        points: [
          { label: 'FY2024', period: '2024-04-01', periodEnd: '2025-03-31', value: 100 },
          { label: 'FY2025', period: '2025-01-01', periodEnd: '2026-03-31', value: 57 },
        ],
      },
    ]);
    expect(await series('VENTURE', ', toFiscalYear: 2024')).toEqual([
      { label: 'Aki', points: [{ label: 'FY2024', period: '2024-04-01', periodEnd: '2025-03-31', value: 100 }] },
    ]);
    const calendarYears = await analytics<{ outcomeSeries: { label: string; points: Point[] }[] }>(
      `{ analytics { outcomeSeries(metricCode: "BENEFICIARIES_REACHED", groupBy: VENTURE, interval: QUARTER) { label points { label period periodEnd value } } } }`,
    );
    expect(calendarYears.outcomeSeries[0]).toEqual({
      label: 'Aki',
      points: [
        { label: '2025-Q1', period: '2025-01-01', periodEnd: '2025-03-31', value: 100 },
        { label: '2025-Q2', period: '2025-04-01', periodEnd: '2025-06-30', value: 50 },
      ],
    });
  });

  it('keeps each report one statement', async () => {
    const statements = async (query: string) => {
      let n = 0;
      const stop = onSql(() => (n += 1));
      expectOk(await t.gqlAs(Role.ANALYST, query));
      stop();
      return n;
    };
    const base = await statements(`{ analytics { __typename } }`);
    const counts = [
      await statements(`{ analytics { cohortComparison(filter: { fromFiscalYear: 2024 }) { fiscalYear provisional } } }`),
      await statements(`{ analytics { proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: 2024) { groups { key } } } }`),
      // outcomeSeries reads the metric first.
      await statements(
        `{ analytics { outcomeSeries(metricCode: "BENEFICIARIES_REACHED", groupBy: SECTOR, interval: FISCAL_YEAR) { key } } }`,
      ),
    ].map((n) => n - base);
    expect(counts).toEqual([1, 1, 2]);
  });

  const download = (report: string, args: Record<string, unknown>) =>
    fetch(`${t.url.replace(/\/graphql$/, '')}/exports/${report}.csv?args=${encodeURIComponent(JSON.stringify(args))}`, {
      headers: { authorization: `Bearer ${t.accounts.ANALYST.token}` },
    });
  const lines = async (response: Response) => {
    expect(response.status).toBe(200);
    return (await response.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
  };

  it('carries fiscal years and provisional flags into the CSV exports, with the same filters', async () => {
    const [header, ...rows] = await lines(await download('cohort-comparison', { filter: { programIds: [ids.april] } }));
    const cells = rows.map((row) => Object.fromEntries(header.split(',').map((k, i) => [k, row.split(',')[i]])));
    expect(cells.map((c) => [c.year, c.fiscal_year, c.provisional, c.graduation_rate])).toEqual([
      ['2024', '2024', 'false', '0.5'],
      ['2025', '2025', 'true', '0'],
    ]);
    expect(await lines(await download('pro-bono-impact', { groupBy: 'FISCAL_YEAR' }))).toEqual([
      'section,key,label,engagements,volunteers,hours',
      'total,ALL,All engagements (each counted once),5,3,17.5',
      'by_fiscal_year,2024,FY2024,2,2,11',
      'by_fiscal_year,2025,FY2025,3,3,6.5',
    ]);
    expect(
      await lines(
        await download('outcome-series', {
          metricCode: 'BENEFICIARIES_REACHED',
          groupBy: 'VENTURE',
          interval: 'FISCAL_YEAR',
          fromFiscalYear: 2025,
        }),
      ),
    ).toEqual([
      'key,label,currency,period,period_end,period_label,value',
      `${ids.v1},Aki,,2025-04-01,2026-03-31,FY2025,50`,
      `${ids.v3},Haru,,2025-01-01,2025-12-31,FY2025,7`,
    ]);
    for (const [report, args, field] of [
      ['pro-bono-impact', { fromFiscalYear: 'soon' }, 'fromFiscalYear'],
      ['outcome-series', { metricCode: 'REVENUE', interval: 'FISCAL' }, 'interval'],
      ['cohort-comparison', { filter: { toFiscalYear: 2201 } }, 'filter.toFiscalYear'],
    ] as const) {
      const r = await download(report, args);
      expect([report, r.status, ((await r.json()) as { field: string }).field]).toEqual([report, 400, field]);
    }
  });
});

/**
 * A cohort is provisional while it runs: not COMPLETED, its last day not yet past in its
 * program's time zone, or an enrollment still ADMITTED or ACTIVE; final otherwise.
 */
describe('provisional cohort figures', () => {
  const t = useTestApp();
  const f = t.f;

  it("follows the cohort's status, its last day in the program's zone, and enrollments still open", async () => {
    // Kiritimati (UTC+14) is always at least a day ahead of Pago Pago (UTC−11).
    const ahead = await f.program({ name: 'Ahead', timeZone: 'Pacific/Kiritimati' });
    const behind = await f.program({ name: 'Behind', timeZone: 'Pacific/Pago_Pago' });
    const todayBehind = dayIn('Pacific/Pago_Pago', new Date());
    const venture = async () => (await f.venture()).id;
    const graduated = async (cohortId: string) =>
      f.enrollment(cohortId, await venture(), [
        [E.ADMITTED, '2020-04-01'],
        [E.ACTIVE, '2020-04-02'],
        [E.GRADUATED, '2020-09-30'],
      ]);
    // The same last day: already past in Kiritimati, today in Pago Pago.
    await graduated((await f.cohort(ahead.id, 2020, { endsOn: todayBehind })).id);
    await graduated((await f.cohort(behind.id, 2020, { endsOn: todayBehind })).id);
    // Finished long ago but for one enrollment still ACTIVE; a PLANNED cohort; a plain finished one.
    const open = await f.cohort(ahead.id, 2019, { endsOn: '2020-02-28' });
    await graduated(open.id);
    await f.enrollment(open.id, await venture(), [
      [E.ADMITTED, '2019-04-01'],
      [E.ACTIVE, '2019-04-02'],
    ]);
    await f.cohort(behind.id, 2021, { status: CohortStatus.PLANNED });
    await graduated((await f.cohort(behind.id, 2018)).id);
    const rows = expectOk(
      await t.gqlAs<{ analytics: { cohortComparison: Row[] } }>(
        Role.ANALYST,
        `{ analytics { cohortComparison { programName year provisional graduationRate } } }`,
      ),
    ).analytics.cohortComparison;
    expect(rows.map((r) => [r.programName, r.year, r.provisional, r.graduationRate])).toEqual([
      ['Ahead', 2019, true, 0.5],
      ['Ahead', 2020, false, 1],
      ['Behind', 2018, false, 1],
      ['Behind', 2020, true, 1],
      ['Behind', 2021, true, null],
    ]);
  });
});
