import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { CollaborationStage } from '../src/collaborations/collaboration.enum.js';
import { PAGE_SIZE } from '../src/common/loaders/page-size.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectConstantStatements, expectError, expectOk } from './utils/expect.js';

/**
 * Lists under an object that may not take `first`: each is bounded by construction, and says why.
 * A new list field either takes `first` (`@PageSize()`, common/loaders/page-size.ts) or is added
 * here with its reason; `*Connection.edges` are paged by their connection.
 */
const BOUNDED: Record<string, string> = {
  'AuditEntry.entityIds': 'the ids one mutation touched',
  'AuditEntry.changes': 'the fields one update changed (on main since the audit merge)',
  'Collaboration.sdgs': 'a set of the 17 SDGs',
  'Event.sdgs': 'a set of the 17 SDGs',
  'ProBonoEngagement.sdgs': 'a set of the 17 SDGs',
  'Venture.sdgs': 'a set of the 17 SDGs',
  'User.roles': 'a set of the four roles',
  'Mentor.expertise': 'ArrayMaxSize(30) on create and update (replaced whole)',
  'Mentor.languages': 'ArrayMaxSize(30) on create and update (replaced whole)',
  'MentoringSession.topics': 'ArrayMaxSize(20) on log and update (replaced whole)',
  'MentoringSession.tags': 'ArrayMaxSize(20) on log and update (replaced whole)',
  'MentoringSession.attendees': 'ArrayMaxSize(20) attendeePersonIds on log and update',
  'ProBonoEngagement.skills': 'ArrayMaxSize(30) on create and update (replaced whole)',
  'ProBonoEngagement.socialIssues': 'ArrayMaxSize(20) socialIssueIds on create and update',
  'Event.organizers': 'ArrayMaxSize(20) organizerIds on create and update',
  'Event.partners': 'ArrayMaxSize(50) partnerIds on create and update',
  'Program.partners': 'ArrayMaxSize(50) on create and update (replaced whole)',
  'Venture.founders': 'ArrayMaxSize(20) on create and update (replaced whole)',
  'LikelyDuplicate.ids': 'one group of look-alikes (the same normalised name or email)',
  'LikelyDuplicate.people': 'the people of LikelyDuplicate.ids',
  'LikelyDuplicate.ventures': 'the ventures of LikelyDuplicate.ids',
  'PeopleMerge.moves': 'one per reference a merge moves (merge-references.ts)',
  'VenturesMerge.moves': 'one per reference a merge moves (merge-references.ts)',
  'Enrollment.history': 'statuses only move forward: at most one change per status (5)',
  'Collaboration.stageHistory': 'stages only move forward: at most one change per stage (5)',
  'ProBonoEngagement.statusHistory': 'statuses only move forward: at most one change per status (4)',
  'Analytics.cohortComparison': 'a report: one row per cohort in scope',
  'Analytics.collaborationFunnel': 'a report: one group per value of groupBy',
  'Analytics.outcomeSeries': 'a report: one series per group and currency',
  'OutcomeSeries.points': 'one point per interval between from and to',
  'ProBonoImpact.groups': 'a report: one group per value of groupBy',
  'CohortComparisonRow.collaborationsByStage': 'one per collaboration stage',
  'CohortComparisonRow.fundingRaised': 'one per currency',
  'CollaborationFunnelGroup.stages': 'one per collaboration stage',
};

const SESSIONS = `query($id: ID!, $first: Int) { venture(id: $id) { mentoringSessions(first: $first) { heldAt } } }`;
const DEFAULT_SESSIONS = `query($id: ID!) { venture(id: $id) { mentoringSessions { heldAt } } }`;
type Sessions = { venture: { mentoringSessions: { heldAt: string }[] } };

