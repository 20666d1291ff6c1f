import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { Clock } from '../src/common/clock.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const CREATE = `mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) {
  id title status statusOn startedOn endedOn sdgs skills
  beneficiary { __typename ... on Venture { name } ... on Organization { name } }
  organizer { name } intermediary { name } supportedCollaboration { title } socialIssues { name }
  statusHistory { fromStatus toStatus changedOn } } }`;
const STATUS = `mutation($input: ChangeProBonoEngagementStatusInput!) { changeProBonoEngagementStatus(input: $input) { status statusOn startedOn endedOn } }`;
const ADD = `mutation($input: AddProBonoVolunteerInput!) { addProBonoVolunteer(input: $input) { role hours joinedOn } }`;
const UPDATE_VOLUNTEER = `mutation($input: UpdateProBonoVolunteerInput!) { updateProBonoVolunteer(input: $input) { role hours changedOn history { role hours changedOn } } }`;

describe('pro bono engagements and volunteers', () => {
  const t = useTestApp();
  const f = t.f;
  afterEach(() => {
    jest.restoreAllMocks();
  });
  let ventureId: string;
  let clubId: string;
  let grantId: string;
  let collaborationId: string;
  let issueId: string;
  beforeEach(async () => {
    ventureId = (await f.venture({ name: 'BANSO-CO Inc.', foundedOn: '2020-04-01' })).id;
    clubId = (await f.organization({ name: 'NEC Pro Bono Club', kind: OrganizationKind.EMPLOYEE_GROUP })).id;
    grantId = (await f.organization({ name: 'Service Grant' })).id;
    const bodyCare = await f.organization({ name: 'NEC Body Care', kind: OrganizationKind.CORPORATE_UNIT });
    const c = await t.gql<{ createCollaboration: { id: string } }>(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
      {
        input: {
          ventureId,
          organizationId: bodyCare.id,
          title: 'Body care',
          domain: 'HEALTHCARE',
          kind: 'DEMONSTRATION_PROJECT',
          startedOn: '2023-04-01',
        },
      },
    );
    collaborationId = expectOk(c).createCollaboration.id;
    issueId = expectOk(
      await t.gql<{ createSocialIssue: { id: string } }>(
        `mutation { createSocialIssue(input: { name: "Healthy ageing and care" }) { id } }`,
      ),
    ).createSocialIssue.id;
  });

  const create = (over: Record<string, unknown> = {}) =>
    t.gql<{ createProBonoEngagement: { id: string; beneficiary: unknown; statusOn: string } }>(CREATE, {
      input: {
        title: 'Support for the Body Care collaboration',
        beneficiaryVentureId: ventureId,
        organizerId: clubId,
        intermediaryId: grantId,
        supportedCollaborationId: collaborationId,
        socialIssueIds: [issueId],
        sdgs: ['PARTNERSHIPS_FOR_THE_GOALS', 'GOOD_HEALTH_AND_WELL_BEING'],
        skills: ['marketing', 'marketing', 'service design'],
        startedOn: '2024-01-15',
        status: 'ACTIVE',
        ...over,
      },
    });

  it('records an engagement for a venture that supports its collaboration, and links both ways', async () => {
    const r = await create();
    expect(r.errors).toBeUndefined();
    expect(r.data?.createProBonoEngagement).toMatchObject({
      status: 'ACTIVE',
      statusOn: '2024-01-15',
      startedOn: '2024-01-15',
      endedOn: null,
      sdgs: ['GOOD_HEALTH_AND_WELL_BEING', 'PARTNERSHIPS_FOR_THE_GOALS'],
      skills: ['marketing', 'service design'],
      beneficiary: { __typename: 'Venture', name: 'BANSO-CO Inc.' },
      organizer: { name: 'NEC Pro Bono Club' },
      intermediary: { name: 'Service Grant' },
      supportedCollaboration: { title: 'Body care' },
      socialIssues: [{ name: 'Healthy ageing and care' }],
      statusHistory: [{ fromStatus: null, toStatus: 'ACTIVE', changedOn: '2024-01-15' }],
    });
    const id = r.data?.createProBonoEngagement.id;
    const done = await t.gql<{ changeProBonoEngagementStatus: unknown }>(STATUS, {
      input: { engagementId: id, status: 'COMPLETED', on: '2024-07-31' },
    });
    expect(done.data?.changeProBonoEngagementStatus).toEqual({
      status: 'COMPLETED',
      statusOn: '2024-07-31',
      startedOn: '2024-01-15',
      endedOn: '2024-07-31',
    });
    const read = await t.gqlAs(
      Role.ANALYST,
      `query($v: ID!, $c: ID!) { venture(id: $v) { proBonoSupport { title } }
        collaboration(id: $c) { supportingEngagements { title status } } }`,
      { v: ventureId, c: collaborationId },
    );
    expect(read.data).toEqual({
      venture: { proBonoSupport: [{ title: 'Support for the Body Care collaboration' }] },
      collaboration: { supportingEngagements: [{ title: 'Support for the Body Care collaboration', status: 'COMPLETED' }] },
    });
  });

  it('serves an organization as beneficiary, listed under the organization', async () => {
    // "Today" is the program's day (Asia/Tokyo runs ahead of UTC): pinned at noon UTC, the same day in every zone used here.
    const today = '2026-06-15';
    jest.spyOn(t.server.app.get(Clock), 'now').mockReturnValue(new Date(`${today}T12:00:00Z`));
    const city = await f.organization({ name: 'Kawasaki City', kind: OrganizationKind.LOCAL_GOVERNMENT });
    const r = await create({
      beneficiaryVentureId: null,
      beneficiaryOrganizationId: city.id,
      supportedCollaborationId: null,
      status: 'PROPOSED',
      startedOn: '2030-01-01',
    });
    expect(r.data?.createProBonoEngagement.beneficiary).toEqual({ __typename: 'Organization', name: 'Kawasaki City' });
    // A proposal is dated today when its planned start lies ahead.
    expect(r.data?.createProBonoEngagement.statusOn).toBe(today);
    const org = await t.gql<{ organization: { engagementsAsBeneficiary: unknown } }>(
      `query($id: ID!) { organization(id: $id) { engagementsAsBeneficiary { title status } } }`,
      { id: city.id },
    );
    expect(org.data?.organization.engagementsAsBeneficiary).toEqual([
      { title: 'Support for the Body Care collaboration', status: 'PROPOSED' },
    ]);
    const cancelled = await t.gql<{ changeProBonoEngagementStatus: { status: string } }>(STATUS, {
      input: { engagementId: r.data?.createProBonoEngagement.id, status: 'CANCELLED', on: today },
    });
    expect(cancelled.data?.changeProBonoEngagementStatus.status).toBe('CANCELLED');
  });

  it('refuses bad engagements with the field at fault and writes nothing', async () => {
    const otherVenture = await f.venture({ name: 'Other' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ beneficiaryOrganizationId: clubId }, 'BAD_USER_INPUT', 'input.beneficiaryOrganizationId'],
      [{ beneficiaryVentureId: null }, 'BAD_USER_INPUT', 'input.beneficiaryOrganizationId'],
      [{ beneficiaryVentureId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.beneficiaryVentureId'],
      [{ beneficiaryVentureId: otherVenture.id }, 'BAD_USER_INPUT', 'input.supportedCollaborationId'],
      [{ supportedCollaborationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.supportedCollaborationId'],
      [{ socialIssueIds: [issueId, '00000000-0000-4000-8000-000000000001'] }, 'NOT_FOUND', 'input.socialIssueIds'],
      [{ organizerId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.organizerId'],
      [{ startedOn: '2024-02-30' }, 'BAD_USER_INPUT', 'input.startedOn'],
      [{ startedOn: '2019-01-01' }, 'BAD_USER_INPUT', 'input.startedOn'],
      [{ startedOn: '2999-01-01' }, 'BAD_USER_INPUT', 'input.startedOn'],
      [{ status: 'COMPLETED' }, 'BAD_USER_INPUT', 'input.status'],
      [{ title: '  ' }, 'BAD_USER_INPUT', 'input.title'],
      [{ title: undefined }, 'BAD_USER_INPUT', 'input.title'],
      [{ socialIssueIds: [issueId, { x: 1 }] }, 'BAD_USER_INPUT', 'input.socialIssueIds.1'],
    ];
    for (const [over, code, field] of cases) {
      const r = await create(over);
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    for (const table of ['pro_bono_engagements', 'pro_bono_engagement_social_issues', 'pro_bono_engagement_status_changes'])
      expect(await f.count(table)).toBe(0);
  });

  it('moves status forward on dates that never go back', async () => {
    const id = (await create({ status: 'PROPOSED', startedOn: '2024-03-01' })).data?.createProBonoEngagement.id;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ status: 'COMPLETED', on: '2024-04-01' }, 'BAD_USER_INPUT', 'input.status'],
      [{ status: 'ACTIVE', on: '2024-02-01' }, 'BAD_USER_INPUT', 'input.on'],
      [{ status: 'ACTIVE', on: '2999-01-01' }, 'BAD_USER_INPUT', 'input.on'],
    ];
    for (const [over, code, field] of cases) {
      const r = await t.gql(STATUS, { input: { engagementId: id, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expect(
      (await t.gql<{ changeProBonoEngagementStatus: unknown }>(STATUS, { input: { engagementId: id, status: 'ACTIVE', on: '2024-03-10' } }))
        .data?.changeProBonoEngagementStatus,
    ).toMatchObject({ startedOn: '2024-03-10' });
    const back = await t.gql(STATUS, { input: { engagementId: id, status: 'COMPLETED', on: '2024-03-09' } });
    expectError(back, 'BAD_USER_INPUT', 'input.on');
    await t.gql(STATUS, { input: { engagementId: id, status: 'COMPLETED', on: '2024-06-30' } });
    const again = await t.gql(STATUS, { input: { engagementId: id, status: 'CANCELLED', on: '2024-07-01' } });
    expectError(again, 'CONFLICT');
    const unknown = await t.gql(STATUS, {
      input: { engagementId: '00000000-0000-4000-8000-000000000000', status: 'ACTIVE', on: '2024-07-01' },
    });
    expectError(unknown, 'NOT_FOUND', 'input.engagementId');
    expect(await f.count('pro_bono_engagement_status_changes')).toBe(3);
  });

  it('keeps volunteers with dated hours, totals them, and shows them on the person', async () => {
    const id = (await create()).data?.createProBonoEngagement.id;
    const [a, b] = [await f.person({ name: 'Aoi Sato' }), await f.person({ name: 'Ren Ito' })];
    expect(
      (
        await t.gql<{ addProBonoVolunteer: unknown }>(ADD, {
          input: { engagementId: id, personId: a.id, role: 'project lead', hours: 10, on: '2024-01-15' },
        })
      ).data?.addProBonoVolunteer,
    ).toEqual({
      role: 'project lead',
      hours: 10,
      joinedOn: '2024-01-15',
    });
    await t.gql(ADD, { input: { engagementId: id, personId: b.id, role: 'designer', on: '2024-02-01' } });
    const updated = await t.gql<{ updateProBonoVolunteer: unknown }>(UPDATE_VOLUNTEER, {
      input: { engagementId: id, personId: a.id, hours: 22.5, on: '2024-03-01' },
    });
    expect(updated.data?.updateProBonoVolunteer).toEqual({
      role: 'project lead',
      hours: 22.5,
      changedOn: '2024-03-01',
      history: [
        { role: 'project lead', hours: 10, changedOn: '2024-01-15' },
        { role: 'project lead', hours: 22.5, changedOn: '2024-03-01' },
      ],
    });
    const refused: [string, Record<string, unknown>, string, string][] = [
      [ADD, { personId: a.id, role: 'again', on: '2024-03-01' }, 'CONFLICT', 'input.personId'],
      [ADD, { personId: (await f.person()).id, role: 'x', hours: -1, on: '2024-03-01' }, 'BAD_USER_INPUT', 'input.hours'],
      [ADD, { personId: '00000000-0000-4000-8000-000000000000', role: 'x', on: '2024-03-01' }, 'NOT_FOUND', 'input.personId'],
      [UPDATE_VOLUNTEER, { personId: a.id, hours: -5, on: '2024-04-01' }, 'BAD_USER_INPUT', 'input.hours'],
      [UPDATE_VOLUNTEER, { personId: a.id, hours: 30, on: '2024-02-01' }, 'BAD_USER_INPUT', 'input.on'],
      [UPDATE_VOLUNTEER, { personId: (await f.person()).id, hours: 3, on: '2024-04-01' }, 'NOT_FOUND', 'input.personId'],
    ];
    for (const [doc, over, code, field] of refused) {
      const r = await t.gql(doc, { input: { engagementId: id, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expect(await f.count('pro_bono_volunteer_changes')).toBe(3);
    const read = await t.gqlAs(
      Role.ANALYST,
      `query($id: ID!, $p: ID!) { proBonoEngagement(id: $id) { volunteerTotals { volunteerCount totalHours } volunteers { person { name } role hours } }
        person(id: $p) { proBonoEngagements { role hours engagement { title } } } }`,
      { id, p: a.id },
    );
    expect(read.data).toEqual({
      proBonoEngagement: {
        volunteerTotals: { volunteerCount: 2, totalHours: 22.5 },
        volunteers: [
          { person: { name: 'Aoi Sato' }, role: 'project lead', hours: 22.5 },
          { person: { name: 'Ren Ito' }, role: 'designer', hours: 0 },
        ],
      },
      person: {
        proBonoEngagements: [{ role: 'project lead', hours: 22.5, engagement: { title: 'Support for the Body Care collaboration' } }],
      },
    });
  });

  it('filters engagements by status, organization, social issue, SDG, skill, volunteer and dates', async () => {
    const first = (await create()).data?.createProBonoEngagement.id;
    const city = await f.organization({ name: 'Kawasaki City' });
    const other = await t.gql<{ createSocialIssue: { id: string } }>(
      `mutation { createSocialIssue(input: { name: "Science education" }) { id } }`,
    );
    await create({
      title: 'Rocket program',
      beneficiaryVentureId: null,
      beneficiaryOrganizationId: city.id,
      supportedCollaborationId: null,
      intermediaryId: null,
      socialIssueIds: [other.data?.createSocialIssue.id],
      sdgs: ['QUALITY_EDUCATION'],
      skills: ['Science Education'],
      startedOn: '2024-08-01',
    });
    const person = await f.person();
    await t.gql(ADD, { input: { engagementId: first, personId: person.id, role: 'lead', on: '2024-02-01' } });
    const titles = async (filter: Record<string, unknown>) =>
      expectOk(
        await t.gqlAs<{ proBonoEngagements: { edges: { node: { title: string } }[] } }>(
          Role.ANALYST,
          `query($f: ProBonoEngagementFilter) { proBonoEngagements(filter: $f) { totalCount edges { node { title } } } }`,
          { f: filter },
        ),
      ).proBonoEngagements.edges.map((e) => e.node.title);
    const SUPPORT = 'Support for the Body Care collaboration';
    expect(await titles({})).toEqual(['Rocket program', SUPPORT]);
    expect(await titles({ organizationId: grantId })).toEqual([SUPPORT]);
    expect(await titles({ organizationId: city.id })).toEqual(['Rocket program']);
    expect(await titles({ socialIssueIds: [issueId] })).toEqual([SUPPORT]);
    expect(await titles({ sdgs: ['QUALITY_EDUCATION'] })).toEqual(['Rocket program']);
    expect(await titles({ skill: 'science education' })).toEqual(['Rocket program']);
    expect(await titles({ volunteerPersonId: person.id })).toEqual([SUPPORT]);
    expect(await titles({ startedFrom: '2024-06-01' })).toEqual(['Rocket program']);
    expect(await titles({ beneficiaryVentureId: ventureId, statuses: ['ACTIVE'] })).toEqual([SUPPORT]);
    const bad = await t.gql(`query($f: ProBonoEngagementFilter) { proBonoEngagements(filter: $f) { totalCount } }`, {
      f: { startedFrom: '2024-13-01' },
    });
    expectError(bad, 'BAD_USER_INPUT', 'f.startedFrom');
  });

  it("lists each engagement's social issues when engagements sharing an issue are loaded in one batch", async () => {
    const x = await f.socialIssue({ name: 'X issue' });
    const y = await f.socialIssue({ name: 'Y issue' });
    await f.engagement([[EngagementStatus.ACTIVE, '2024-01-10']], { title: 'G1', socialIssueIds: [x.id, y.id] });
    await f.engagement([[EngagementStatus.ACTIVE, '2024-01-10']], { title: 'G2', socialIssueIds: [x.id] });
    const res = await t.gql<{ proBonoEngagements: { edges: { node: { title: string; socialIssues: { name: string }[] } }[] } }>(
      `{ proBonoEngagements(first: 50) { edges { node { title socialIssues { name } } } } }`,
    );
    const byTitle = new Map(res.data?.proBonoEngagements.edges.map((e) => [e.node.title, e.node.socialIssues]));
    expect(byTitle.get('G1')).toEqual([{ name: 'X issue' }, { name: 'Y issue' }]);
    expect(byTitle.get('G2')).toEqual([{ name: 'X issue' }]);
  });

  it('keeps the social issue list: unique names, and no deleting an issue in use', async () => {
    const dup = await t.gql(`mutation { createSocialIssue(input: { name: "HEALTHY AGEING AND CARE" }) { id } }`);
    expectError(dup, 'CONFLICT', 'input.name');
    await create();
    const inUse = await t.gql(`mutation($id: ID!) { deleteSocialIssue(input: { id: $id }) }`, { id: issueId });
    expectError(inUse, 'CONFLICT');
    const renamed = await t.gql<{ updateSocialIssue: { name: string } }>(
      `mutation($id: ID!) { updateSocialIssue(input: { id: $id, name: "Care for older people" }) { name } }`,
      { id: issueId },
    );
    expect(renamed.data?.updateSocialIssue.name).toBe('Care for older people');
    const spare = await t.gql<{ createSocialIssue: { id: string } }>(
      `mutation { createSocialIssue(input: { name: "Spare", description: "unused" }) { id } }`,
    );
    expect(
      (
        await t.gql<{ deleteSocialIssue: unknown }>(`mutation($id: ID!) { deleteSocialIssue(input: { id: $id }) }`, {
          id: spare.data?.createSocialIssue.id,
        })
      ).data?.deleteSocialIssue,
    ).toBe(spare.data?.createSocialIssue.id);
    const list = await t.gqlAs<{ socialIssues: unknown }>(Role.MENTOR, `{ socialIssues { name } }`);
    expect(list.data?.socialIssues).toEqual([{ name: 'Care for older people' }]);
  });
});
