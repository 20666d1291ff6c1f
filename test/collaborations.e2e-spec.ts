import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const CREATE = `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) {
  id title stage stageOn startedOn domain kind sdgs venture { name } organization { name } stageHistory { fromStage toStage changedOn } } }`;
const CHANGE = `mutation($input: ChangeCollaborationStageInput!) { changeCollaborationStage(input: $input) { stage stageOn endedOn } }`;

describe('corporate collaborations', () => {
  const t = useTestApp();
  const f = t.f;
  let ventureId: string;
  let necId: string;
  let bodyCareId: string;
  beforeEach(async () => {
    ventureId = (await f.venture({ name: 'BANSO-CO Inc.', foundedOn: '2020-04-01' })).id;
    necId = (await f.organization({ name: 'NEC', kind: OrganizationKind.COMPANY })).id;
    bodyCareId = (await f.organization({ name: 'NEC Body Care', kind: OrganizationKind.CORPORATE_UNIT, parentId: necId })).id;
  });

  const create = (over: Record<string, unknown> = {}) =>
    t.gql<{ createCollaboration: { id: string } }>(CREATE, {
      input: {
        ventureId,
        organizationId: bodyCareId,
        title: 'Body care service',
        domain: 'HEALTHCARE',
        kind: 'DEMONSTRATION_PROJECT',
        startedOn: '2022-06-01',
        sdgs: ['GOOD_HEALTH_AND_WELL_BEING'],
        ...over,
      },
    });

  it('moves a collaboration forward through dated stages, keeping the history', async () => {
    const created = await create();
    expect(created.data?.createCollaboration).toMatchObject({
      stage: 'EXPLORING',
      stageOn: '2022-06-01',
      venture: { name: 'BANSO-CO Inc.' },
      organization: { name: 'NEC Body Care' },
      stageHistory: [{ fromStage: null, toStage: 'EXPLORING', changedOn: '2022-06-01' }],
    });
    const id = expectOk(created).createCollaboration.id;
    expect(
      (
        await t.gql<{ changeCollaborationStage: { stage: string } }>(CHANGE, {
          input: { collaborationId: id, stage: 'PILOT', on: '2023-01-10' },
        })
      ).data?.changeCollaborationStage.stage,
    ).toBe('PILOT');
    // Skipping forward is allowed.
    expect(
      (
        await t.gql<{ changeCollaborationStage: { stage: string } }>(CHANGE, {
          input: { collaborationId: id, stage: 'COMMERCIAL', on: '2024-04-01' },
        })
      ).data?.changeCollaborationStage.stage,
    ).toBe('COMMERCIAL');
    const ended = await t.gql<{ changeCollaborationStage: unknown }>(CHANGE, {
      input: { collaborationId: id, stage: 'ENDED', on: '2025-03-31', reason: 'Service closed' },
    });
    expect(ended.data?.changeCollaborationStage).toEqual({ stage: 'ENDED', stageOn: '2025-03-31', endedOn: '2025-03-31' });
    const read = await t.gqlAs<{ venture: { collaborations: { stageHistory: unknown }[] } }>(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { collaborations { stageHistory { toStage changedOn reason } } } }`,
      { id: ventureId },
    );
    expect(read.data?.venture.collaborations[0].stageHistory).toEqual([
      { toStage: 'EXPLORING', changedOn: '2022-06-01', reason: null },
      { toStage: 'PILOT', changedOn: '2023-01-10', reason: null },
      { toStage: 'COMMERCIAL', changedOn: '2024-04-01', reason: null },
      { toStage: 'ENDED', changedOn: '2025-03-31', reason: 'Service closed' },
    ]);
    const afterEnd = await t.gql(CHANGE, { input: { collaborationId: id, stage: 'COMMERCIAL', on: '2025-04-01' } });
    expectError(afterEnd, 'CONFLICT');
  });

  it('refuses backward stages, dates that go back, ending without a reason, and starts before the venture existed', async () => {
    const id = expectOk(await create({ stage: 'PILOT' })).createCollaboration.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ stage: 'EXPLORING', on: '2023-01-01' }, 'input.stage'],
      [{ stage: 'PILOT', on: '2023-01-01' }, 'input.stage'],
      [{ stage: 'DEMONSTRATION', on: '2022-01-01' }, 'input.on'],
      [{ stage: 'DEMONSTRATION', on: '2999-01-01' }, 'input.on'],
      [{ stage: 'ENDED', on: '2023-01-01' }, 'input.reason'],
    ];
    for (const [over, field] of cases) {
      const r = await t.gql(CHANGE, { input: { collaborationId: id, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, 'BAD_USER_INPUT', field]);
    }
    expect(await f.count('collaboration_stage_changes')).toBe(1);
    const early = await create({ startedOn: '2019-01-01' });
    expectError(early, 'BAD_USER_INPUT', 'input.startedOn');
    const endedStart = await create({ stage: 'ENDED' });
    expectError(endedStart, 'BAD_USER_INPUT', 'input.stage');
    const unknown = await create({ organizationId: '00000000-0000-4000-8000-000000000000' });
    expectError(unknown, 'NOT_FOUND', 'input.organizationId');
    expect(await f.count('collaborations')).toBe(1);
  });

  it('filters by organization (with its units), stage, domain and SDG; organizations list their own', async () => {
    await create();
    const other = await f.venture({ name: 'Other' });
    await create({ ventureId: other.id, organizationId: necId, domain: 'EDUCATION', sdgs: ['QUALITY_EDUCATION'], title: 'Schools' });
    const titles = async (filter: Record<string, unknown>) =>
      (
        await t.gqlAs<{ collaborations: { edges: { node: { title: string } }[] } }>(
          Role.ANALYST,
          `query($f: CollaborationFilter) { collaborations(filter: $f) { edges { node { title } } } }`,
          { f: filter },
        )
      ).data?.collaborations.edges
        .map((e) => e.node.title)
        .sort();
    expect(await titles({ organizationId: necId })).toEqual(['Body care service', 'Schools']);
    expect(await titles({ organizationId: bodyCareId })).toEqual(['Body care service']);
    expect(await titles({ domains: ['EDUCATION'] })).toEqual(['Schools']);
    expect(await titles({ sdgs: ['GOOD_HEALTH_AND_WELL_BEING'] })).toEqual(['Body care service']);
    expect(await titles({ stages: ['PILOT'] })).toEqual([]);
    const org = await t.gql<{ organization: { collaborations: unknown } }>(
      `query($id: ID!) { organization(id: $id) { collaborations { title } } }`,
      { id: bodyCareId },
    );
    expect(org.data?.organization.collaborations).toEqual([{ title: 'Body care service' }]);
  });
});
