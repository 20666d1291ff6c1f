import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

type Created<K extends string> = Record<K, { id: string }>;
type TimelineItem = {
  __typename: string;
  on: string;
  cohort?: unknown;
  toStatus?: string;
  toStage?: string;
  toEngagementStatus?: string;
  sessionCount?: number;
  totalMinutes?: number;
};

/** From graduation to what came after: afterGraduation, timeline, Cohort.alumni, collaboration contacts. */
describe('the alumni journey', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;
  let bansoId: string;
  let cohortId: string;
  let collaborationId: string;
  let engagementId: string;
  let founderId: string;
  let enrollmentId: string;
  beforeAll(async () => {
    const program = await f.program({ name: 'NEC Social Entrepreneurship School' });
    cohortId = (await f.cohort(program.id, 2021)).id;
    const banso = await f.venture({ name: 'BANSO-CO Inc.', foundedOn: '2020-04-01' });
    bansoId = banso.id;
    founderId = (await f.person({ name: 'Founder of BANSO-CO' })).id;
    await f.founder(bansoId, founderId);
    const journey: [E, string][] = [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-15'],
      [E.ACTIVE, '2021-06-01'],
      [E.GRADUATED, '2022-02-28'],
    ];
    const enrollment = await f.enrollment(cohortId, bansoId, journey);
    enrollmentId = enrollment.id;
    const other = await f.venture({ name: 'Aozora Care' });
    await f.enrollment(cohortId, other.id, journey);
    const gone = await f.venture({ name: 'Withdrawn Works' });
    await f.enrollment(cohortId, gone.id, [
      [E.APPLIED, '2021-03-01'],
      [E.WITHDRAWN, '2021-05-01'],
    ]);

    // Mentoring in two months, one session deleted (it must not count).
    const a = await f.assignment((await f.mentor()).id, enrollment.id, '2021-06-01');
    for (const [at, minutes, deleted] of [
      ['2021-07-05T10:00:00Z', 60, false],
      ['2021-07-20T10:00:00Z', 90, false],
      ['2021-07-25T10:00:00Z', 30, true],
      ['2021-09-15T10:00:00Z', 45, false],
    ] as const) {
      await f.session(a, { heldAt: at, durationMinutes: minutes, deletedAt: deleted ? new Date() : null });
    }

    const bodyCare = await f.organization({ name: 'NEC Body Care', kind: OrganizationKind.CORPORATE_UNIT });
    const collaborate = async (title: string, startedOn: string) =>
      expectOk(
        await t.gql<Created<'createCollaboration'>>(
          `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
          {
            input: {
              ventureId: bansoId,
              organizationId: bodyCare.id,
              title,
              domain: 'HEALTHCARE',
              kind: 'DEMONSTRATION_PROJECT',
              startedOn,
            },
          },
        ),
      ).createCollaboration.id;
    await collaborate('Student-era trial', '2021-10-01');
    collaborationId = await collaborate('NEC Body Care collaboration', '2023-04-01');
    for (const [stage, on] of [
      ['PILOT', '2023-10-01'],
      ['DEMONSTRATION', '2024-06-01'],
    ]) {
      await t.gql(
        `mutation($id: ID!, $stage: CollaborationStage!, $on: LocalDate!) { changeCollaborationStage(input: { collaborationId: $id, stage: $stage, on: $on }) { stage } }`,
        {
          id: collaborationId,
          stage,
          on,
        },
      );
    }
    const club = await f.organization({ name: 'NEC Pro Bono Club', kind: OrganizationKind.EMPLOYEE_GROUP });
    const created = await t.gql<Created<'createProBonoEngagement'>>(
      `mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`,
      {
        input: {
          title: 'Pro Bono Club support',
          beneficiaryVentureId: bansoId,
          organizerId: club.id,
          supportedCollaborationId: collaborationId,
          status: 'ACTIVE',
          startedOn: '2024-01-15',
        },
      },
    );
    engagementId = expectOk(created).createProBonoEngagement.id;
    await t.gql(
      `mutation($id: ID!) { changeProBonoEngagementStatus(input: { engagementId: $id, status: COMPLETED, on: "2024-07-31" }) { status } }`,
      { id: engagementId },
    );
    // A proposal that never started does not count as support received.
    await t.gql(`mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`, {
      input: { title: 'Only proposed', beneficiaryVentureId: other.id, startedOn: '2024-02-01' },
    });
  });

  it('lists what started after graduation, with the days in between', async () => {
    const r = await t.gqlAs<{ venture: { afterGraduation: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { afterGraduation { graduatedOn
        collaborations { daysAfterGraduation collaboration { title stage } }
        proBonoSupport { daysAfterGraduation engagement { title status supportedCollaboration { title } } } } } }`,
      { id: bansoId },
    );
    expect(expectOk(r).venture.afterGraduation).toEqual({
      graduatedOn: '2022-02-28',
      collaborations: [{ daysAfterGraduation: 397, collaboration: { title: 'NEC Body Care collaboration', stage: 'DEMONSTRATION' } }],
      proBonoSupport: [
        {
          daysAfterGraduation: 686,
          engagement: {
            title: 'Pro Bono Club support',
            status: 'COMPLETED',
            supportedCollaboration: { title: 'NEC Body Care collaboration' },
          },
        },
      ],
    });
    const never = await t.gql<{ ventures: { edges: { node: { afterGraduation: unknown } }[] } }>(
      `{ ventures(filter: { search: "Withdrawn" }) { edges { node { afterGraduation { graduatedOn } } } } }`,
    );
    expect(expectOk(never).ventures.edges[0].node.afterGraduation).toBeNull();
  });

  it('tells the whole journey as one dated timeline of union members', async () => {
    const r = await t.gqlAs<{ venture: { timeline: TimelineItem[] } }>(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { timeline { __typename
        ... on TimelineEnrollmentChange { on toStatus cohort { year } }
        ... on TimelineMentoringMonth { on sessionCount totalMinutes }
        ... on TimelineCollaborationStageChange { on fromStage toStage collaboration { title } }
        ... on TimelineEngagementStatusChange { on toEngagementStatus engagement { title } } } } }`,
      { id: bansoId },
    );
    const { timeline } = expectOk(r).venture;
    const line = timeline.map((x) => {
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
    expect(timeline[0].cohort).toEqual({ year: 2021 });
    const onlyPro = await t.gql<{ venture: { timeline: unknown } }>(
      `query($id: ID!) { venture(id: $id) { timeline(kinds: [PRO_BONO]) { ... on TimelineEngagementStatusChange { toEngagementStatus } } } }`,
      { id: bansoId },
    );
    expect(expectOk(onlyPro).venture.timeline).toEqual([{ toEngagementStatus: 'ACTIVE' }, { toEngagementStatus: 'COMPLETED' }]);
  });

  it('orders steps of one record on the same day as they were recorded', async () => {
    const venture = await f.venture({ name: 'Same Day Labs' });
    const org = await f.organization();
    const c = await t.gql<Created<'createCollaboration'>>(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
      {
        input: { ventureId: venture.id, organizationId: org.id, title: 'Fast', domain: 'OTHER', kind: 'OTHER', startedOn: '2024-01-01' },
      },
    );
    for (const stage of ['PILOT', 'DEMONSTRATION', 'COMMERCIAL']) {
      await t.gql(
        `mutation($id: ID!, $stage: CollaborationStage!) { changeCollaborationStage(input: { collaborationId: $id, stage: $stage, on: "2024-01-01" }) { stage } }`,
        {
          id: expectOk(c).createCollaboration.id,
          stage,
        },
      );
    }
    const r = await t.gql<{ venture: { timeline: { toStage: string }[] } }>(
      `query($id: ID!) { venture(id: $id) { timeline { ... on TimelineCollaborationStageChange { toStage } } } }`,
      { id: venture.id },
    );
    expect(expectOk(r).venture.timeline.map((x) => x.toStage)).toEqual(['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL']);
  });

  it('filters a cohort’s alumni by what they did after, for staff and analysts only', async () => {
    const alumni = async (filter?: Record<string, unknown>, as: Role = Role.ANALYST) =>
      t.gqlAs<{ cohort: { alumni: { name: string }[] } }>(
        as,
        `query($id: ID!, $f: AlumniFilter) { cohort(id: $id) { alumni(filter: $f) { name } } }`,
        { id: cohortId, f: filter },
      );
    const names = async (filter?: Record<string, unknown>) => expectOk(await alumni(filter)).cohort.alumni.map((v) => v.name);
    expect(await names()).toEqual(['Aozora Care', 'BANSO-CO Inc.']);
    expect(await names({ hasCollaboration: true })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ hasCollaboration: false })).toEqual(['Aozora Care']);
    expect(await names({ collaborationStage: 'DEMONSTRATION' })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ collaborationStage: 'PILOT' })).toEqual([]);
    expect(await names({ receivedProBono: true })).toEqual(['BANSO-CO Inc.']);
    expect(await names({ receivedProBono: false, hasCollaboration: false })).toEqual(['Aozora Care']);
    const firstOnly = await t.gqlAs<{ cohort: unknown }>(
      Role.ANALYST,
      `query($id: ID!) { cohort(id: $id) { alumni(first: 1) { name mentoringSessionCount } all: alumni { name mentoringSessionCount } } }`,
      { id: cohortId },
    );
    expect(expectOk(firstOnly).cohort).toEqual({
      alumni: [{ name: 'Aozora Care', mentoringSessionCount: 0 }],
      all: [
        { name: 'Aozora Care', mentoringSessionCount: 0 },
        { name: 'BANSO-CO Inc.', mentoringSessionCount: 3 },
      ],
    });
    const tooMany = await t.gqlAs(Role.ANALYST, `query($id: ID!) { cohort(id: $id) { alumni(first: 501) { name } } }`, { id: cohortId });
    expectError(tooMany, 'BAD_USER_INPUT', 'first');
    // Two filters in one request: two statements, each answer its own.
    const both = await t.gqlAs<{ cohort: unknown }>(
      Role.ANALYST,
      `query($id: ID!) { cohort(id: $id) { a: alumni(filter: { hasCollaboration: true }) { name } b: alumni(filter: { hasCollaboration: false }) { name } } }`,
      {
        id: cohortId,
      },
    );
    expect(expectOk(both).cohort).toEqual({ a: [{ name: 'BANSO-CO Inc.' }], b: [{ name: 'Aozora Care' }] });
    const mentor = await t.gqlAs<{ cohort: unknown }>(Role.MENTOR, `query($id: ID!) { cohort(id: $id) { year alumni { name } } }`, {
      id: cohortId,
    });
    expect(mentor.data?.cohort).toEqual({ year: 2021, alumni: null });
    expect(mentor.errors?.[0]).toMatchObject({ path: ['cohort', 'alumni'], extensions: { code: 'FORBIDDEN' } });
  });

  it('keeps what came after graduation from mentors, even for the venture they mentored', async () => {
    await f.assignment((await f.mentor({ personId: t.accounts.MENTOR.personId })).id, enrollmentId, '2021-06-01');
    const r = await t.gqlAs<{ myVentures: unknown }>(
      Role.MENTOR,
      `{ myVentures { name afterGraduation { graduatedOn } timeline { __typename } collaborations { title } proBonoSupport { title } outcomes { value } recognitions { name } } }`,
    );
    expect(r.data?.myVentures).toEqual([
      {
        name: 'BANSO-CO Inc.',
        afterGraduation: null,
        timeline: null,
        collaborations: null,
        proBonoSupport: null,
        outcomes: null,
        recognitions: null,
      },
    ]);
    expect(r.errors?.map((e) => [e.path?.at(-1), e.extensions?.code]).sort()).toEqual(
      ['afterGraduation', 'collaborations', 'outcomes', 'proBonoSupport', 'recognitions', 'timeline'].map((field) => [field, 'FORBIDDEN']),
    );
  });

  it('keeps contacts on both sides of a collaboration', async () => {
    const lead = await f.person({ name: 'Body Care product lead' });
    const add = (personId: string, side: string, role: string) =>
      t.gql<{ addCollaborationContact: unknown }>(
        `mutation($input: AddCollaborationContactInput!) { addCollaborationContact(input: $input) { side role person { name } } }`,
        {
          input: { collaborationId, personId, side, role },
        },
      );
    expect(expectOk(await add(lead.id, 'PARTNER', 'product lead')).addCollaborationContact).toEqual({
      side: 'PARTNER',
      role: 'product lead',
      person: { name: 'Body Care product lead' },
    });
    await add(founderId, 'VENTURE', 'CEO');
    expectError(await add(founderId, 'VENTURE', 'again'), 'CONFLICT', 'input.personId');
    expectError(await add('00000000-0000-4000-8000-000000000000', 'VENTURE', 'x'), 'NOT_FOUND', 'input.personId');
    expectError(await add(founderId, 'VENTURE', ''), 'BAD_USER_INPUT', 'input.role');
    const read = await t.gqlAs<{ collaboration: { contacts: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { collaboration(id: $id) { contacts { side role person { name } } } }`,
      { id: collaborationId },
    );
    expect(expectOk(read).collaboration.contacts).toEqual([
      { side: 'VENTURE', role: 'CEO', person: { name: 'Founder of BANSO-CO' } },
      { side: 'PARTNER', role: 'product lead', person: { name: 'Body Care product lead' } },
    ]);
    const REMOVE = `mutation($input: RemoveCollaborationContactInput!) { removeCollaborationContact(input: $input) { contacts { role } } }`;
    expect(
      expectOk(
        await t.gql<{ removeCollaborationContact: { contacts: unknown } }>(REMOVE, { input: { collaborationId, personId: lead.id } }),
      ).removeCollaborationContact.contacts,
    ).toEqual([{ role: 'CEO' }]);
    expectError(await t.gql(REMOVE, { input: { collaborationId, personId: lead.id } }), 'NOT_FOUND', 'input.personId');
    expect(await f.count('collaboration_contacts')).toBe(1);
  });
});
