import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id value currency periodStart periodEnd asOf source metric { code unit kind } } }`;
const CORRECT = `mutation($input: CorrectOutcomeInput!) { correctOutcome(input: $input) { id value note history { value supersededAt } } }`;

describe('outcomes and recognitions', () => {
  const t = useTestApp();
  const f = t.f;
  let ventureId: string;
  beforeEach(async () => {
    ventureId = (await f.venture({ name: 'Aozora Care' })).id;
  });

  const record = (over: Record<string, unknown>) =>
    t.gql<{ recordOutcome: { id: string } }>(RECORD, {
      input: {
        ventureId,
        metricCode: 'FUNDING_RAISED',
        value: 5_000_000,
        currency: 'JPY',
        periodStart: '2023-04-01',
        periodEnd: '2024-03-31',
        source: 'SURVEY',
        ...over,
      },
    });

  it('comes with the starter metrics, and staff can add one', async () => {
    const list = await t.gqlAs<{ metricDefinitions: unknown }>(Role.ANALYST, `{ metricDefinitions { code unit kind aggregation } }`);
    expect(list.data?.metricDefinitions).toEqual([
      { code: 'BENEFICIARIES_REACHED', unit: 'PEOPLE', kind: 'FLOW', aggregation: 'SUM' },
      { code: 'EMPLOYEES_FTE', unit: 'PEOPLE', kind: 'STOCK', aggregation: 'LAST' },
      { code: 'FUNDING_RAISED', unit: 'MONEY', kind: 'FLOW', aggregation: 'SUM' },
      { code: 'REVENUE', unit: 'MONEY', kind: 'FLOW', aggregation: 'SUM' },
      { code: 'VOLUNTEERS_ENGAGED', unit: 'PEOPLE', kind: 'FLOW', aggregation: 'SUM' },
    ]);
    const CREATE = `mutation($input: CreateMetricDefinitionInput!) { createMetricDefinition(input: $input) { code } }`;
    const input = { code: 'WASTE_DIVERTED', name: 'Waste diverted (t)', unit: 'COUNT', kind: 'FLOW', aggregation: 'SUM' };
    expect((await t.gql<{ createMetricDefinition: { code: string } }>(CREATE, { input })).data?.createMetricDefinition.code).toBe(
      'WASTE_DIVERTED',
    );
    expectError(await t.gql(CREATE, { input }), 'CONFLICT', 'input.code');
    expectError(await t.gql(CREATE, { input: { ...input, code: 'waste' } }), 'BAD_USER_INPUT', 'input.code');
    // Metrics are reference data: the starter set remains after a test reset too.
    expect(await f.count('metric_definitions')).toBe(6);
  });

  it('records flows over a period and stocks on a date, money with a currency', async () => {
    const flow = await record({});
    expect(flow.data?.recordOutcome).toMatchObject({
      value: 5_000_000,
      currency: 'JPY',
      periodStart: '2023-04-01',
      periodEnd: '2024-03-31',
      asOf: null,
      metric: { code: 'FUNDING_RAISED', unit: 'MONEY', kind: 'FLOW' },
    });
    const stock = await record({
      metricCode: 'EMPLOYEES_FTE',
      value: 7.5,
      currency: null,
      periodStart: null,
      periodEnd: null,
      asOf: '2024-02-29',
    });
    expect(stock.data?.recordOutcome).toMatchObject({ value: 7.5, currency: null, asOf: '2024-02-29' });
    const read = await t.gqlAs<{ recordOutcome: unknown; venture: { outcomes: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { outcomes { metric { code } value } } }`,
      { id: ventureId },
    );
    expect(read.data?.venture.outcomes).toEqual([
      { metric: { code: 'FUNDING_RAISED' }, value: 5_000_000 },
      { metric: { code: 'EMPLOYEES_FTE' }, value: 7.5 },
    ]);
  });

  it('refuses values that break the metric’s rules, naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ currency: null }, 'BAD_USER_INPUT', 'input.currency'],
      [{ metricCode: 'EMPLOYEES_FTE', asOf: '2024-03-31', periodStart: null, periodEnd: null }, 'BAD_USER_INPUT', 'input.currency'],
      [{ periodEnd: '2023-01-01' }, 'BAD_USER_INPUT', 'input.periodEnd'],
      [{ periodEnd: null }, 'BAD_USER_INPUT', 'input.periodEnd'],
      [{ asOf: '2024-01-01' }, 'BAD_USER_INPUT', 'input.asOf'],
      [{ metricCode: 'EMPLOYEES_FTE', currency: null }, 'BAD_USER_INPUT', 'input.periodStart'],
      [{ periodEnd: '2999-03-31' }, 'BAD_USER_INPUT', 'input.periodEnd'],
      [{ value: -1 }, 'BAD_USER_INPUT', 'input.value'],
      [{ currency: 'GBP' }, 'BAD_USER_INPUT', 'input.currency'],
      [{ metricCode: 'NOPE' }, 'NOT_FOUND', 'input.metricCode'],
      [{ ventureId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.ventureId'],
    ];
    for (const [over, code, field] of cases) {
      const r = await record(over);
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expect(await f.count('outcome_records')).toBe(0);
  });

  it('corrects by superseding: the old value stays in history, only the current one counts', async () => {
    const id = (await record({})).data?.recordOutcome.id;
    const fixed = await t.gql<{ correctOutcome: { history: { value: number; supersededAt: string | null }[]; id: string } }>(CORRECT, {
      input: { id, value: 6_000_000, note: 'Survey typo' },
    });
    expect(fixed.data?.correctOutcome).toMatchObject({ value: 6_000_000, note: 'Survey typo' });
    const [first, second] = expectOk(fixed).correctOutcome.history;
    expect([first.value, second.value, typeof first.supersededAt, second.supersededAt]).toEqual([5_000_000, 6_000_000, 'string', null]);
    const again = await t.gql(CORRECT, { input: { id, value: 1 } });
    expectError(again, 'CONFLICT', 'input.id');
    const bad = await t.gql(CORRECT, { input: { id: fixed.data?.correctOutcome.id, currency: null } });
    expectError(bad, 'BAD_USER_INPUT', 'input.currency');
    const current = await t.gqlAs<{ outcomeRecords: unknown }>(Role.ANALYST, `{ outcomeRecords { totalCount edges { node { value } } } }`);
    expect(current.data?.outcomeRecords).toEqual({ totalCount: 1, edges: [{ node: { value: 6_000_000 } }] });
    const all = await t.gqlAs<{ outcomeRecords: { totalCount: number } }>(
      Role.ANALYST,
      `{ outcomeRecords(filter: { includeSuperseded: true, metricCodes: ["FUNDING_RAISED"] }) { totalCount } }`,
    );
    expect(all.data?.outcomeRecords.totalCount).toBe(2);
  });

  it('keeps recognitions of ventures and people, shown on both and in the timeline', async () => {
    const person = await f.person({ name: 'Haruka Sato' });
    const hbs = await f.organization({ name: 'Harvard Business School Club of Japan' });
    const CREATE = `mutation($input: CreateRecognitionInput!) { createRecognition(input: $input) { id name year awardingOrganization { name } venture { name } person { name } } }`;
    const award = await t.gql<{ createRecognition: { id: string } }>(CREATE, {
      input: {
        name: 'Entrepreneur of the Year',
        kind: 'AWARD',
        year: 2019,
        awardingOrganizationId: hbs.id,
        ventureId,
        personId: person.id,
      },
    });
    expect(award.data?.createRecognition).toMatchObject({
      awardingOrganization: { name: 'Harvard Business School Club of Japan' },
      venture: { name: 'Aozora Care' },
      person: { name: 'Haruka Sato' },
    });
    const refused: [Record<string, unknown>, string, string][] = [
      [{ ventureId: null }, 'BAD_USER_INPUT', 'input.ventureId'],
      [{ receivedOn: '2020-05-01' }, 'BAD_USER_INPUT', 'input.receivedOn'],
      [{ year: 1800 }, 'BAD_USER_INPUT', 'input.year'],
      [{ awardingOrganizationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.awardingOrganizationId'],
    ];
    for (const [over, code, field] of refused) {
      const r = await t.gql(CREATE, { input: { name: 'X', kind: 'AWARD', year: 2019, ventureId, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    await record({ metricCode: 'EMPLOYEES_FTE', currency: null, periodStart: null, periodEnd: null, asOf: '2020-03-31', value: 4 });
    const read = await t.gqlAs(
      Role.ANALYST,
      `query($v: ID!, $p: ID!) { venture(id: $v) { recognitions { name } timeline(kinds: [OUTCOME, RECOGNITION]) { __typename
          ... on TimelineOutcome { on record { value } } ... on TimelineRecognition { on recognition { name } } } }
        person(id: $p) { recognitions { name } } recognitions(filter: { yearFrom: 2019, kinds: [AWARD] }) { totalCount } }`,
      { v: ventureId, p: person.id },
    );
    expect(read.data).toEqual({
      venture: {
        recognitions: [{ name: 'Entrepreneur of the Year' }],
        timeline: [
          { __typename: 'TimelineRecognition', on: '2019-01-01', recognition: { name: 'Entrepreneur of the Year' } },
          { __typename: 'TimelineOutcome', on: '2020-03-31', record: { value: 4 } },
        ],
      },
      person: { recognitions: [{ name: 'Entrepreneur of the Year' }] },
      recognitions: { totalCount: 1 },
    });
    expect(
      (
        await t.gql<{ deleteRecognition: unknown }>(`mutation($id: ID!) { deleteRecognition(input: { id: $id }) }`, {
          id: award.data?.createRecognition.id,
        })
      ).data?.deleteRecognition,
    ).toBe(award.data?.createRecognition.id);
  });
});
