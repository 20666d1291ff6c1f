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

/** The yardstick for the links from alumni to what came after. */
describe('SQL statements for cohorts { alumni { afterGraduation timeline } }', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    const f = factories(t.dataSource);
    const program = await f.program();
    const partner = await f.organization({ name: 'NEC Body Care' });
    for (let year = 2000; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      for (let k = 0; k < 3; k++) {
        const venture = await f.venture({ foundedOn: `${year - 1}-01-01` });
        const enrollment = await f.enrollment(cohort.id, venture.id, [
          ['ADMITTED' as never, `${year}-04-01`],
          ['ACTIVE' as never, `${year}-06-01`],
          ['GRADUATED' as never, `${year + 1}-02-28`],
        ]);
        const [mentor] = await t.dataSource.query(`INSERT INTO mentors (person_id) VALUES ($1) RETURNING id`, [(await f.person()).id]);
        const [a] = await t.dataSource.query(
          `INSERT INTO mentor_assignments (mentor_id, enrollment_id, role, starts_on) VALUES ($1, $2, 'LEAD', $3) RETURNING id`,
          [mentor.id, enrollment.id, `${year}-06-01`],
        );
        await t.dataSource.query(
          `INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, recorded_by_user_id)
           VALUES ($1, $2, $3, $4, $5, 60, 'ONLINE', $6)`,
          [a.id, mentor.id, venture.id, cohort.id, `${year}-07-01T10:00:00Z`, t.accounts.STAFF.userId],
        );
        const [c] = await t.dataSource.query(
          `INSERT INTO collaborations (venture_id, organization_id, title, domain, kind, started_on, stage, stage_on)
           VALUES ($1, $2, 'C', 'HEALTHCARE', 'OTHER', $3, 'PILOT', $4) RETURNING id`,
          [venture.id, partner.id, `${year + 1}-05-01`, `${year + 1}-09-01`],
        );
        await t.dataSource.query(
          `INSERT INTO collaboration_stage_changes (collaboration_id, from_stage, to_stage, changed_on) VALUES ($1, NULL, 'EXPLORING', $2), ($1, 'EXPLORING', 'PILOT', $3)`,
          [c.id, `${year + 1}-05-01`, `${year + 1}-09-01`],
        );
        const [g] = await t.dataSource.query(
          `INSERT INTO pro_bono_engagements (title, beneficiary_venture_id, supported_collaboration_id, status, status_on, started_on)
           VALUES ('G', $1, $2, 'ACTIVE', $3, $3) RETURNING id`,
          [venture.id, c.id, `${year + 1}-10-01`],
        );
        await t.dataSource.query(`INSERT INTO pro_bono_engagement_status_changes (engagement_id, to_status, changed_on) VALUES ($1, 'ACTIVE', $2)`, [g.id, `${year + 1}-10-01`]);
      }
    }
  });
  afterAll(() => t.close());

  const QUERY = `query($first: Int) { cohorts(first: $first) { edges { node { year alumni { name
    afterGraduation { graduatedOn collaborations { daysAfterGraduation collaboration { title stage } } proBonoSupport { daysAfterGraduation engagement { title status } } }
    timeline { __typename
      ... on TimelineEnrollmentChange { on toStatus cohort { year } }
      ... on TimelineMentoringMonth { on sessionCount }
      ... on TimelineCollaborationStageChange { on toStage collaboration { title } }
      ... on TimelineEngagementStatusChange { on toEngagementStatus engagement { title } } } } } } } }`;

  it('sends the same number of statements for 20 cohorts as for 2', async () => {
    let small: any;
    let large: any;
    const two = await t.countSql(async () => (small = await t.gql(QUERY, { first: 2 })));
    const twenty = await t.countSql(async () => (large = await t.gql(QUERY, { first: 20 })));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.cohorts.edges).toHaveLength(20);
    const last = large.data.cohorts.edges[19].node.alumni[2];
    expect(last.afterGraduation.collaborations[0]).toMatchObject({ daysAfterGraduation: 62, collaboration: { stage: 'PILOT' } });
    expect(last.timeline.map((x: any) => x.__typename)).toEqual([
      'TimelineEnrollmentChange',
      'TimelineEnrollmentChange',
      'TimelineMentoringMonth',
      'TimelineEnrollmentChange',
      'TimelineCollaborationStageChange',
      'TimelineCollaborationStageChange',
      'TimelineEngagementStatusChange',
    ]);
    console.log(`statements: cohorts { alumni { afterGraduation timeline } } 2 cohorts → ${two}, 20 cohorts → ${twenty}`);
    expect(twenty).toBe(two);
    // account, cohorts, alumni ids, ventures, afterGraduation, collaborations, engagements, timeline, cohorts by id
    expect(twenty).toBeLessThanOrEqual(9);
  });
});

