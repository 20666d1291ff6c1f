import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { factories } from './utils/factories.js';

/** Nested fields go through per-request DataLoaders: the statement count does not grow with the parents. */
describe('SQL statements per nested query', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    const f = factories(t.dataSource);
    const program = await f.program();
    for (let year = 1970; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      for (let k = 0; k < 3; k++) {
        const venture = await f.venture();
        for (let p = 0; p < 2; p++) await f.founder(venture.id, (await f.person()).id);
        const enrollment = await f.enrollment(cohort.id, venture.id, [['APPLIED' as never, `${year}-03-01`], ['ADMITTED' as never, `${year}-04-01`]]);
        const [mentor] = await t.dataSource.query(`INSERT INTO mentors (person_id) VALUES ($1) RETURNING id`, [(await f.person()).id]);
        const [a] = await t.dataSource.query(
          `INSERT INTO mentor_assignments (mentor_id, enrollment_id, role, starts_on) VALUES ($1, $2, 'LEAD', $3) RETURNING id`,
          [mentor.id, enrollment.id, `${year}-06-01`],
        );
        for (let s = 1; s <= 2; s++) {
          await t.dataSource.query(
            `INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, recorded_by_user_id)
             VALUES ($1, $2, $3, $4, $5, 60, 'ONLINE', $6)`,
            [a.id, mentor.id, venture.id, cohort.id, `${year}-0${6 + s}-01T10:00:00Z`, t.accounts.STAFF.userId],
          );
        }
      }
    }
  });
  afterAll(() => t.close());

  const QUERY = `query($first: Int) { cohorts(first: $first) { edges { node { year program { name }
    enrollments { status history { toStatus } venture { name graduatedOn founders { role person { name } } } } } } } }`;

  it('sends the same number of statements for 50 cohorts as for 2', async () => {
    let small: any;
    let large: any;
    const two = await t.countSql(async () => (small = await t.gql(QUERY, { first: 2 })));
    const fifty = await t.countSql(async () => (large = await t.gql(QUERY, { first: 50 })));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.cohorts.edges).toHaveLength(50);
    expect(large.data.cohorts.edges[49].node.enrollments[0].venture.founders).toHaveLength(2);
    console.log(`statements: 2 cohorts → ${two}, 50 cohorts → ${fifty} (cohorts × program × enrollments × history × venture × graduatedOn × founders × person)`);
    expect(fifty).toBe(two);
    // the caller's account, cohorts, program, enrollments, history, ventures, graduation dates, founders, people
    expect(fifty).toBeLessThanOrEqual(9);
  });

  it('sends the same number of statements for mentoring sessions under 30 cohorts as under 1', async () => {
    const MENTORING = `query($first: Int) { cohorts(first: $first) { edges { node { mentoringSummary { sessionCount }
      enrollments { venture { mentoringSessions { durationMinutes privateNotes mentor { capacity } } } } } } } }`;
    let one: any;
    let thirty: any;
    const forOne = await t.countSql(async () => (one = await t.gql(MENTORING, { first: 1 })));
    const forThirty = await t.countSql(async () => (thirty = await t.gql(MENTORING, { first: 30 })));
    expect(one.errors).toBeUndefined();
    expect(thirty.errors).toBeUndefined();
    expect(thirty.data.cohorts.edges).toHaveLength(30);
    expect(thirty.data.cohorts.edges[29].node.enrollments[0].venture.mentoringSessions).toHaveLength(2);
    console.log(`statements: cohort { enrollments { venture { mentoringSessions } } } 1 cohort → ${forOne}, 30 cohorts → ${forThirty}`);
    expect(forThirty).toBe(forOne);
  });
});