describe('page sizes of nested lists', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;
  const ventureIds: string[] = [];
  const MANY = PAGE_SIZE.default + 5;

  beforeAll(async () => {
    const cohort = await f.cohort((await f.program()).id, 2024);
    const partner = await f.organization({ name: 'Partner' });
    for (let k = 0; k < 3; k++) {
      const venture = await f.venture({ name: `Venture ${k}` });
      ventureIds.push(venture.id);
      const enrollment = await f.enrollment(cohort.id, venture.id, [
        [E.ADMITTED, '2024-04-01'],
        [E.ACTIVE, '2024-06-01'],
      ]);
      const a = await f.assignment((await f.mentor()).id, enrollment.id, '2024-06-01');
      // The first venture has more sessions than a page; the others a few.
      const sessions = k === 0 ? MANY : 4;
      for (let s = 0; s < sessions; s++) await f.session(a, { heldAt: new Date(Date.UTC(2024, 6, 1) + s * 86_400_000) });
      for (let c = 0; c < 4; c++) await f.collaboration(venture.id, partner.id, [[CollaborationStage.EXPLORING, `2024-0${c + 1}-01`]]);
    }
  });

  it('gives a venture with more sessions than the default exactly the default, newest first', async () => {
    const { venture } = expectOk(await t.gql<Sessions>(DEFAULT_SESSIONS, { id: ventureIds[0] }));
    expect(venture.mentoringSessions).toHaveLength(PAGE_SIZE.default);
    const newest = new Date(Date.UTC(2024, 6, 1) + (MANY - 1) * 86_400_000).toISOString();
    expect(venture.mentoringSessions[0].heldAt).toBe(newest);
    const times = venture.mentoringSessions.map((s) => s.heldAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('gives `first: 3` the three newest, and an explicit null the default', async () => {
    const three = expectOk(await t.gql<Sessions>(SESSIONS, { id: ventureIds[0], first: 3 }));
    expect(three.venture.mentoringSessions.map((s) => s.heldAt)).toEqual(
      [MANY - 1, MANY - 2, MANY - 3].map((d) => new Date(Date.UTC(2024, 6, 1) + d * 86_400_000).toISOString()),
    );
    const unset = expectOk(await t.gql<Sessions>(SESSIONS, { id: ventureIds[0], first: null }));
    expect(unset.venture.mentoringSessions).toHaveLength(PAGE_SIZE.default);
    const all = expectOk(await t.gql<Sessions>(SESSIONS, { id: ventureIds[0], first: PAGE_SIZE.max }));
    expect(all.venture.mentoringSessions).toHaveLength(MANY);
  });

  it('refuses `first` below 1 or above 500 with BAD_USER_INPUT on `first`, at the field', async () => {
    for (const first of [0, -1, PAGE_SIZE.max + 1]) {
      const res = await t.gql<Sessions>(SESSIONS, { id: ventureIds[0], first });
      const error = expectError(res, 'BAD_USER_INPUT', 'first');
      expect(error.path).toEqual(['venture', 'mentoringSessions']);
    }
    // The same as a literal, and on a field that keeps @Args (Cohort.alumni).
    const literal = await t.gql(`{ ventures(first: 1) { edges { node { collaborations(first: 501) { title } } } } }`);
    expectError(literal, 'BAD_USER_INPUT', 'first');
    const alumni = await t.gql(`{ cohorts(first: 1) { edges { node { alumni(first: 0) { name } } } } }`);
    expect(expectError(alumni, 'BAD_USER_INPUT', 'first').path).toEqual(['cohorts', 'edges', 0, 'node', 'alumni']);
  });

  it('cuts a page per parent, one statement per (field, first), whatever the number of parents', async () => {
    const QUERY = `query($n: Int!) { ventures(first: $n) { edges { node { name
      mentoringSessions(first: 2) { heldAt } collaborations(first: 3) { title } older: collaborations(first: 1) { title } } } } }`;
    type Node = { mentoringSessions: unknown[]; collaborations: unknown[]; older: unknown[] };
    const { small, large } = await expectConstantStatements(
      t,
      (n) => t.gql<{ ventures: { edges: { node: Node }[] } }>(QUERY, { n }),
      [1, 3],
      {
        label: 'ventures { mentoringSessions(first: 2) collaborations(first: 3) collaborations(first: 1) }',
      },
    );
    expect(large.data.ventures.edges).toHaveLength(3);
    for (const { node } of large.data.ventures.edges) {
      expect(node.mentoringSessions).toHaveLength(2);
      expect(node.collaborations).toHaveLength(3);
      expect(node.older).toHaveLength(1);
    }
    // Two page sizes of one field are two statements; the same size under every parent one.
    const once = await t.countSql(() =>
      t.gql(`{ ventures(first: 3) { edges { node { name collaborations(first: 3) { title } } } } }`).then(expectOk),
    );
    expect(small.statements).toBe(once + 2);
  });

  it('counts `first` in the query cost, written out or from a variable: 100 ventures × 500 sessions is refused before any SQL', async () => {
    const FROM_VARIABLE = `query($n: Int) { ventures(first: 100) { edges { node { mentoringSessions(first: $n) { summary topics } } } } }`;
    const literal = FROM_VARIABLE.replace('query($n: Int) ', '').replace('$n', '500');
    for (const [query, variables] of [
      [FROM_VARIABLE, { n: 500 }],
      [literal, {}],
    ] as const) {
      let res: Awaited<ReturnType<typeof t.gql>> | undefined;
      const sql = await t.countSql(async () => (res = await t.gql(query, variables)));
      expect(res!.status).toBe(400);
      expect(expectError(res!, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/cost limit of 50000 exceeded/i);
      expect(sql).toBe(0);
    }
    expectOk(await t.gql(FROM_VARIABLE, { n: 3 }));
  });

  it('pages the lists that keep @Args too: timeline by kind, alumni, a cohort’s enrollments', async () => {
    const res = await t.gql<{ venture: { timeline: { __typename: string }[] } }>(
      `query($id: ID!) { venture(id: $id) { timeline(kinds: [MENTORING, COLLABORATION], first: 3) { __typename } } }`,
      { id: ventureIds[0] },
    );
    expect(expectOk(res).venture.timeline.map((x) => x.__typename)).toEqual([
      'TimelineCollaborationStageChange',
      'TimelineCollaborationStageChange',
      'TimelineCollaborationStageChange',
    ]);
    const cohorts = await t.gql<{ cohorts: { edges: { node: { enrollments: unknown[]; active: unknown[] } }[] } }>(
      `{ cohorts(first: 1) { edges { node { enrollments(first: 2) { id } active: enrollments(status: ACTIVE) { id } } } } }`,
    );
    const node = expectOk(cohorts).cohorts.edges[0].node;
    expect(node.enrollments).toHaveLength(2);
    expect(node.active).toHaveLength(3);
  });

  it('leaves no list field under an object without a page size, unless it is bounded by construction', () => {
    const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
    const unbounded: string[] = [];
    const paged: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const name = `${type.name}.${field.name}`;
        if (type.name.endsWith('Connection') && field.name === 'edges') continue;
        const first = field.args.find((a) => a.name === 'first');
        if (first) {
          expect([name, String(first.type), first.defaultValue]).toEqual([name, 'Int', PAGE_SIZE.default]);
          paged.push(name);
        } else if (!BOUNDED[name]) unbounded.push(`${name}: [${getNamedType(field.type).name}]`);
      }
    }
    // Every entry of the allow-list still names a field without `first`.
    for (const name of Object.keys(BOUNDED)) expect(paged).not.toContain(name);
    expect(unbounded).toEqual([]);
    expect(paged).toEqual(expect.arrayContaining(['Venture.mentoringSessions', 'Venture.collaborations', 'Cohort.alumni']));
  });
});
