import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { createDataSource } from '../src/database/data-source.js';
import { onSql } from '../src/database/sql-logger.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectConstantStatements, expectError, expectOk } from './utils/expect.js';

const ENTRY = `id workedOn hours note version recordedByUserId volunteer { hours }`;
const ADD_ENTRY = `mutation($input: AddProBonoHourEntryInput!) { addProBonoHourEntry(input: $input) { ${ENTRY} } }`;
const UPDATE_ENTRY = `mutation($input: UpdateProBonoHourEntryInput!) { updateProBonoHourEntry(input: $input) { ${ENTRY} } }`;
const REMOVE_ENTRY = `mutation($id: ID!) { removeProBonoHourEntry(input: { id: $id }) { ${ENTRY} } }`;
const ADD_VOLUNTEER = `mutation($input: AddProBonoVolunteerInput!) { addProBonoVolunteer(input: $input) { hours } }`;
const SET_TOTAL = `mutation($input: UpdateProBonoVolunteerInput!) { updateProBonoVolunteer(input: $input) { hours history { hours changedOn } } }`;
const REPORT = `query($g: HoursInterval!, $f: VolunteerHoursFilter) { volunteerHours(groupBy: $g, filter: $f) {
  period startsOn endsOn fiscalYear hours entries volunteers engagements } }`;
type Entry = { id: string; hours: number; version: number; volunteer: { hours: number } };
const GRADUATED: [E, string][] = [
  [E.APPLIED, '2023-05-01'],
  [E.ADMITTED, '2023-05-15'],
  [E.ACTIVE, '2023-06-01'],
  [E.GRADUATED, '2024-02-28'],
];

