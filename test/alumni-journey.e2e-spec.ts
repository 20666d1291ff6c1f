import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { factories } from './utils/factories.js';

/** From graduation to what came after: afterGraduation, timeline, Cohort.alumni, collaboration contacts. */
describe('the alumni journey', () => {
  let t: TestApp;
  let f: ReturnType<typeof factories>;
  let bansoId: string;
  let cohortId: string;
  let collaborationId: string;
  let engagementId: string;
  let founderId: string;
  let enrollmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    f = factories(t.dataSource);
    await t.reset();
    const program = await f.program({ name: 'NEC Social Entrepreneurship School' });
    cohortId = (await f.cohort(program.id, 2021)).id;
    const banso = await f.venture({ name: 'BANSO-CO Inc.', foundedOn: '2020-04-01' });
    bansoId = banso.id;
    founderId = (await f.person({ name: 'Founder of BANSO-CO' })).id;
    await f.founder(bansoId, founderId);
    const journey: [E, string][] = [[E.APPLIED, '2021-03-01'], [E.ADMITTED, '2021-04-15'], [E.ACTIVE, '2021-06-01'], [E.GRADUATED, '2022-02-28']];
    const enrollment = await f.enrollment(cohortId, bansoId, journey);
    enrollmentId = enrollment.id;
    const other = await f.venture({ name: 'Aozora Care' });
    await f.enrollment(cohortId, other.id, journey);
    const gone = await f.venture({ name: 'Withdrawn Works' });
    await f.enrollment(cohortId, gone.id, [[E.APPLIED, '2021-03-01'], [E.WITHDRAWN, '2021-05-01']]);

    // Mentoring in two months, one session deleted (it must not count).
    const [mentor] = await t.dataSource.query(`INSERT INTO mentors (person_id) VALUES ($1) RETURNING id`, [(await f.person()).id]);
    const [a] = await t.dataSource.query(`INSERT INTO mentor_assignments (mentor_id, enrollment_id, role, starts_on) VALUES ($1, $2, 'LEAD', '2021-06-01') RETURNING id`, [mentor.id, enrollment.id]);
    for (const [at, minutes, deleted] of [['2021-07-05T10:00:00Z', 60, false], ['2021-07-20T10:00:00Z', 90, false], ['2021-07-25T10:00:00Z', 30, true], ['2021-09-15T10:00:00Z', 45, false]] as const) {
      await t.dataSource.query(
        `INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, recorded_by_user_id, deleted_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'ONLINE', $7, $8)`,
        [a.id, mentor.id, bansoId, cohortId, at, minutes, t.accounts.STAFF.userId, deleted ? new Date() : null],
      );
    }

    const bodyCare = await f.organization({ name: 'NEC Body Care', kind: 'CORPORATE_UNIT' as never });
    const collaborate = async (title: string, startedOn: string) =>
      (
        await t.gql(`mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`, {
          input: { ventureId: bansoId, organizationId: bodyCare.id, title, domain: 'HEALTHCARE', kind: 'DEMONSTRATION_PROJECT', startedOn },
        })
      ).data.createCollaboration.id as string;
    await collaborate('Student-era trial', '2021-10-01');
    collaborationId = await collaborate('NEC Body Care collaboration', '2023-04-01');
    for (const [stage, on] of [['PILOT', '2023-10-01'], ['DEMONSTRATION', '2024-06-01']]) {
      await t.gql(`mutation($id: ID!, $stage: CollaborationStage!, $on: LocalDate!) { changeCollaborationStage(input: { collaborationId: $id, stage: $stage, on: $on }) { stage } }`, {
        id: collaborationId,
        stage,
        on,
      });
    }
    const club = await f.organization({ name: 'NEC Pro Bono Club', kind: 'EMPLOYEE_GROUP' as never });
    const created = await t.gql(`mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`, {
      input: { title: 'Pro Bono Club support', beneficiaryVentureId: bansoId, organizerId: club.id, supportedCollaborationId: collaborationId, status: 'ACTIVE', startedOn: '2024-01-15' },
    });
    engagementId = created.data.createProBonoEngagement.id;
    await t.gql(`mutation($id: ID!) { changeProBonoEngagementStatus(input: { engagementId: $id, status: COMPLETED, on: "2024-07-31" }) { status } }`, { id: engagementId });
    // A proposal that never started does not count as support received.
    await t.gql(`mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`, {
      input: { title: 'Only proposed', beneficiaryVentureId: other.id, startedOn: '2024-02-01' },
    });
  });
  afterAll(() => t.close());

  it('lists what started after graduation, with the days in between', async () => {
    const r = await t.gqlAs(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { afterGraduation { graduatedOn
        collaborations { daysAfterGraduation collaboration { title stage } }
        proBonoSupport { daysAfterGraduation engagement { title status supportedCollaboration { title } } } } } }`,
      { id: bansoId },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.venture.afterGraduation).toEqual({
      graduatedOn: '2022-02-28',
      collaborations: [{ daysAfterGraduation: 397, collaboration: { title: 'NEC Body Care collaboration', stage: 'DEMONSTRATION' } }],
      proBonoSupport: [{ daysAfterGraduation: 686, engagement: { title: 'Pro Bono Club support', status: 'COMPLETED', supportedCollaboration: { title: 'NEC Body Care collaboration' } } }],
    });
    const never = await t.gql(`{ ventures(filter: { search: "Withdrawn" }) { edges { node { afterGraduation { graduatedOn } } } } }`);
    expect(never.data.ventures.edges[0].node.afterGraduation).toBeNull();
  });

  it('tells the whole journey as one dated timeline of union members', async () => {
    const r = await t.gqlAs(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { timeline { __typename
        ... on TimelineEnrollmentChange { on toStatus cohort { year } }
        ... on TimelineMentoringMonth { on sessionCount totalMinutes }
        ... on TimelineCollaborationStageChange { on fromStage toStage collaboration { title } }
        ... on TimelineEngagementStatusChange { on toEngagementStatus engagement { title } } } } }`,
      { id: bansoId },
    );
    expect(r.errors).toBeUndefined();
    const line = r.data.venture.timeline.map((x: any) => {
      const what = x.toStatus ?? x.toStage ?? x.toEngagementStatus ?? `${x.sessionCount} sessions, ${x.totalMinutes} min`;
      return `${x.on} ${x.__typename.replace('Timeline', '')} ${what}`;
    });
    expect(line).toEqual([
      '2021-03-01 EnrollmentChange APPLIED',
      '2021-04-15 EnrollmentChange ADMITTED',
      '2021-06-01 EnrollmentChange ACTIVE',
      '2021-07-01 MentoringMonth 2 sessions, 150 min',
      '2021-09-01 MentoringMonth 1 sessions, 45 min',
      '2021-10-01 CollaborationStageChange EXPLORING',
      '2022-02-28 EnrollmentChange GRADUATED',
      '2023-04-01 CollaborationStageChange EXPLORING',
      '2023-10-01 CollaborationStageChange PILOT',
      '2024-01-15 EngagementStatusChange ACTIVE',
      '2024-06-01 CollaborationStageChange DEMONSTRATION',
      '2024-07-31 EngagementStatusChange COMPLETED',
    ]);
    expect(r.data.venture.timeline[0].cohort).toEqual({ year: 2021 });
    const onlyPro = await t.gql(`query($id: ID!) { venture(id: $id) { timeline(kinds: [PRO_BONO]) { ... on TimelineEngagementStatusChange { toEngagementStatus } } } }`, { id: bansoId });
    expect(onlyPro.data.venture.timeline).toEqual([{ toEngagementStatus: 'ACTIVE' }, { toEngagementStatus: 'COMPLETED' }]);
  });

  it('orders steps of one record on the same day as they were recorded', async () => {
    const venture = await f.venture({ name: 'Same Day Labs' });
    const org = await f.organization();
    const c = await t.gql(`mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`, {
      input: { ventureId: venture.id, organizationId: org.id, title: 'Fast', domain: 'OTHER', kind: 'OTHER', startedOn: '2024-01-01' },
    });
    for (const stage of ['PILOT', 'DEMONSTRATION', 'COMMERCIAL']) {
      await t.gql(`mutation($id: ID!, $stage: CollaborationStage!) { changeCollaborationStage(input: { collaborationId: $id, stage: $stage, on: "2024-01-01" }) { stage } }`, {
        id: c.data.createCollaboration.id,
        stage,
      });
    }
    const r = await t.gql(`query($id: ID!) { venture(id: $id) { timeline { ... on TimelineCollaborationStageChange { toStage } } } }`, { id: venture.id });
    expect(r.data.venture.timeline.map((x: { toStage: string }) => x.toStage)).toEqual(['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL']);
  });

  it('filters a cohort’s alumni by what they did after, for staff and analysts only', async () => {
    const alumni = async (filter?: Record<string, unknown>, as: Role = Role.ANALYST) =>
      t.gqlAs(as, `query($id: ID!, $f: AlumniFilter) { cohort(id: $id) { alumni(filter: $f) { name } } }`, { id: cohortId, f: filter });
    const names = async (filter?: Record<string, unknown>) => (await alumni(filter)).data.cohort.alumni.map((v: { name: string }) => v.name);
    expect(await names()).toEqual(['Aozora Care', 'BANSO-CO Inc.']);
    expect(await names({ hasCollaboration: true })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ hasCollaboration: false })).toEqual(['Aozora Care']);
    expect(await names({ collaborationStage: 'DEMONSTRATION' })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ collaborationStage: 'PILOT' })).toEqual([]);
    expect(await names({ receivedProBono: true })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ receivedProBono: false, hasCollaboration: false })).toEqual(['Aozora Care']);
    const firstOnly = await t.gqlAs(Role.ANALYST, `query($id: ID!) { cohort(id: $id) { alumni(first: 1) { name mentoringSessionCount } all: alumni { name mentoringSessionCount } } }`, { id: cohortId });
    expect(firstOnly.data.cohort).toEqual({
      alumni: [{ name: 'Aozora Care', mentoringSessionCount: 0 }],
      all: [{ name: 'Aozora Care', mentoringSessionCount: 0 }, { name: 'BANSO-CO Inc.', mentoringSessionCount: 3 }],
    });
    const tooMany = await t.gqlAs(Role.ANALYST, `query($id: ID!) { cohort(id: $id) { alumni(first: 101) { name } } }`, { id: cohortId });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // Two filters in one request: two statements, each answer its own.
    const both = await t.gqlAs(Role.ANALYST, `query($id: ID!) { cohort(id: $id) { a: alumni(filter: { hasCollaboration: true }) { name } b: alumni(filter: { hasCollaboration: false }) { name } } }`, {
      id: cohortId,
    });
    expect(both.data.cohort).toEqual({ a: [{ name: 'BANSO-CO Inc.' }], b: [{ name: 'Aozora Care' }] });
    const mentor = await t.gqlAs(Role.MENTOR, `query($id: ID!) { cohort(id: $id) { year alumni { name } } }`, { id: cohortId });
    expect(mentor.data.cohort).toEqual({ year: 2021, alumni: null });
    expect(mentor.errors?.[0]).toMatchObject({ path: ['cohort', 'alumni'], extensions: { code: 'FORBIDDEN' } });
  });

  it('keeps what came after graduation from mentors, even for the venture they mentored', async () => {
    const [mentor] = await t.dataSource.query(`INSERT INTO mentors (person_id) VALUES ($1) RETURNING id`, [t.accounts.MENTOR.personId]);
    await t.dataSource.query(`INSERT INTO mentor_assignments (mentor_id, enrollment_id, role, starts_on) VALUES ($1, $2, 'LEAD', '2021-06-01')`, [mentor.id, enrollmentId]);
    const r = await t.gqlAs(
      Role.MENTOR,
      `{ myVentures { name afterGraduation { graduatedOn } timeline { __typename } collaborations { title } proBonoSupport { title } outcomes { value } recognitions { name } } }`,
    );
    expect(r.data.myVentures).toEqual([
      { name: 'BANSO-CO Inc.', afterGraduation: null, timeline: null, collaborations: null, proBonoSupport: null, outcomes: null, recognitions: null },
    ]);
    expect(r.errors?.map((e: any) => [e.path.at(-1), e.extensions.code]).sort()).toEqual(
      ['afterGraduation', 'collaborations', 'outcomes', 'proBonoSupport', 'recognitions', 'timeline'].map((field) => [field, 'FORBIDDEN']),
    );
  });

  it('keeps contacts on both sides of a collaboration', async () => {
    const lead = await f.person({ name: 'Body Care product lead' });
    const add = (personId: string, side: string, role: string) =>
      t.gql(`mutation($input: AddCollaborationContactInput!) { addCollaborationContact(input: $input) { side role person { name } } }`, {
        input: { collaborationId, personId, side, role },
      });
    expect((await add(lead.id, 'PARTNER', 'product lead')).data.addCollaborationContact).toEqual({ side: 'PARTNER', role: 'product lead', person: { name: 'Body Care product lead' } });
    await add(founderId, 'VENTURE', 'CEO');
    expect((await add(founderId, 'VENTURE', 'again')).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personId' });
    expect((await add('00000000-0000-4000-8000-000000000000', 'VENTURE', 'x')).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.personId' });
    expect((await add(founderId, 'VENTURE', '')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
    const read = await t.gqlAs(Role.ANALYST, `query($id: ID!) { collaboration(id: $id) { contacts { side role person { name } } } }`, { id: collaborationId });
    expect(read.data.collaboration.contacts).toEqual([
      { side: 'VENTURE', role: 'CEO', person: { name: 'Founder of BANSO-CO' } },
      { side: 'PARTNER', role: 'product lead', person: { name: 'Body Care product lead' } },
    ]);
    const REMOVE = `mutation($input: RemoveCollaborationContactInput!) { removeCollaborationContact(input: $input) { contacts { role } } }`;
    expect((await t.gql(REMOVE, { input: { collaborationId, personId: lead.id } })).data.removeCollaborationContact.contacts).toEqual([{ role: 'CEO' }]);
    expect((await t.gql(REMOVE, { input: { collaborationId, personId: lead.id } })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.personId' });
    expect(await f.count('collaboration_contacts')).toBe(1);
  });
});
