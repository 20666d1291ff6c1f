import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage } from '../src/collaborations/collaboration.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import type { Caller } from './utils/test-app.js';
import { useTestApp } from './utils/use-test-app.js';

/**
 * Reads the compiler covers (graphql/compiled-reads) answer with one SQL statement; the same
 * documents sent to an app with COMPILED_READS=off run the resolvers. Both apps share the
 * database and the accounts (the second app's: it started last and re-created them), and every
 * answer must be the same bytes, for every role.
 */
describe('compiled reads answer byte for byte as the resolvers do', () => {
  const compiled = useTestApp({}, { reset: 'none' });
  const resolvers = useTestApp({ COMPILED_READS: 'off' }, { reset: 'none' });
  const f = resolvers.f;
  const ids: { cohort: string; venture: string; plain: string } = { cohort: '', venture: '', plain: '' };

  beforeAll(async () => {
    const program = await f.program({ name: 'School' });
    const partner = await f.organization({ name: 'Partner' });
    const origin = await f.organization({ name: 'University' });
    const me = await f.mentorOf(resolvers.accounts[Role.MENTOR].personId);
    const other = await f.mentor();
    for (let year = 2015; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      ids.cohort ||= cohort.id;
      for (let k = 0; k < 4; k++) {
        const venture = await f.venture({ name: `V ${(k * 7) % 4} ${year}`, sdgs: [3, 1 + k], originOrganizationId: k ? null : origin.id });
        const graduated = k < 3;
        const enrollment = await f.enrollment(cohort.id, venture.id, [
          [E.ADMITTED, `${year}-04-01`],
          [E.ACTIVE, `${year}-06-01`],
          ...(graduated ? [[E.GRADUATED, `${year + 1}-02-28`] as [E, string]] : []),
        ]);
        if (k === 0) ids.venture ||= venture.id;
        if (k === 3) ids.plain ||= venture.id;
        // The MENTOR account co-mentors the even ventures with another mentor.
        const theirs = await f.assignment(other.id, enrollment.id, `${year}-06-01`);
        if (k % 2 === 0) {
          const mine = await f.assignment(me.id, enrollment.id, `${year}-06-01`);
          await f.session(mine, { heldAt: `${year}-07-01T10:00:00.123456Z`, privateNotes: `mine ${year} ${k}` });
        }
        await f.session(theirs, { heldAt: `${year}-08-01T10:00:00Z`, privateNotes: `theirs ${year} ${k}` });
        await f.session(theirs, { heldAt: `${year}-09-01T10:00:00Z`, deletedAt: new Date(`${year}-09-02T00:00:00Z`) });
        if (!graduated) continue;
        const c = await f.collaboration(venture.id, partner.id, [
          [CollaborationStage.EXPLORING, `${year + 1}-05-01`],
          [CollaborationStage.PILOT, `${year + 1}-09-01`],
        ]);
        await f.collaboration(venture.id, partner.id, [[CollaborationStage.EXPLORING, `${year}-09-01`]], { title: 'before' });
        await f.engagement([[EngagementStatus.ACTIVE, `${year + 1}-10-01`]], {
          beneficiaryVentureId: venture.id,
          supportedCollaborationId: c.id,
        });
        await f.engagement([[EngagementStatus.PROPOSED, `${year + 1}-11-01`]], {
          beneficiaryVentureId: venture.id,
          title: 'never started',
        });
      }
    }
  });

  const NESTED = `query Nested($cohorts: Int, $alumni: Int) { cohorts(first: $cohorts) { edges { node { year program { name }
    alumni(first: $alumni) { name collaborations { title stage } mentoringSessionCount
      afterGraduation { proBonoSupport { daysAfterGraduation engagement { title } } } } } } } }`;
  const COHORT_PAGE = `query CohortPage($id: ID!, $n: Int) { cohort(id: $id) { id name year startsOn endsOn status createdAt updatedAt
    program { name timeZone } enrollments(first: $n) { id status statusOn createdAt venture { id name sector sdgs } } } }`;
  const JOURNEY = `query Journey($id: ID!) { venture(id: $id) { name graduatedOn sdgs originOrganization { name }
    enrollments { status cohort { year program { name } } history { fromStatus toStatus occurredOn recordedAt } }
    afterGraduation { graduatedOn collaborations { daysAfterGraduation collaboration { title kind stage startedOn } }
      proBonoSupport(first: 1) { daysAfterGraduation engagement { title status startedOn } } } } }`;
  const MENTORING = `query Mine($n: Int) { myVentures { __typename name mentoringSessionCount
    mentoringSessions(first: $n) { heldAt durationMinutes format privateNotes createdAt } } }`;
  // Page sizes written in the document (or left to their defaults) are planned once: a prepared statement.
  const LITERAL_PAGES = `{ cohorts(first: 3) { edges { node { year alumni(first: 2) { name collaborations(first: 1) { title }
    afterGraduation { proBonoSupport { daysAfterGraduation } } } enrollments { status } } } } }`;
  const MINE_LITERAL = `{ myVentures { name mentoringSessions(first: 2) { heldAt privateNotes } } }`;
  const FRAGMENTS = `query Frag { c: cohorts(first: 2) { __typename totalCount edges { node { ...C } } } }
    fragment C on Cohort { id ... on Cohort { y: year } ... { program { __typename name } } }`;
  // Not compiled (a directive, a filter, a cursor): the resolvers answer on both apps.
  const FALLBACKS = [
    `{ cohorts(first: 2) { edges { cursor node { year @include(if: true) } } pageInfo { hasNextPage } } }`,
    `{ cohorts(filter: { yearFrom: 2018 }) { edges { node { year alumni(filter: { hasCollaboration: true }) { name } } } } }`,
  ];

  const CALLERS: Caller[] = [Role.ADMIN, Role.STAFF, Role.ANALYST, Role.MENTOR, 'ANONYMOUS'];

  const send = async (url: string, caller: Caller, query: string, variables: Record<string, unknown>) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller !== 'ANONYMOUS') headers.authorization = `Bearer ${resolvers.accounts[caller].token}`;
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return `${response.status} ${await response.text()}`;
  };
  const expectSame = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    const fromResolvers = await send(resolvers.url, caller, query, variables);
    const fromCompiled = await send(compiled.url, caller, query, variables);
    expect(fromCompiled).toBe(fromResolvers);
    return JSON.parse(fromCompiled.slice(4)) as {
      data?: Record<string, unknown>;
      errors?: { path: unknown[]; extensions: { code: string } }[];
    };
  };
  /** Statements the compiled app sends for `query` (its own: the caller's account is not counted). */
  const statements = async (caller: Caller, query: string, variables: Record<string, unknown> = {}) => {
    let answer = '';
    const n = await compiled.countSql(async () => (answer = await send(compiled.url, caller, query, variables)));
    expect(answer).toMatch(/^200 .*"data":\{"/);
    return n;
  };

  it.each(CALLERS)('the nested alumni read, as %s, with page sizes from variables', async (caller) => {
    for (const variables of [{}, { cohorts: 2, alumni: 1 }, { cohorts: 10, alumni: 20 }, { cohorts: 0 }]) {
      await expectSame(caller, NESTED, variables);
    }
    // Out of range: the resolvers refuse it (BAD_USER_INPUT) on both.
    const refused = await expectSame(caller, NESTED, { alumni: 0 });
    if (caller === Role.STAFF) expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('the nested read answers staff with every field, and a mentor with FORBIDDEN at each cohort’s alumni', async () => {
    const staff = await expectSame(Role.STAFF, NESTED, { cohorts: 3 });
    expect(staff.errors).toBeUndefined();
    const edges = (staff.data!.cohorts as { edges: { node: { year: number; alumni: { afterGraduation: unknown }[] } }[] }).edges;
    expect(edges.map((e) => e.node.year)).toEqual([2019, 2018, 2017]);
    expect(edges[0].node.alumni).toHaveLength(3);
    expect(edges[0].node.alumni[0].afterGraduation).toEqual({ proBonoSupport: [{ daysAfterGraduation: 216, engagement: { title: 'G' } }] });
    const mentor = await expectSame(Role.MENTOR, NESTED, { cohorts: 3 });
    expect(mentor.errors?.map((e) => [e.extensions.code, e.path])).toEqual(
      [0, 1, 2].map((i) => ['FORBIDDEN', ['cohorts', 'edges', i, 'node', 'alumni']]),
    );
  });

  it.each(CALLERS)('the cohort page, the journey and fragments, as %s', async (caller) => {
    for (const n of [undefined, 1, 50]) await expectSame(caller, COHORT_PAGE, { id: ids.cohort, n });
    await expectSame(caller, JOURNEY, { id: ids.venture });
    await expectSame(caller, JOURNEY, { id: ids.plain });
    await expectSame(caller, FRAGMENTS);
    // Twice: the second runs the statement prepared by the first (on the same connection or another).
    for (let i = 0; i < 2; i++) for (const query of [LITERAL_PAGES, MINE_LITERAL]) await expectSame(caller, query);
    // Not found, and not an id: the resolvers answer.
    await expectSame(caller, COHORT_PAGE, { id: '00000000-0000-4000-8000-000000000000' });
    await expectSame(caller, COHORT_PAGE, { id: 'nope' });
    for (const query of FALLBACKS) await expectSame(caller, query);
  });

  it.each(CALLERS)('a mentor’s ventures with private notes in the selection, as %s', async (caller) => {
    for (const n of [undefined, 1]) await expectSame(caller, MENTORING, { n });
  });

  it('a mentor sees the private notes of their own sessions only; the others are null with FORBIDDEN', async () => {
    const answer = await expectSame(Role.MENTOR, MENTORING);
    const ventures = answer.data!.myVentures as { mentoringSessions: { privateNotes: string | null }[] }[];
    expect(ventures.length).toBe(10);
    const notes = ventures.flatMap((v) => v.mentoringSessions.map((s) => s.privateNotes));
    expect(notes.filter((n) => n?.startsWith('mine'))).toHaveLength(10);
    expect(notes.filter((n) => n === null)).toHaveLength(10);
    expect(answer.errors).toHaveLength(10);
    expect(answer.errors!.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
  });

  it('sends one statement for each compiled read (after the caller’s account), whatever the page sizes', async () => {
    const reads: [Caller, string, Record<string, unknown>[]][] = [
      [
        Role.ANALYST,
        NESTED,
        [
          { cohorts: 1, alumni: 1 },
          { cohorts: 10, alumni: 20 },
        ],
      ],
      [
        Role.STAFF,
        COHORT_PAGE,
        [
          { id: ids.cohort, n: 1 },
          { id: ids.cohort, n: 100 },
        ],
      ],
      [Role.ANALYST, JOURNEY, [{ id: ids.venture }]],
      [Role.MENTOR, MENTORING, [{ n: 1 }, { n: 100 }]],
      [Role.ANALYST, LITERAL_PAGES, [{}, {}]],
      [Role.MENTOR, MINE_LITERAL, [{}, {}]],
    ];
    for (const [caller, query, variableSets] of reads) {
      for (const variables of variableSets) expect(await statements(caller, query, variables)).toBe(1);
    }
    // The same read through the resolvers: one statement per list level and more.
    expect(await resolvers.countSql(() => send(resolvers.url, Role.ANALYST, NESTED, { cohorts: 20 }))).toBeGreaterThan(1);
  });

  it('a cohort’s alumni follow their ventures’ names through a rename and a merge (the name index is kept)', async () => {
    const cohort = await f.cohort((await f.program({ name: 'Later' })).id, 2030);
    const venture = async (name: string, graduate = true) => {
      const v = await f.venture({ name });
      if (graduate) {
        await f.enrollment(cohort.id, v.id, [
          [E.ADMITTED, '2030-04-01'],
          [E.GRADUATED, '2031-02-28'],
        ]);
      }
      return v;
    };
    const [, b, , d] = [await venture('B'), await venture('C'), await venture('E', false), await venture('D')];
    const survivor = await venture('0 Survivor', false);
    const alumni = async () => {
      const answer = await expectSame(Role.ANALYST, `query($id: ID!) { cohort(id: $id) { alumni(first: 2) { name } } }`, { id: cohort.id });
      return (answer.data!.cohort as { alumni: { name: string }[] }).alumni.map((a) => a.name);
    };
    expect(await alumni()).toEqual(['B', 'C']);
    const renamed = await resolvers.gql(`mutation($id: ID!) { updateVenture(input: { id: $id, name: "A" }) { name } }`, { id: d.id });
    expect(renamed.errors).toBeUndefined();
    expect(await alumni()).toEqual(['A', 'B']);
    // The merge moves B's enrollment to the survivor (its venture changes, so does the copied name).
    const merged = await resolvers.gql(
      `mutation($m: ID!, $s: ID!) { mergeVentures(input: { mergedId: $m, survivorId: $s }) { survivor { id } } }`,
      {
        m: b.id,
        s: survivor.id,
      },
    );
    expect(merged.errors).toBeUndefined();
    expect(await alumni()).toEqual(['0 Survivor', 'A']);
    const stale = await resolvers.dataSource.query(
      `SELECT e.id FROM enrollments e JOIN ventures v ON v.id = e.venture_id WHERE e.venture_name IS DISTINCT FROM v.name`,
    );
    expect(stale).toEqual([]);
  });

  // That compiled reads count against the caller's rate limit: api-limits.e2e-spec.
});
