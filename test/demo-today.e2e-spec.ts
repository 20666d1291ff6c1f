import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { DemoDataError } from '../src/demo/demo-calendar.js';
import { DemoDataService } from '../src/demo/demo.service.js';
import { EnrollmentStatus } from '../src/enrollments/enrollment-status.enum.js';
import { demoClient } from './utils/demo-accounts.js';
import { expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

interface Assignment {
  id: string;
  startsOn: string;
  endsOn: string | null;
  enrollment: { venture: { founders: { person: { id: string } }[] } };
}
interface RunningCohort {
  cohorts: {
    edges: { node: { year: number; startsOn: string; endsOn: string; enrollments: { id: string; status: EnrollmentStatus }[] } }[];
  };
}

/**
 * The demo works on the day it is loaded: loaded on a faked "today" (the app's clock faked to noon
 * in Tokyo that day), a cohort is running, the demo mentor logs today's session under a running
 * assignment and staff move the running cohort's enrollments on, dated today.
 */
describe('the demo on the day it is loaded', () => {
  const t = useTestApp();
  afterEach(() => {
    jest.useRealTimers();
  });

  const loadOn = async (today: string) => {
    // Only Date is faked; timers stay real so that the database driver and HTTP keep working.
    jest.useFakeTimers({ now: new Date(`${today}T03:00:00Z`), advanceTimers: true, doNotFake: [...REAL_TIMERS] });
    await t.server.app.get(DemoDataService).load({ today });
  };

  it.each([
    ['2027-01-15', 2026],
    ['2027-03-31', 2026],
    ['2027-04-01', 2027],
    ['2027-08-20', 2027],
  ])('on %s the fiscal %s cohort runs, the mentor logs today and staff admit, start and graduate', async (today, fiscalYear) => {
    await loadOn(today);
    const mentor = await demoClient(t, Role.MENTOR);
    const { myAssignments } = expectOk(
      await mentor.gql<{ myAssignments: Assignment[] }>(
        `{ myAssignments { id startsOn endsOn enrollment { venture { founders { person { id } } } } } }`,
      ),
    );
    const running = myAssignments.filter((a) => a.endsOn === null && a.startsOn <= today);
    expect(running.length).toBeGreaterThan(0);
    const logged = await mentor.gql<{ logMentoringSession: { heldAt: string; onBehalf: boolean } }>(
      `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { heldAt onBehalf } }`,
      {
        input: {
          assignmentId: running[0].id,
          heldAt: `${today}T10:00:00+09:00`,
          durationMinutes: 60,
          format: 'ONLINE',
          topics: ['Pricing'],
          attendeePersonIds: running[0].enrollment.venture.founders.map((f) => f.person.id),
          summary: "Today's session",
        },
      },
    );
    expect(expectOk(logged).logMentoringSession).toEqual({ heldAt: new Date(`${today}T01:00:00Z`).toISOString(), onBehalf: false });

    const staff = await demoClient(t, Role.STAFF);
    const { cohorts } = expectOk(
      await staff.gql<RunningCohort>(
        `{ cohorts(filter: { statuses: [ACTIVE] }) { edges { node { year startsOn endsOn enrollments { id status } } } } }`,
      ),
    );
    expect(cohorts.edges).toHaveLength(1);
    const cohort = cohorts.edges[0].node;
    expect([cohort.year, cohort.startsOn <= today, today <= cohort.endsOn]).toEqual([fiscalYear, true, true]);
    const first = (status: EnrollmentStatus) => cohort.enrollments.find((e) => e.status === status)?.id;
    const moves: [string, string | undefined, EnrollmentStatus][] = [
      ['admitVenture', first(EnrollmentStatus.APPLIED), EnrollmentStatus.ADMITTED],
      ['startProgram', first(EnrollmentStatus.ADMITTED), EnrollmentStatus.ACTIVE],
      ['graduateVenture', first(EnrollmentStatus.ACTIVE), EnrollmentStatus.GRADUATED],
    ];
    for (const [mutation, enrollmentId, status] of moves) {
      expect(enrollmentId).toBeDefined();
      const moved = await staff.gql<Record<string, { status: string; statusOn: string }>>(
        `mutation($input: EnrollmentTransitionInput!) { ${mutation}(input: $input) { status statusOn } }`,
        { input: { enrollmentId, on: today } },
      );
      expect(expectOk(moved)[mutation]).toEqual({ status, statusOn: today });
    }
  });

  it('dates nothing after the day it is loaded for, and keeps the public case where it was', async () => {
    await loadOn('2027-01-15');
    const [latest] = await t.dataSource.query<{ latest: string }[]>(
      `SELECT greatest(
         (SELECT max(occurred_on) FROM enrollment_events), (SELECT max(status_on) FROM enrollments),
         (SELECT max(held_at AT TIME ZONE 'Asia/Tokyo')::date FROM mentoring_sessions),
         (SELECT max(changed_on) FROM collaboration_stage_changes), (SELECT max(changed_on) FROM pro_bono_engagement_status_changes), (SELECT max(changed_on) FROM pro_bono_volunteer_changes),
         (SELECT max(starts_on) FROM mentor_assignments), (SELECT max(founded_on) FROM ventures))::text AS latest`,
    );
    expect(latest.latest <= '2027-01-15').toBe(true);
    // Every cohort's year is the fiscal year (the program's, April for the school) its start falls in.
    const [{ mismatched }] = await t.dataSource.query<{ mismatched: number }[]>(
      `SELECT count(*)::int AS mismatched FROM cohorts c JOIN programs p ON p.id = c.program_id
        WHERE c.starts_on IS NULL OR fiscal_year(c.starts_on, p.fiscal_year_start_month) <> c.year`,
    );
    expect(mismatched).toBe(0);
    const analyst = await demoClient(t, Role.ANALYST);
    const banso = await analyst.gql(
      `{ ventures(filter: { search: "BANSO-CO" }) { edges { node { graduatedOn enrollments { cohort { year startsOn } } } } } }`,
    );
    expect(expectOk(banso)).toEqual({
      ventures: { edges: [{ node: { graduatedOn: '2022-02-28', enrollments: [{ cohort: { year: 2021, startsOn: '2021-06-01' } }] } }] },
    });
    const graduates = await analyst.gql<{ cohorts: { edges: { node: { program: { name: string }; graduates: unknown[] } }[] } }>(
      `{ cohorts(first: 100, filter: { yearTo: 2024 }) { edges { node { program { name } graduates { id } } } } }`,
    );
    const necGraduates = expectOk(graduates)
      .cohorts.edges.filter((e) => e.node.program.name === 'NEC Social Entrepreneurship School')
      .reduce((sum, e) => sum + e.node.graduates.length, 0);
    expect(necGraduates).toBe(74);
  });

  it('reloads with reset, and refuses to empty a database holding other data unless forced', async () => {
    const demo = t.server.app.get(DemoDataService);
    await demo.load({ today: '2027-01-15' });
    // The test accounts are not the demo's: once one of them has changed something, a reset would lose it.
    expectOk(await t.gql(`mutation { createOrganization(input: { name: "Not the demo's", kind: NPO }) { id } }`));
    await expect(demo.reset({ today: '2027-08-20' })).rejects.toThrow(DemoDataError);
    await expect(demo.reset({ today: '2027-08-20' })).rejects.toThrow(
      /^Not resetting: the database holds 1 change\(s\) by 1 account\(s\) besides the demo's; add --force/,
    );
    expect(await t.dataSource.query(`SELECT 1 FROM organizations WHERE name = 'Not the demo''s'`)).toHaveLength(1);
    await demo.reset({ today: '2027-08-20', force: true });
    const users = await t.dataSource.query<{ email: string }[]>(`SELECT email FROM users ORDER BY email`);
    expect(users.map((u) => u.email)).toEqual(['admin', 'analyst', 'mentor', 'staff'].map((r) => `${r}@alumni-graph.example`));
    const running = () => t.dataSource.query<{ year: number }[]>(`SELECT year FROM cohorts WHERE status = 'ACTIVE'`);
    expect(await running()).toEqual([{ year: 2027 }]);
    // Only demo data now and what the demo accounts did with it: a reset needs no force, and loads once.
    const staff = await demoClient(t, Role.STAFF);
    expectOk(await staff.gql(`mutation { createOrganization(input: { name: "Demo play", kind: NPO }) { id } }`));
    await demo.reset({ today: '2028-01-10' });
    expect(await running()).toEqual([{ year: 2027 }]);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM organizations WHERE name = 'ETIC.'`,
    );
    expect(count).toBe(1);
    expect(await t.dataSource.query(`SELECT 1 FROM organizations WHERE name = 'Demo play'`)).toHaveLength(0);
    expect(await demo.load()).toBe(false);
  });
});

const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;
