import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { onSql } from '../src/database/sql-logger.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { CollaborationDomain, CollaborationStage as S } from '../src/collaborations/collaboration.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import { Currency } from '../src/outcomes/outcome.enum.js';
import { useTestApp, type TestKit } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';
import type { Path } from './utils/factories.js';

/** Reads the `analytics` object of an answer without errors; T is the part of it the test reads. */
const analyticsOf =
  (t: TestKit) =>
  async <T = Record<string, unknown>>(fields: string, variables: Record<string, unknown> = {}, as: Role = Role.ANALYST) =>
    expectOk(await t.gqlAs<{ analytics: T }>(as, fields, variables)).analytics;
type Search = { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { endCursor: string | null } };

/**
 * Every report against a small fixed dataset whose answers were worked out by hand (see the
 * comments next to the rows). Edge cases: a cohort with no graduates, a graduate with no
 * collaboration, money in two currencies, a corrected value, a proposal that never started.
 */
describe('analytics', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const nec = await f.organization({ name: 'NEC', kind: OrganizationKind.COMPANY });
    const bodyCare = await f.organization({ name: 'NEC Body Care', kind: OrganizationKind.CORPORATE_UNIT, parentId: nec.id });
    const club = await f.organization({ name: 'NEC Pro Bono Club', kind: OrganizationKind.EMPLOYEE_GROUP, parentId: nec.id });
    const kawasaki = await f.organization({ name: 'Kawasaki City', kind: OrganizationKind.LOCAL_GOVERNMENT });
    const npo = await f.organization({ name: 'Some NPO', kind: OrganizationKind.NPO });
    Object.assign(ids, { nec: nec.id, bodyCare: bodyCare.id });
    const school = await f.program({ name: 'NEC Social Entrepreneurship School' });
    const lab = await f.program({ name: 'Hamakaze Lab' });
    ids.school = school.id;
    const c2019 = await f.cohort(school.id, 2019);
    const c2020 = await f.cohort(school.id, 2020);
    const c2021 = await f.cohort(school.id, 2021);
    const lab2020 = await f.cohort(lab.id, 2020);
    Object.assign(ids, { c2019: c2019.id, c2020: c2020.id, c2021: c2021.id, lab2020: lab2020.id });

    const venture = async (name: string, sector: string, sdgs: number[]) => (await f.venture({ name, sector, sdgs })).id;
    const v1 = await venture('Aozora Care', 'healthcare', [3]);
    const v2 = await venture('Hikari Learning', 'education', [4]);
    const v3 = await venture('Mirai Works', 'employment', [8]);
    const v4 = await venture('Kaze Labs', 'environment', [13]);
    const v5 = await venture('Midori Health', 'healthcare', [3]);
    const v6 = await venture('Sora Link', 'community', [11]);
    const v7 = await venture('Umi Table', 'agriculture', [2]);
    Object.assign(ids, { v1, v2, v5 });
    const graduate = (year: number): [E, string][] => [
      [E.APPLIED, `${year}-03-01`],
      [E.ADMITTED, `${year}-04-01`],
      [E.ACTIVE, `${year}-06-01`],
      [E.GRADUATED, `${year + 1}-02-28`],
    ];
    const e1 = await f.enrollment(c2019.id, v1, graduate(2019));
    await f.enrollment(c2019.id, v2, graduate(2019).slice(1)); // starts at ADMITTED: still enrolled
    await f.enrollment(c2019.id, v3, [
      [E.APPLIED, '2019-03-01'],
      [E.WITHDRAWN, '2019-03-15'],
    ]); // never admitted: not enrolled
    await f.enrollment(c2019.id, v4, [
      [E.ADMITTED, '2019-04-01'],
      [E.ACTIVE, '2019-06-01'],
      [E.WITHDRAWN, '2019-10-31'],
    ]);
    await f.enrollment(c2020.id, v5, graduate(2020).slice(1));
    await f.enrollment(c2021.id, v6, [
      [E.ADMITTED, '2021-04-01'],
      [E.ACTIVE, '2021-06-01'],
    ]); // no graduates
    await f.enrollment(lab2020.id, v7, graduate(2020)); // a graduate with no collaboration

    // Mentoring in 2019: 60 + 90 minutes live, 30 deleted → 2.5 hours.
    const a = await f.assignment((await f.mentor()).id, e1.id, '2019-06-01');
    for (const [minutes, deleted] of [
      [60, false],
      [90, false],
      [30, true],
    ] as const) {
      await f.session(a, {
        heldAt: new Date(Date.now() - minutes * 86_400_000),
        durationMinutes: minutes,
        deletedAt: deleted ? new Date() : null,
      });
    }

    const collaboration = (ventureId: string, organizationId: string, domain: CollaborationDomain, path: Path<S>) =>
      f.collaboration(ventureId, organizationId, path, { domain });
    await collaboration(v1, nec.id, CollaborationDomain.EDUCATION, [[S.EXPLORING, '2019-10-01']]); // before graduation: not "after"
    await collaboration(v1, bodyCare.id, CollaborationDomain.HEALTHCARE, [
      [S.EXPLORING, '2020-05-28'],
      [S.PILOT, '2020-09-05'],
      [S.COMMERCIAL, '2021-03-04'],
    ]); // 90 days after; 100 d, 180 d
    await collaboration(v2, nec.id, CollaborationDomain.HEALTHCARE, [
      [S.EXPLORING, '2020-08-26'],
      [S.ENDED, '2020-12-24'],
    ]); // 180 days after; 120 d
    await collaboration(v5, bodyCare.id, CollaborationDomain.HEALTHCARE, [
      [S.EXPLORING, '2021-02-28'],
      [S.PILOT, '2021-06-28'],
    ]); // 0 days after; 120 d

    const fy2020 = { periodStart: '2020-04-01', periodEnd: '2021-03-31' };
    await f.outcome(v1, 'FUNDING_RAISED', 1_000_000, { ...fy2020, currency: Currency.JPY });
    await f.outcome(v1, 'FUNDING_RAISED', 20_000, { ...fy2020, currency: Currency.USD });
    await f.outcome(v1, 'FUNDING_RAISED', 500_000, { ...fy2020, currency: Currency.JPY, supersededAt: new Date() }); // corrected to 700,000 below
    await f.outcome(v1, 'FUNDING_RAISED', 700_000, { ...fy2020, currency: Currency.JPY });
    await f.outcome(v5, 'FUNDING_RAISED', 300_000, { periodStart: '2021-04-01', periodEnd: '2022-03-31', currency: Currency.JPY });
    await f.outcome(v1, 'EMPLOYEES_FTE', 3, { asOf: '2021-03-31' });
    await f.outcome(v1, 'EMPLOYEES_FTE', 5, { asOf: '2021-09-30' });
    await f.outcome(v2, 'EMPLOYEES_FTE', 2, { asOf: '2021-06-30' });
    await f.recognition({ name: 'Award', year: 2021, ventureId: v1 });

    // Pro bono: people A and B work at the club (a unit of NEC), C and D elsewhere.
    const person = async (name: string, orgId: string) => {
      const p = await f.person({ name });
      await f.affiliation(p.id, orgId, { role: 'member' });
      return p.id;
    };
    const [pa, pb, pc, pd] = [await person('A', club.id), await person('B', club.id), await person('C', npo.id), await person('D', npo.id)];
    const care = await f.socialIssue({ name: 'Care' });
    const education = await f.socialIssue({ name: 'Education' });
    const crew = (...people: [string, number][]) => people.map(([personId, hours]) => ({ personId, hours }));
    // after graduation
    await f.engagement(
      [
        [G.ACTIVE, '2020-06-01'],
        [G.COMPLETED, '2020-12-01'],
      ],
      { beneficiaryVentureId: v1, sdgs: [3, 17], socialIssueIds: [care.id], volunteers: crew([pa, 10], [pb, 5.5]) },
    );
    await f.engagement([[G.ACTIVE, '2021-08-01']], {
      beneficiaryOrganizationId: kawasaki.id,
      sdgs: [4],
      socialIssueIds: [education.id],
      volunteers: crew([pa, 4], [pc, 2]),
    });
    await f.engagement([[G.PROPOSED, '2021-05-01']], { beneficiaryVentureId: v5, sdgs: [3] }); // never started: counts nowhere
    await f.engagement(
      [
        [G.ACTIVE, '2022-01-10'],
        [G.CANCELLED, '2022-02-01'],
      ],
      { beneficiaryOrganizationId: npo.id, volunteers: crew([pd, 0]) },
    ); // started, then cancelled
  });

  const analytics = analyticsOf(t);

  it('compares cohorts: enrolment, graduation, collaborations, funding, pro bono and mentoring', async () => {
    const { cohortComparison } = await analytics(`{ analytics { cohortComparison {
      programName year enrolled graduated graduationRate withdrawn alumniWithCollaboration collaborationShare
      medianDaysToFirstCollaboration p75DaysToFirstCollaboration collaborationsByStage { stage count } alumniReachedCommercial
      fundingRaised { currency amount } recognitions proBonoEngagementsAfterGraduation volunteerHoursAfterGraduation mentoringHours } } }`);
    const none = {
      collaborationsByStage: [],
      alumniReachedCommercial: 0,
      fundingRaised: [],
      recognitions: 0,
      proBonoEngagementsAfterGraduation: 0,
      volunteerHoursAfterGraduation: 0,
      mentoringHours: 0,
    };
    expect(cohortComparison).toEqual([
      {
        programName: 'Hamakaze Lab',
        year: 2020,
        enrolled: 1,
        graduated: 1,
        graduationRate: 1,
        withdrawn: 0,
        alumniWithCollaboration: 0,
        collaborationShare: 0,
        medianDaysToFirstCollaboration: null,
        p75DaysToFirstCollaboration: null,
        ...none,
      },
      {
        programName: 'NEC Social Entrepreneurship School',
        year: 2019,
        enrolled: 3,
        graduated: 2,
        graduationRate: 2 / 3,
        withdrawn: 1,
        alumniWithCollaboration: 2,
        collaborationShare: 1,
        medianDaysToFirstCollaboration: 135,
        p75DaysToFirstCollaboration: 157.5,
        collaborationsByStage: [
          { stage: 'COMMERCIAL', count: 1 },
          { stage: 'ENDED', count: 1 },
        ],
        alumniReachedCommercial: 1,
        fundingRaised: [
          { currency: 'JPY', amount: 1_700_000 },
          { currency: 'USD', amount: 20_000 },
        ],
        recognitions: 1,
        proBonoEngagementsAfterGraduation: 1,
        volunteerHoursAfterGraduation: 15.5,
        mentoringHours: 2.5,
      },
      {
        programName: 'NEC Social Entrepreneurship School',
        year: 2020,
        enrolled: 1,
        graduated: 1,
        graduationRate: 1,
        withdrawn: 0,
        alumniWithCollaboration: 1,
        collaborationShare: 1,
        medianDaysToFirstCollaboration: 0,
        p75DaysToFirstCollaboration: 0,
        ...none,
        collaborationsByStage: [{ stage: 'PILOT', count: 1 }],
        fundingRaised: [{ currency: 'JPY', amount: 300_000 }],
      },
      {
        programName: 'NEC Social Entrepreneurship School',
        year: 2021,
        enrolled: 1,
        graduated: 0,
        graduationRate: 0,
        withdrawn: 0,
        alumniWithCollaboration: 0,
        collaborationShare: null,
        medianDaysToFirstCollaboration: null,
        p75DaysToFirstCollaboration: null,
        ...none,
      },
    ]);
    const healthcare = await analytics(
      `query($f: AnalyticsFilter) { analytics { cohortComparison(filter: $f) { year enrolled graduated alumniWithCollaboration medianDaysToFirstCollaboration } } }`,
      {
        f: { programIds: [ids.school], cohortYearTo: 2020, sectors: ['healthcare'] },
      },
    );
    expect(healthcare.cohortComparison).toEqual([
      { year: 2019, enrolled: 1, graduated: 1, alumniWithCollaboration: 1, medianDaysToFirstCollaboration: 90 },
      { year: 2020, enrolled: 1, graduated: 1, alumniWithCollaboration: 1, medianDaysToFirstCollaboration: 0 },
    ]);
    // Each cohort starts on 1 June of its year (FY = year in an April calendar); the 2021 cohort still has an ACTIVE enrollment.
    const running = await analytics<{ cohortComparison: { year: number; fiscalYear: number; provisional: boolean }[] }>(
      `{ analytics { cohortComparison { year fiscalYear provisional } } }`,
    );
    expect(running.cohortComparison.map((r) => [r.year, r.fiscalYear, r.provisional])).toEqual([
      [2020, 2020, false],
      [2019, 2019, false],
      [2020, 2020, false],
      [2021, 2021, true],
    ]);
  });

  it('runs the collaboration funnel: reached, conversion and median days per stage, by domain', async () => {
    const all = await analytics(
      `{ analytics { collaborationFunnel { key collaborations ended stages { stage reached conversionFromPrevious medianDaysInStage } } } }`,
    );
    expect(all.collaborationFunnel).toEqual([
      {
        key: 'ALL',
        collaborations: 4,
        ended: 1,
        stages: [
          { stage: 'EXPLORING', reached: 4, conversionFromPrevious: null, medianDaysInStage: 120 },
          { stage: 'PILOT', reached: 2, conversionFromPrevious: 0.5, medianDaysInStage: 180 },
          { stage: 'DEMONSTRATION', reached: 1, conversionFromPrevious: 0.5, medianDaysInStage: null },
          { stage: 'COMMERCIAL', reached: 1, conversionFromPrevious: 1, medianDaysInStage: null },
        ],
      },
    ]);
    const byDomain = await analytics<{
      collaborationFunnel: { key: string; collaborations: number; stages: { reached: number; conversionFromPrevious: number | null }[] }[];
    }>(`{ analytics { collaborationFunnel(groupBy: DOMAIN) { key collaborations stages { reached conversionFromPrevious } } } }`);
    expect(
      byDomain.collaborationFunnel.map((g) => [g.key, g.collaborations, g.stages.map((s) => [s.reached, s.conversionFromPrevious])]),
    ).toEqual([
      [
        'HEALTHCARE',
        3,
        [
          [3, null],
          [2, 2 / 3],
          [1, 0.5],
          [1, 1],
        ],
      ],
      [
        'EDUCATION',
        1,
        [
          [1, null],
          [0, 0],
          [0, null],
          [0, null],
        ],
      ],
    ]);
    const byPartner = await analytics(`{ analytics { collaborationFunnel(groupBy: PARTNER) { label collaborations } } }`);
    expect(byPartner.collaborationFunnel).toEqual([
      { label: 'NEC', collaborations: 2 },
      { label: 'NEC Body Care', collaborations: 2 },
    ]);
  });

  it('measures pro bono impact by year, beneficiary kind and SDG, with the repeat share of a company', async () => {
    const byYear = await analytics(
      `{ analytics { proBonoImpact { engagements volunteers hours repeatVolunteerShare groups { key engagements volunteers hours } } } }`,
    );
    expect(byYear.proBonoImpact).toEqual({
      engagements: 3,
      volunteers: 4,
      hours: 21.5,
      repeatVolunteerShare: 0.25,
      groups: [
        { key: '2020', engagements: 1, volunteers: 2, hours: 15.5 },
        { key: '2021', engagements: 1, volunteers: 2, hours: 6 },
        { key: '2022', engagements: 1, volunteers: 1, hours: 0 },
      ],
    });
    const byKind = await analytics(
      `query($c: ID) { analytics { proBonoImpact(groupBy: BENEFICIARY_KIND, companyId: $c) { repeatVolunteerShare groups { key hours } } } }`,
      { c: ids.nec },
    );
    expect(byKind.proBonoImpact).toEqual({
      repeatVolunteerShare: 0.5,
      groups: [
        { key: 'LOCAL_GOVERNMENT', hours: 6 },
        { key: 'NPO', hours: 0 },
        { key: 'VENTURE', hours: 15.5 },
      ],
    });
    const bySdg = await analytics(
      `{ analytics { proBonoImpact(groupBy: SDG, from: "2020-01-01", to: "2021-12-31") { engagements groups { label engagements } } } }`,
    );
    expect(bySdg.proBonoImpact).toEqual({
      engagements: 2,
      groups: [
        { label: 'GOOD_HEALTH_AND_WELL_BEING', engagements: 1 },
        { label: 'QUALITY_EDUCATION', engagements: 1 },
        { label: 'PARTNERSHIPS_FOR_THE_GOALS', engagements: 1 },
      ],
    });
    const unknownCompany = await t.gqlAs(
      Role.ANALYST,
      `{ analytics { proBonoImpact(companyId: "00000000-0000-4000-8000-000000000000") { engagements } } }`,
    );
    expectError(unknownCompany, 'NOT_FOUND', 'companyId');
    const byIssue = await analytics<{ proBonoImpact: { groups: { label: string; hours: number }[] } }>(
      `{ analytics { proBonoImpact(groupBy: SOCIAL_ISSUE) { groups { label hours } } } }`,
    );
    expect(byIssue.proBonoImpact.groups.map((g) => [g.label, g.hours]).sort()).toEqual([
      ['Care', 15.5],
      ['Education', 6],
    ]);
  });

  it('builds outcome series: SUM for flows per currency, LAST for stocks', async () => {
    const funding = await analytics(
      `{ analytics { outcomeSeries(metricCode: "FUNDING_RAISED", groupBy: COHORT) { label currency points { period value } } } }`,
    );
    expect(funding.outcomeSeries).toEqual([
      { label: 'NEC Social Entrepreneurship School 2019', currency: 'JPY', points: [{ period: '2021-01-01', value: 1_700_000 }] },
      { label: 'NEC Social Entrepreneurship School 2019', currency: 'USD', points: [{ period: '2021-01-01', value: 20_000 }] },
      { label: 'NEC Social Entrepreneurship School 2020', currency: 'JPY', points: [{ period: '2022-01-01', value: 300_000 }] },
    ]);
    const staff = await analytics(
      `{ analytics { outcomeSeries(metricCode: "EMPLOYEES_FTE", groupBy: COHORT) { label points { period value } } } }`,
    );
    // Aozora Care's latest level in 2021 is 5 (not 3 + 5), Hikari Learning's 2.
    expect(staff.outcomeSeries).toEqual([
      { label: 'NEC Social Entrepreneurship School 2019', points: [{ period: '2021-01-01', value: 7 }] },
    ]);
    const quarterly = await analytics(
      `{ analytics { outcomeSeries(metricCode: "EMPLOYEES_FTE", groupBy: VENTURE, interval: QUARTER) { label points { period value } } } }`,
    );
    expect(quarterly.outcomeSeries).toEqual([
      {
        label: 'Aozora Care',
        points: [
          { period: '2021-01-01', value: 3 },
          { period: '2021-07-01', value: 5 },
        ],
      },
      { label: 'Hikari Learning', points: [{ period: '2021-04-01', value: 2 }] },
    ]);
    const unknown = await t.gqlAs(Role.ANALYST, `{ analytics { outcomeSeries(metricCode: "NOPE") { key } } }`);
    expectError(unknown, 'NOT_FOUND', 'metricCode');
  });

  it('searches alumni by any mix of conditions, a page at a time', async () => {
    const names = async (filter: Record<string, unknown>, first = 10) =>
      (
        await analytics<{ alumniSearch: Search }>(
          `query($f: AlumniSearchFilter, $n: Int) { analytics { alumniSearch(filter: $f, first: $n) { totalCount edges { node { name } } } } }`,
          { f: filter, n: first },
        )
      ).alumniSearch.edges.map((e) => e.node.name);
    expect(await names({})).toEqual(['Aozora Care', 'Hikari Learning', 'Midori Health', 'Umi Table']);
    expect(await names({ collaborationStages: ['COMMERCIAL'] })).toEqual(['Aozora Care']);
    expect(await names({ partnerIds: [ids.nec] })).toEqual(['Aozora Care', 'Hikari Learning', 'Midori Health']);
    expect(await names({ partnerIds: [ids.bodyCare], cohortYearFrom: 2020 })).toEqual(['Midori Health']);
    expect(await names({ recognized: true })).toEqual(['Aozora Care']);
    expect(await names({ sectors: ['education'], collaborationDomains: ['HEALTHCARE'] })).toEqual(['Hikari Learning']);
    expect(await names({ outcomeThresholds: [{ metricCode: 'FUNDING_RAISED', min: 1_500_000, currency: 'JPY' }] })).toEqual([
      'Aozora Care',
    ]);
    expect(await names({ outcomeThresholds: [{ metricCode: 'EMPLOYEES_FTE', min: 4 }] })).toEqual(['Aozora Care']);
    expect(await names({ outcomeThresholds: [{ metricCode: 'EMPLOYEES_FTE', min: 2 }] })).toEqual(['Aozora Care', 'Hikari Learning']);
    // Stage and domain must hold for the same collaboration: Aozora Care's EXPLORING one is in EDUCATION.
    expect(await names({ collaborationStages: ['EXPLORING'], collaborationDomains: ['HEALTHCARE'] })).toEqual([]);
    expect(await names({ collaborationStages: ['EXPLORING'], collaborationDomains: ['EDUCATION'] })).toEqual(['Aozora Care']);
    const notMoney = await t.gqlAs(
      Role.ANALYST,
      `{ analytics { alumniSearch(filter: { outcomeThresholds: [{ metricCode: "EMPLOYEES_FTE", min: 1, currency: JPY }] }) { totalCount } } }`,
    );
    expectError(notMoney, 'BAD_USER_INPUT', 'filter.outcomeThresholds.0.currency');
    const page = await analytics<{ alumniSearch: Search }>(
      `{ analytics { alumniSearch(first: 3) { totalCount pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(page.alumniSearch).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const next = await analytics<{ alumniSearch: Search }>(
      `query($a: String) { analytics { alumniSearch(first: 3, after: $a) { edges { node { name } } } } }`,
      { a: page.alumniSearch.pageInfo.endCursor },
    );
    expect(next.alumniSearch.edges).toEqual([{ node: { name: 'Umi Table' } }]);
    // Past the end: no rows, the count still right. One statement per page; COUNT only when asked.
    const last = await analytics<{ alumniSearch: Search }>(
      `query($a: String) { analytics { alumniSearch(first: 3, after: $a) { pageInfo { endCursor } } } }`,
      { a: page.alumniSearch.pageInfo.endCursor },
    );
    const past = await analytics(
      `query($a: String) { analytics { alumniSearch(first: 3, after: $a) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } } }`,
      {
        a: last.alumniSearch.pageInfo.endCursor,
      },
    );
    expect(past.alumniSearch).toEqual({ totalCount: 4, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // A page is one statement; the COUNT runs only when totalCount is selected.
    const statements: string[] = [];
    const stop = onSql((sql) => statements.push(sql));
    await analytics(
      `{ analytics { alumniSearch(first: 3) { ...counted } } } fragment counted on VentureConnection { totalCount edges { node { name } } }`,
    );
    const counted = statements.filter((sql) => sql.includes('FROM ventures v')).length;
    await analytics(`{ analytics { alumniSearch(first: 3) { edges { node { name } } } } }`);
    stop();
    const searches = statements.filter((sql) => sql.includes('FROM ventures v'));
    expect([counted, searches.length, searches.filter((sql) => sql.includes('count(*)')).length]).toEqual([2, 3, 1]);
    const noCurrency = await t.gqlAs(
      Role.ANALYST,
      `{ analytics { alumniSearch(filter: { outcomeThresholds: [{ metricCode: "FUNDING_RAISED", min: 1 }] }) { totalCount } } }`,
    );
    expectError(noCurrency, 'BAD_USER_INPUT', 'filter.outcomeThresholds.0.currency');
    const badId = await t.gqlAs(Role.ANALYST, `{ analytics { alumniSearch(filter: { partnerIds: ["nope"] }) { totalCount } } }`);
    expectError(badId, 'BAD_USER_INPUT', 'filter.partnerIds');
  });

  const download = (report: string, args?: Record<string, unknown>, as: Role | 'ANONYMOUS' = Role.ANALYST) =>
    fetch(`${t.url.replace(/\/graphql$/, '')}/exports/${report}.csv${args ? `?args=${encodeURIComponent(JSON.stringify(args))}` : ''}`, {
      headers: as === 'ANONYMOUS' ? {} : { authorization: `Bearer ${t.accounts[as].token}` },
    });
  const lines = async (response: Response) =>
    (await response.text())
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');

  it('downloads every report as spreadsheet-safe CSV with the same filters and access rules', async () => {
    const comparison = await download('cohort-comparison', { filter: { programIds: [ids.school], cohortYearTo: 2019 } });
    expect(comparison.status).toBe(200);
    expect(comparison.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(comparison.headers.get('content-disposition')).toBe('attachment; filename="cohort-comparison.csv"');
    const [header, row] = await lines(comparison);
    const cells = Object.fromEntries(header.split(',').map((k, i) => [k, row.split(',')[i]]));
    expect(cells).toMatchObject({
      year: '2019',
      enrolled: '3',
      graduated: '2',
      collaborations_commercial: '1',
      collaborations_ended: '1',
      funding_raised_jpy: '1700000',
      funding_raised_usd: '20000',
      mentoring_hours: '2.5',
    });
    expect(await lines(await download('collaboration-funnel'))).toEqual([
      'key,label,collaborations,ended,stage,reached,conversion_from_previous,median_days_in_stage',
      'ALL,All collaborations,4,1,EXPLORING,4,,120',
      'ALL,All collaborations,4,1,PILOT,2,0.5,180',
      'ALL,All collaborations,4,1,DEMONSTRATION,1,0.5,',
      'ALL,All collaborations,4,1,COMMERCIAL,1,1,',
    ]);
    expect(await lines(await download('pro-bono-impact', { groupBy: 'BENEFICIARY_KIND' }))).toEqual([
      'section,key,label,engagements,volunteers,hours',
      'total,ALL,All engagements (each counted once),3,4,21.5',
      'by_beneficiary_kind,LOCAL_GOVERNMENT,LOCAL_GOVERNMENT,1,2,6',
      'by_beneficiary_kind,NPO,NPO,1,1,0',
      'by_beneficiary_kind,VENTURE,VENTURE,1,2,15.5',
    ]);
    // An engagement with two SDGs is in both rows; the totals row still counts its hours once.
    const bySdg = (await lines(await download('pro-bono-impact', { groupBy: 'SDG' }))).slice(1).map((l) => l.split(','));
    expect(bySdg[0]).toEqual(['total', 'ALL', 'All engagements (each counted once)', '3', '4', '21.5']);
    expect(bySdg.slice(1).every(([section]) => section.startsWith('by_sdg (overlapping'))).toBe(true);
    expect(bySdg.slice(1).reduce((sum, row) => sum + Number(row[5]), 0)).toBe(37);
    expect((await lines(await download('outcome-series', { metricCode: 'EMPLOYEES_FTE' })))[1]).toBe(
      `${ids.c2019},NEC Social Entrepreneurship School 2019,,2021-01-01,2021-12-31,2021,7`,
    );
  });

  it('streams alumniSearch as CSV, escaping formulas, and refuses bad arguments and callers', async () => {
    await t.dataSource.query(`UPDATE ventures SET name = '=HYPERLINK("http://evil")' WHERE id = $1`, [ids.v2]);
    try {
      const rows = await lines(await download('alumni-search', { filter: { partnerIds: [ids.nec] } }));
      expect(rows[0]).toBe('id,name,sector,sdgs,founded_on,graduated_on,cohorts,collaborations,collaboration_stages,website');
      expect(rows.slice(1).map((r) => r.split(',')[1])).toEqual([`"'=HYPERLINK(""http://evil"")"`, 'Aozora Care', 'Midori Health']);
      expect(rows[2]).toContain(
        ',healthcare,GOOD_HEALTH_AND_WELL_BEING,,2020-02-28,NEC Social Entrepreneurship School 2019,2,COMMERCIAL; EXPLORING,',
      );
    } finally {
      await t.dataSource.query(`UPDATE ventures SET name = 'Hikari Learning' WHERE id = $1`, [ids.v2]);
    }
    const bad = await download('alumni-search', { filter: { partnerIds: ['nope'] } });
    expect([bad.status, await bad.json()]).toEqual([400, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.partnerIds' })]);
    const notJson = await fetch(`${t.url.replace(/\/graphql$/, '')}/exports/cohort-comparison.csv?args=%7Bnope`, {
      headers: { authorization: `Bearer ${t.accounts.ANALYST.token}` },
    });
    expect([notJson.status, ((await notJson.json()) as { field: string }).field]).toEqual([400, 'args']);
    expect((await download('cohort-comparison', undefined, Role.MENTOR)).status).toBe(403);
    const anonymous = await download('cohort-comparison', undefined, 'ANONYMOUS');
    expect([anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
    expect((await download('outcome-series', { metricCode: 'NOPE' })).status).toBe(404);
    // Arguments that skip GraphQL's own type checks still get the same rules.
    const sdgNames = await lines(await download('alumni-search', { filter: { sdgs: ['GOOD_HEALTH_AND_WELL_BEING'] } }));
    expect(sdgNames.slice(1).map((r) => r.split(',')[1])).toEqual(['Aozora Care', 'Midori Health']);
    for (const [report, args, field] of [
      ['outcome-series', { metricCode: 'FUNDING_RAISED', from: '2024-02-30' }, 'from'],
      ['alumni-search', { filter: { collaborationStages: 'COMMERCIAL' } }, 'filter.collaborationStages'],
      ['alumni-search', { filter: { sdgs: ['NOT_A_GOAL'] } }, 'filter.sdgs'],
      ['cohort-comparison', { filter: { cohortYearFrom: 'soon' } }, 'filter.cohortYearFrom'],
    ] as const) {
      const r = await download(report, args);
      expect([report, r.status, ((await r.json()) as { field: string }).field]).toEqual([report, 400, field]);
    }
  });

  it('answers every example query of the README', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Analytics and exports'), readme.indexOf('## Accounts, roles and limits'));
    const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(examples).toHaveLength(6);
    for (const doc of examples) {
      const r = await t.gqlAs(Role.ANALYST, doc, { nec: ids.nec });
      expect([doc, r.errors]).toEqual([doc, undefined]);
    }
  });

  it('is for staff and analysts only', async () => {
    const mentor = await t.gqlAs(Role.MENTOR, `{ analytics { cohortComparison { year } } }`);
    expectError(mentor, 'FORBIDDEN');
    expect(mentor.data).toEqual({ analytics: null });
  });
});

describe('analytics report cache', () => {
  const t = useTestApp({ ANALYTICS_CACHE_SECONDS: '60' }, { reset: 'none' });
  const f = t.f;
  const analytics = analyticsOf(t);

  it('serves a report from memory until this process writes something', async () => {
    const program = await f.program();
    const cohort = await f.cohort(program.id, 2020);
    const venture = await f.venture();
    const enrolled = async () =>
      (await analytics<{ cohortComparison: { enrolled: number }[] }>(`{ analytics { cohortComparison { enrolled } } }`)).cohortComparison[0]
        .enrolled;
    expect(await enrolled()).toBe(0);
    // A row written behind the app's back (no transaction of this process): the cached report stands.
    // Raw SQL on purpose: the factories save through TypeORM transactions, whose commits would refresh the cache.
    const [e] = await t.dataSource.query(
      `INSERT INTO enrollments (cohort_id, venture_id, status, status_on) VALUES ($1, $2, 'ADMITTED', '2020-04-01') RETURNING id`,
      [cohort.id, venture.id],
    );
    await t.dataSource.query(
      `INSERT INTO enrollment_events (enrollment_id, to_status, occurred_on) VALUES ($1, 'ADMITTED', '2020-04-01')`,
      [e.id],
    );
    expect(await enrolled()).toBe(0);
    // Any mutation through the API commits a transaction: the next report is computed afresh.
    await t.gql(`mutation { createOrganization(input: { name: "Any", kind: NPO }) { id } }`);
    expect(await enrolled()).toBe(1);
  });

  it('counts an alumni search once while its pages are read; the pages themselves are always fresh', async () => {
    await t.reset();
    const cohort = await f.cohort((await f.program()).id, 2019);
    const graduate = async (name: string) => {
      const venture = await f.venture({ name });
      await f.enrollment(cohort.id, venture.id, [
        [E.APPLIED, '2019-03-01'],
        [E.ADMITTED, '2019-04-01'],
        [E.ACTIVE, '2019-05-01'],
        [E.GRADUATED, '2020-02-28'],
      ]);
    };
    for (const name of ['Ame', 'Hoshi', 'Kaze']) await graduate(name);
    const search = async (after?: string | null) =>
      (
        await analytics<{ alumniSearch: Search }>(
          `query($a: String) { analytics { alumniSearch(first: 2, after: $a) { totalCount edges { node { name } } pageInfo { endCursor } } } }`,
          { a: after },
        )
      ).alumniSearch;
    const statements: string[] = [];
    const stop = onSql((sql) => statements.push(sql));
    const first = await search();
    const second = await search(first.pageInfo.endCursor);
    stop();
    expect([first.totalCount, first.edges.map((e) => e.node.name), second.totalCount, second.edges.map((e) => e.node.name)]).toEqual([
      3,
      ['Ame', 'Hoshi'],
      3,
      ['Kaze'],
    ]);
    expect(statements.filter((sql) => sql.includes('count(*)'))).toHaveLength(1);
    // A fourth graduate (written behind the app's back), then any write through the API: counted afresh.
    await graduate('Umi');
    await t.gql(`mutation { createOrganization(input: { name: "Any", kind: NPO }) { id } }`);
    expect((await search()).totalCount).toBe(4);
  });
});
