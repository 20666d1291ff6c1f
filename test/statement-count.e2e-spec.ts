import { beforeAll, describe, expect, it } from '@jest/globals';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { CollaborationStage } from '../src/collaborations/collaboration.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectConstantStatements } from './utils/expect.js';

interface Edges<N> {
  cohorts: { edges: { node: N }[] };
}

/** Nested fields go through per-request DataLoaders: the statement count does not grow with the parents. */
describe('SQL statements per nested query', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;
  beforeAll(async () => {
    const program = await f.program();
    for (let year = 1970; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      for (let k = 0; k < 3; k++) {
        const venture = await f.venture();
        for (let p = 0; p < 2; p++) await f.founder(venture.id, (await f.person()).id);
        const enrollment = await f.enrollment(cohort.id, venture.id, [
          [E.APPLIED, `${year}-03-01`],
          [E.ADMITTED, `${year}-04-01`],
        ]);
        const a = await f.assignment((await f.mentor()).id, enrollment.id, `${year}-06-01`);
        for (let s = 1; s <= 2; s++) await f.session(a, { heldAt: `${year}-0${6 + s}-01T10:00:00Z` });
      }
    }
  });

  const QUERY = `query($first: Int) { cohorts(first: $first) { edges { node { year program { name }
    enrollments { status history { toStatus } venture { name graduatedOn founders { role person { name } } } } } } } }`;

  it('sends the same number of statements for 50 cohorts as for 2', async () => {
    type Node = { enrollments: { venture: { founders: unknown[] } }[] };
    const { large } = await expectConstantStatements(t, (first) => t.gql<Edges<Node>>(QUERY, { first }), [2, 50], {
      label: 'cohorts (cohorts × program × enrollments × history × venture × graduatedOn × founders × person)',
      // cohorts, program, enrollments, history, ventures, graduation dates, founders, people (the caller's account is not counted)
      max: 8,
    });
    expect(large.data.cohorts.edges).toHaveLength(50);
    expect(large.data.cohorts.edges[49].node.enrollments[0].venture.founders).toHaveLength(2);
  });

  it('sends the same number of statements for mentoring sessions under 30 cohorts as under 1', async () => {
    const MENTORING = `query($first: Int) { cohorts(first: $first) { edges { node { mentoringSummary { sessionCount }
      enrollments { venture { mentoringSessions { durationMinutes privateNotes mentor { capacity } } } } } } } }`;
    type Node = { enrollments: { venture: { mentoringSessions: unknown[] } }[] };
    const { large } = await expectConstantStatements(t, (first) => t.gql<Edges<Node>>(MENTORING, { first }), [1, 30], {
      label: 'cohort { enrollments { venture { mentoringSessions } } } cohorts',
    });
    expect(large.data.cohorts.edges).toHaveLength(30);
    expect(large.data.cohorts.edges[29].node.enrollments[0].venture.mentoringSessions).toHaveLength(2);
  });
});

/** The yardstick for the links from alumni to what came after. */
describe('SQL statements for cohorts { alumni { afterGraduation timeline } }', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;
  beforeAll(async () => {
    const program = await f.program();
    const partner = await f.organization({ name: 'NEC Body Care' });
    for (let year = 2000; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      for (let k = 0; k < 3; k++) {
        const venture = await f.venture({ foundedOn: `${year - 1}-01-01` });
        const enrollment = await f.enrollment(cohort.id, venture.id, [
          [E.ADMITTED, `${year}-04-01`],
          [E.ACTIVE, `${year}-06-01`],
          [E.GRADUATED, `${year + 1}-02-28`],
        ]);
        const a = await f.assignment((await f.mentor()).id, enrollment.id, `${year}-06-01`);
        await f.session(a, { heldAt: `${year}-07-01T10:00:00Z` });
        const c = await f.collaboration(venture.id, partner.id, [
          [CollaborationStage.EXPLORING, `${year + 1}-05-01`],
          [CollaborationStage.PILOT, `${year + 1}-09-01`],
        ]);
        await f.engagement([[EngagementStatus.ACTIVE, `${year + 1}-10-01`]], {
          beneficiaryVentureId: venture.id,
          supportedCollaborationId: c.id,
        });
      }
    }
  });

  const QUERY = `query($first: Int) { cohorts(first: $first) { edges { node { year alumni { name
    afterGraduation { graduatedOn collaborations { daysAfterGraduation collaboration { title stage } } proBonoSupport { daysAfterGraduation engagement { title status } } }
    timeline { __typename
      ... on TimelineEnrollmentChange { on toStatus cohort { year } }
      ... on TimelineMentoringMonth { on sessionCount }
      ... on TimelineCollaborationStageChange { on toStage collaboration { title } }
      ... on TimelineEngagementStatusChange { on toEngagementStatus engagement { title } } } } } } } }`;

  it('answers the benchmark’s nested read with one statement, for 10 cohorts × 20 alumni as for 1 × 1', async () => {
    // graphql/compiled-reads: the whole selection is one SQL statement building the JSON.
    const NESTED = `query($first: Int, $alumni: Int) { cohorts(first: $first) { edges { node { year program { name }
      alumni(first: $alumni) { name collaborations { title stage } mentoringSessionCount
        afterGraduation { proBonoSupport { daysAfterGraduation engagement { title } } } } } } } }`;
    type Alumnus = { afterGraduation: { proBonoSupport: unknown[] } };
    const { small, large } = await expectConstantStatements(
      t,
      (size) => t.gql<Edges<{ alumni: Alumnus[] }>>(NESTED, { first: size, alumni: size === 1 ? 1 : 20 }),
      [1, 10],
      { label: 'compiled nested read', max: 1 },
    );
    expect(small.statements).toBe(1);
    expect(large.data.cohorts.edges).toHaveLength(10);
    expect(large.data.cohorts.edges[9].node.alumni[2].afterGraduation.proBonoSupport).toHaveLength(1);
  });

  it('sends the same number of statements for 20 cohorts as for 2', async () => {
    type Alumnus = { afterGraduation: { collaborations: unknown[] }; timeline: { __typename: string }[] };
    const { large } = await expectConstantStatements(t, (first) => t.gql<Edges<{ alumni: Alumnus[] }>>(QUERY, { first }), [2, 20], {
      label: 'cohorts { alumni { afterGraduation timeline } } cohorts',
      // cohorts, alumni ids, ventures, afterGraduation, collaborations, engagements, timeline, cohorts by id
      max: 8,
    });
    expect(large.data.cohorts.edges).toHaveLength(20);
    const last = large.data.cohorts.edges[19].node.alumni[2];
    expect(last.afterGraduation.collaborations[0]).toMatchObject({ daysAfterGraduation: 62, collaboration: { stage: 'PILOT' } });
    expect(last.timeline.map((x) => x.__typename)).toEqual([
      'TimelineEnrollmentChange',
      'TimelineEnrollmentChange',
      'TimelineMentoringMonth',
      'TimelineEnrollmentChange',
      'TimelineCollaborationStageChange',
      'TimelineCollaborationStageChange',
      'TimelineEngagementStatusChange',
    ]);
  });
});