describe('volunteer hours as dated entries', () => {
  const t = useTestApp();
  const f = t.f;
  let aprilId: string; // for a venture of an April program
  let januaryId: string; // for a venture of a January program
  let orgId: string; // for an organization: the default calendar (April)
  let aprilProgramId: string;
  const person = async (name: string) => (await f.person({ name })).id;
  const volunteer = async (engagementId: string, personId: string, hours = 0, on = '2025-01-10') =>
    expectOk(await t.gql(ADD_VOLUNTEER, { input: { engagementId, personId, role: 'volunteer', hours, on } }));
  const add = (engagementId: string, personId: string, workedOn: string, hours: number, note?: string) =>
    t.gql<{ addProBonoHourEntry: Entry }>(ADD_ENTRY, { input: { engagementId, personId, workedOn, hours, note } });
  const count = () => f.count('pro_bono_hour_entries');
  beforeEach(async () => {
    const april = await f.program({ fiscalYearStartMonth: 4 });
    const january = await f.program({ fiscalYearStartMonth: 1 });
    const [v, w] = [await f.venture({ name: 'V' }), await f.venture({ name: 'W' })];
    aprilProgramId = april.id;
    await f.enrollment((await f.cohort(april.id, 2023)).id, v.id, GRADUATED);
    await f.enrollment((await f.cohort(january.id, 2023)).id, w.id, GRADUATED);
    const started: [EngagementStatus, string][] = [[EngagementStatus.ACTIVE, '2024-10-01']];
    aprilId = (await f.engagement(started, { beneficiaryVentureId: v.id, title: 'April' })).id;
    januaryId = (await f.engagement(started, { beneficiaryVentureId: w.id, title: 'January' })).id;
    orgId = (await f.engagement(started, { title: 'Organization' })).id;
  });

  it('adds, corrects and removes entries; hours and totals are their sums', async () => {
    const [a, b] = [await person('Aoi'), await person('Ren')];
    await volunteer(aprilId, a);
    await volunteer(aprilId, b, 4, '2025-01-11'); // hours given on joining: one entry on that day
    const first = expectOk(await add(aprilId, a, '2025-03-31', 3.5, 'Interviews')).addProBonoHourEntry;
    expect(first).toMatchObject({ hours: 3.5, version: 1, recordedByUserId: t.accounts.STAFF.userId, volunteer: { hours: 3.5 } });
    const second = expectOk(await add(aprilId, a, '2025-04-01', 2)).addProBonoHourEntry;
    expect(second.volunteer.hours).toBe(5.5);
    const corrected = await t.gql<{ updateProBonoHourEntry: Entry }>(UPDATE_ENTRY, {
      input: { id: second.id, version: 1, hours: 2.25, workedOn: '2025-04-02', note: 'Workshop' },
    });
    expect(expectOk(corrected).updateProBonoHourEntry).toMatchObject({ hours: 2.25, version: 2, volunteer: { hours: 5.75 } });
    const removed = expectOk(await t.gql<{ removeProBonoHourEntry: Entry }>(REMOVE_ENTRY, { id: first.id })).removeProBonoHourEntry;
    expect(removed).toMatchObject({ id: first.id, hours: 3.5, volunteer: { hours: 2.25 } });

    const read = await t.gqlAs<{ proBonoEngagement: unknown; person: unknown }>(
      Role.ANALYST,
      `query($id: ID!, $p: ID!) { proBonoEngagement(id: $id) { volunteerTotals { volunteerCount totalHours }
          volunteers { person { name } hours hourEntries { workedOn hours note } } }
        person(id: $p) { proBonoEngagements { hours } } }`,
      { id: aprilId, p: a },
    );
    expect(expectOk(read)).toEqual({
      proBonoEngagement: {
        volunteerTotals: { volunteerCount: 2, totalHours: 6.25 },
        volunteers: [
          { person: { name: 'Aoi' }, hours: 2.25, hourEntries: [{ workedOn: '2025-04-02', hours: 2.25, note: 'Workshop' }] },
          { person: { name: 'Ren' }, hours: 4, hourEntries: [{ workedOn: '2025-01-11', hours: 4, note: null }] },
        ],
      },
      person: { proBonoEngagements: [{ hours: 2.25 }] },
    });
    const audit = await t.dataSource.query(
      `SELECT operation, entity_ids FROM audit_log WHERE operation LIKE '%ProBonoHourEntry' ORDER BY seq`,
    );
    expect(audit.map((r: { operation: string }) => r.operation)).toEqual([
      'addProBonoHourEntry',
      'addProBonoHourEntry',
      'updateProBonoHourEntry',
      'removeProBonoHourEntry',
    ]);
    expect(audit[3].entity_ids[0]).toBe(first.id);
  });

  it('loads volunteers with their hours and entries in a constant number of statements', async () => {
    const people = [await person('P1'), await person('P2'), await person('P3')];
    for (const [i, g] of [aprilId, januaryId, orgId].entries()) {
      await volunteer(g, people[i], 2);
      await add(g, people[i], '2025-02-01', 1.5);
    }
    const send = (size: number) =>
      t.gql<{ proBonoEngagements: { edges: { node: { volunteers: { hours: number; hourEntries: unknown[] }[] } }[] } }>(
        `query($n: Int) { proBonoEngagements(first: $n) { edges { node { volunteerTotals { totalHours }
           volunteers { hours hourEntries { hours volunteer { hours } } } } } } }`,
        { n: size },
      );
    const { large } = await expectConstantStatements(t, send, [1, 3], { label: 'engagements { volunteers { hours hourEntries } }' });
    expect(large.data.proBonoEngagements.edges.map((e) => e.node.volunteers.map((v) => [v.hours, v.hourEntries.length]))).toEqual([
      [[3.5, 2]],
      [[3.5, 2]],
      [[3.5, 2]],
    ]);
  });

  it('refuses bad entries with the field at fault and writes nothing', async () => {
    const a = await person('Aoi');
    await volunteer(aprilId, a);
    const entry = expectOk(await add(aprilId, a, '2025-02-01', 1)).addProBonoHourEntry;
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const adds: [Record<string, unknown>, string, string][] = [
      [{ workedOn: future }, 'BAD_USER_INPUT', 'input.workedOn'],
      [{ workedOn: '2025-01-09' }, 'BAD_USER_INPUT', 'input.workedOn'],
      [{ workedOn: '2025-02-30' }, 'BAD_USER_INPUT', 'input.workedOn'],
      [{ hours: 0 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ hours: -2 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ hours: 1.234 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ hours: 100000 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ engagementId: randomUUID() }, 'NOT_FOUND', 'input.engagementId'],
      [{ personId: randomUUID() }, 'NOT_FOUND', 'input.personId'],
      [{ personId: a, engagementId: januaryId }, 'NOT_FOUND', 'input.personId'],
    ];
    for (const [over, code, field] of adds) {
      const r = await t.gql(ADD_ENTRY, { input: { engagementId: aprilId, personId: a, workedOn: '2025-02-02', hours: 2, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    const updates: [Record<string, unknown>, string, string][] = [
      [{ id: randomUUID(), hours: 2 }, 'NOT_FOUND', 'input.id'],
      [{ version: 9, hours: 2 }, 'CONFLICT', 'input.version'],
      [{ workedOn: '2024-12-31' }, 'BAD_USER_INPUT', 'input.workedOn'],
      [{ hours: null }, 'BAD_USER_INPUT', 'input.hours'],
    ];
    for (const [over, code, field] of updates) {
      const r = await t.gql(UPDATE_ENTRY, { input: { id: entry.id, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expectError(await t.gql(REMOVE_ENTRY, { id: randomUUID() }), 'NOT_FOUND', 'input.id');
    expect(await t.dataSource.query(`SELECT worked_on::text, hours::float8, version FROM pro_bono_hour_entries`)).toEqual([
      { worked_on: '2025-02-01', hours: 1, version: 1 },
    ]);
  });

  it('records a total set with updateProBonoVolunteer as a correcting entry; an entry it depends on cannot go', async () => {
    const a = await person('Aoi');
    await volunteer(aprilId, a);
    const ten = expectOk(await add(aprilId, a, '2025-02-01', 10)).addProBonoHourEntry;
    const set = await t.gql<{ updateProBonoVolunteer: unknown }>(SET_TOTAL, {
      input: { engagementId: aprilId, personId: a, hours: 4, on: '2025-03-01' },
    });
    expect(expectOk(set).updateProBonoVolunteer).toEqual({
      hours: 4,
      history: [
        { hours: 0, changedOn: '2025-01-10' },
        { hours: 4, changedOn: '2025-03-01' },
      ],
    });
    expect(await t.dataSource.query(`SELECT worked_on::text, hours::float8, note FROM pro_bono_hour_entries ORDER BY worked_on`)).toEqual([
      { worked_on: '2025-02-01', hours: 10, note: null },
      { worked_on: '2025-03-01', hours: -6, note: 'Total set to 4 h (was 10 h) with updateProBonoVolunteer' },
    ]);
    expectError(await t.gql(REMOVE_ENTRY, { id: ten.id }), 'CONFLICT', 'input.id');
    expectError(await t.gql(UPDATE_ENTRY, { input: { id: ten.id, hours: 5 } }), 'CONFLICT', 'input.hours');
    // The same total again (a role change): no entry.
    await t.gql(SET_TOTAL, { input: { engagementId: aprilId, personId: a, hours: 4, role: 'lead', on: '2025-03-02' } });
    expect(await count()).toBe(2);
    expect(await t.dataSource.query(`SELECT sum(hours)::float8 AS s FROM pro_bono_hour_entries`)).toEqual([{ s: 4 }]);
  });

  it('reports hours per month and per fiscal year across 31 March, each entry in its program’s calendar, in one statement', async () => {
    const [a, c, d] = [await person('Aoi'), await person('Chika'), await person('Daichi')];
    for (const [g, p] of [
      [aprilId, a],
      [januaryId, c],
      [orgId, d],
    ]) {
      await volunteer(g, p);
    }
    await add(aprilId, a, '2025-03-31', 3);
    await add(aprilId, a, '2025-04-01', 2);
    await add(januaryId, c, '2025-01-31', 1.5);
    await add(januaryId, c, '2025-03-31', 1);
    await add(orgId, d, '2025-04-15', 4);
    const report = async (groupBy: string, filter?: Record<string, unknown>) => {
      const sql: string[] = [];
      const stop = onSql((q) => sql.push(q));
      const r = await t.gqlAs<{ volunteerHours: unknown[] }>(Role.ANALYST, REPORT, { g: groupBy, f: filter });
      stop();
      expect(sql.filter((q) => q.includes('pro_bono_hour_entries'))).toHaveLength(1);
      return expectOk(r).volunteerHours;
    };
    expect(await report('FISCAL_YEAR', { engagementId: aprilId })).toEqual([
      {
        period: 'FY2024',
        startsOn: '2024-04-01',
        endsOn: '2025-03-31',
        fiscalYear: 2024,
        hours: 3,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
      {
        period: 'FY2025',
        startsOn: '2025-04-01',
        endsOn: '2026-03-31',
        fiscalYear: 2025,
        hours: 2,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
    ]);
    // The January program's 31 March is in FY2025 already; a mixed bucket spans both calendars.
    expect(await report('FISCAL_YEAR')).toEqual([
      {
        period: 'FY2024',
        startsOn: '2024-04-01',
        endsOn: '2025-03-31',
        fiscalYear: 2024,
        hours: 3,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
      {
        period: 'FY2025',
        startsOn: '2025-01-01',
        endsOn: '2026-03-31',
        fiscalYear: 2025,
        hours: 8.5,
        entries: 4,
        volunteers: 3,
        engagements: 3,
      },
    ]);
    expect(await report('MONTH')).toEqual([
      {
        period: '2025-01',
        startsOn: '2025-01-01',
        endsOn: '2025-01-31',
        fiscalYear: 2025,
        hours: 1.5,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
      {
        period: '2025-03',
        startsOn: '2025-03-01',
        endsOn: '2025-03-31',
        fiscalYear: null,
        hours: 4,
        entries: 2,
        volunteers: 2,
        engagements: 2,
      },
      {
        period: '2025-04',
        startsOn: '2025-04-01',
        endsOn: '2025-04-30',
        fiscalYear: 2025,
        hours: 6,
        entries: 2,
        volunteers: 2,
        engagements: 2,
      },
    ]);
    expect(await report('MONTH', { from: '2025-03-31', to: '2025-04-01', personId: a })).toEqual([
      {
        period: '2025-03',
        startsOn: '2025-03-01',
        endsOn: '2025-03-31',
        fiscalYear: 2024,
        hours: 3,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
      {
        period: '2025-04',
        startsOn: '2025-04-01',
        endsOn: '2025-04-30',
        fiscalYear: 2025,
        hours: 2,
        entries: 1,
        volunteers: 1,
        engagements: 1,
      },
    ]);
    expectError(await t.gql(REPORT, { g: 'MONTH', f: { from: '2025-13-01' } }), 'BAD_USER_INPUT', 'f.from');
    // The analytics read the same sums.
    const analytics = await t.gqlAs<{ analytics: { proBonoImpact: { hours: number }; cohortComparison: unknown[] } }>(
      Role.ANALYST,
      `query($p: [ID!]) { analytics { proBonoImpact { hours } cohortComparison(filter: { programIds: $p }) { volunteerHoursAfterGraduation } } }`,
      { p: [aprilProgramId] },
    );
    expect(expectOk(analytics).analytics).toEqual({
      proBonoImpact: { hours: 11.5 },
      cohortComparison: [{ volunteerHoursAfterGraduation: 5 }],
    });
  });

  it('migrates running totals into one entry each, dated the day the volunteer joined, without loss (and back)', async () => {
    const [p1, p2] = [await person('Old 1'), await person('Old 2')];
    const ds = createDataSource({ url: process.env.TEST_DATABASE_URL as string });
    await ds.initialize();
    try {
      const applied = async () => (await ds.query<{ name: string }[]>(`SELECT name FROM migrations`)).map((r) => r.name);
      while ((await applied()).includes('DatedVolunteerHours1796200310000')) await ds.undoLastMigration({ transaction: 'each' });
      // Rows written the old way: a running total per volunteer, and its history.
      const [v1, , v3] = await ds.query<{ id: string }[]>(
        `INSERT INTO pro_bono_volunteers (engagement_id, person_id, role, hours, joined_on, changed_on)
         VALUES ($1, $2, 'lead', 12.5, '2024-10-05', '2025-03-31'), ($1, $3, 'designer', 0, '2024-11-01', '2024-11-01'),
                ($4, $3, 'coach', 7.25, '2024-10-01', '2024-12-24') RETURNING id`,
        [aprilId, p1, p2, januaryId],
      );
      await ds.query(
        `INSERT INTO pro_bono_volunteer_changes (volunteer_id, role, hours, changed_on, recorded_by_user_id)
         VALUES ($1, 'lead', 0, '2024-10-05', NULL), ($1, 'lead', 12.5, '2025-03-31', $2)`,
        [v1.id, t.accounts.STAFF.userId],
      );
      await ds.runMigrations({ transaction: 'each' });
      expect(
        await ds.query(
          `SELECT volunteer_id, worked_on::text, hours::float8, recorded_by_user_id FROM pro_bono_hour_entries ORDER BY hours DESC`,
        ),
      ).toEqual([
        { volunteer_id: v1.id, worked_on: '2024-10-05', hours: 12.5, recorded_by_user_id: t.accounts.STAFF.userId },
        { volunteer_id: v3.id, worked_on: '2024-10-01', hours: 7.25, recorded_by_user_id: null },
      ]);
      const columns = await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'pro_bono_volunteers'`);
      expect(columns.map((c: { column_name: string }) => c.column_name)).not.toContain('hours');
      const read = await t.gql<{ proBonoEngagement: unknown }>(
        `query($id: ID!) { proBonoEngagement(id: $id) { volunteerTotals { totalHours } volunteers { hours hourEntries { workedOn note } } } }`,
        { id: aprilId },
      );
      expect(expectOk(read).proBonoEngagement).toEqual({
        volunteerTotals: { totalHours: 12.5 },
        volunteers: [
          {
            hours: 12.5,
            hourEntries: [{ workedOn: '2024-10-05', note: 'Total before dated entries (as of 2025-03-31), dated the day they joined' }],
          },
          { hours: 0, hourEntries: [] },
        ],
      });
      // Reverted, the sums go back into the column.
      while ((await applied()).includes('DatedVolunteerHours1796200310000')) await ds.undoLastMigration({ transaction: 'each' });
      expect(await ds.query(`SELECT hours::float8 FROM pro_bono_volunteers ORDER BY hours DESC`)).toEqual([
        { hours: 12.5 },
        { hours: 7.25 },
        { hours: 0 },
      ]);
    } finally {
      await ds.runMigrations({ transaction: 'each' });
      await ds.destroy();
    }
  });
});
