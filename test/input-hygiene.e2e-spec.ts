import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus } from '../src/enrollments/enrollment-status.enum.js';
import type { GqlResult } from './utils/test-app.js';
import { useTestApp } from './utils/use-test-app.js';

/** The code and field of the first error. */
const refusal = (r: GqlResult) => ({ code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });
const BAD = (field: string) => ({ code: 'BAD_USER_INPUT', field });

describe('input hygiene: no input reaches a 500', () => {
  const t = useTestApp();
  const f = t.f;
  // The answers are read loosely here: each test checks the one field it is about.
  const gql = (query: string, variables?: Record<string, unknown>) => t.gql<Record<string, any>>(query, variables);
  let ventureId: string;
  beforeEach(async () => {
    ventureId = (await f.venture({ name: 'Aozora Care' })).id;
  });

  const exportCsv = (report: string, args: unknown) =>
    fetch(`${t.url}/exports/${report}.csv?args=${encodeURIComponent(JSON.stringify(args))}`, {
      headers: { authorization: `Bearer ${t.accounts[Role.STAFF].token}` },
    });

  describe('text PostgreSQL cannot store (NUL, lone surrogates) is refused with the field', () => {
    it('in names, search filters, ids and lists', async () => {
      const org = await gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
        input: { name: 'Acme\u0000', kind: 'NPO' },
      });
      expect(refusal(org)).toEqual(BAD('input.name'));
      const search = await gql(`query($s: String) { ventures(filter: { search: $s }) { totalCount } }`, { s: 'a\u0000b' });
      expect(refusal(search)).toEqual(BAD('filter.search'));
      const literal = await gql(`{ ventures(filter: { search: "a\\u0000b" }) { totalCount } }`);
      expect(refusal(literal)).toEqual(BAD('filter.search'));
      const id = await gql(`query($id: ID!) { venture(id: $id) { id } }`, { id: '\u0000' });
      expect(refusal(id)).toEqual(BAD('id'));
      const sector = await gql(`mutation($input: UpdateVentureInput!) { updateVenture(input: $input) { id } }`, {
        input: { id: ventureId, name: 'Ok', sector: 'x\uDC00' },
      });
      expect(refusal(sector)).toEqual(BAD('input.sector'));
      expect(await f.count('organizations')).toBe(0);
    });

    it('in the anonymous login and in emails', async () => {
      const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
      expect(refusal(await t.gqlAs('ANONYMOUS', LOGIN, { input: { email: 'a\u0000@x.example', password: 'whatever-password' } }))).toEqual(
        BAD('input.email'),
      );
      expect(refusal(await t.gqlAs('ANONYMOUS', LOGIN, { input: { email: 'a@x.example', password: 'pass\u0000word' } }))).toEqual(
        BAD('input.password'),
      );
      expect(refusal(await t.gqlAs('ANONYMOUS', LOGIN, { input: { email: 'a\uD800@x.example', password: 'whatever-password' } }))).toEqual(
        BAD('input.email'),
      );
      const user = await t.gqlAs(Role.ADMIN, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: 'new\uD800@test.example', password: 'long-enough-password', roles: ['ANALYST'], name: 'New' },
      });
      expect(refusal(user)).toEqual(BAD('input.email'));
    });

    it('in CSV export arguments (400 with the field)', async () => {
      const res = await exportCsv('alumni-search', { filter: { sectors: ['health\u0000'] } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject(BAD('filter.sectors.0'));
      const outcome = await exportCsv('outcome-series', { metricCode: 'FUNDING\u0000', groupBy: 'COHORT' });
      expect(outcome.status).toBe(400);
      expect(await outcome.json()).toMatchObject(BAD('metricCode'));
    });

    it('while well-formed text outside the BMP is stored as it is', async () => {
      const org = await gql(`mutation { createOrganization(input: { name: "Acme 😀 𠮷", kind: NPO }) { name } }`);
      expect(org.data?.createOrganization).toEqual({ name: 'Acme 😀 𠮷' });
    });
  });

  describe('numbers in exponent notation', () => {
    const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id value } }`;
    const record = (value: unknown) =>
      gql(RECORD, { input: { ventureId, metricCode: 'EMPLOYEES_FTE', value, asOf: '2024-01-01', source: 'SURVEY' } });

    it('are values like any other: more decimals than the column keeps is BAD_USER_INPUT, not a 500', async () => {
      expect(refusal(await record(1e-7))).toEqual(BAD('input.value'));
      expect(refusal(await record(1.5e-4))).toEqual(BAD('input.value'));
      expect(refusal(await record(1e16))).toEqual(BAD('input.value'));
      expect((await record(1e-4)).data?.recordOutcome).toMatchObject({ value: 0.0001 });
      expect((await record(2.5e3)).data?.recordOutcome).toMatchObject({ value: 2500 });
      const literal = await gql(
        `mutation { recordOutcome(input: { ventureId: "${ventureId}", metricCode: "EMPLOYEES_FTE", value: 1e-7, asOf: "2024-01-01", source: SURVEY }) { id } }`,
      );
      expect(refusal(literal)).toEqual(BAD('input.value'));
      const id = (await record(3)).data?.recordOutcome.id;
      const CORRECT = `mutation($input: CorrectOutcomeInput!) { correctOutcome(input: $input) { value } }`;
      expect(refusal(await gql(CORRECT, { input: { id, value: 1e-7 } }))).toEqual(BAD('input.value'));
      expect((await gql(CORRECT, { input: { id, value: 5e-1 } })).data?.correctOutcome).toEqual({ value: 0.5 });
    });

    it('in pro bono hours', async () => {
      const engagement = await gql(`mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id } }`, {
        input: { title: 'Support', beneficiaryVentureId: ventureId, startedOn: '2024-01-15', status: 'ACTIVE' },
      });
      const engagementId = engagement.data?.createProBonoEngagement.id;
      const personId = (await f.person()).id;
      const ADD = `mutation($input: AddProBonoVolunteerInput!) { addProBonoVolunteer(input: $input) { hours } }`;
      const UPDATE = `mutation($input: UpdateProBonoVolunteerInput!) { updateProBonoVolunteer(input: $input) { hours } }`;
      expect(refusal(await gql(ADD, { input: { engagementId, personId, role: 'lead', hours: 1e-7, on: '2024-01-20' } }))).toEqual(
        BAD('input.hours'),
      );
      expect(
        (await gql(ADD, { input: { engagementId, personId, role: 'lead', hours: 1e-2, on: '2024-01-20' } })).data?.addProBonoVolunteer,
      ).toEqual({ hours: 0.01 });
      expect(refusal(await gql(UPDATE, { input: { engagementId, personId, hours: 1e-7, on: '2024-02-01' } }))).toEqual(BAD('input.hours'));
      expect(refusal(await gql(UPDATE, { input: { engagementId, personId, hours: 1e300, on: '2024-02-01' } }))).toEqual(BAD('input.hours'));
      expect(
        (await gql(UPDATE, { input: { engagementId, personId, hours: 1.25e1, on: '2024-02-01' } })).data?.updateProBonoVolunteer,
      ).toEqual({ hours: 12.5 });
    });
  });

  describe('an explicit null on an optional list', () => {
    it('means empty on create and unchanged on update', async () => {
      const org = (await f.organization({ name: 'Host' })).id;
      const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id organizers { name } partners { name } sdgs } }`;
      const created = await gql(CREATE, {
        input: { title: 'Demo day', kind: 'OTHER', startsOn: '2024-01-01', online: true, organizerIds: null, partnerIds: null, sdgs: null },
      });
      expect(created.data?.createEvent).toMatchObject({ organizers: [], partners: [], sdgs: [] });
      const id = (
        await gql(CREATE, { input: { title: 'Demo day', kind: 'OTHER', startsOn: '2024-01-01', online: true, organizerIds: [org] } })
      ).data?.createEvent.id;
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { title organizers { name } sdgs } }`;
      const updated = await gql(UPDATE, { input: { id, title: 'Demo day 2', organizerIds: null, partnerIds: null, sdgs: null } });
      expect(updated.data?.updateEvent).toEqual({ title: 'Demo day 2', organizers: [{ name: 'Host' }], sdgs: [] });
    });

    it('means no condition in a filter, and in a list argument', async () => {
      const r = await gql(`{ ventures(filter: { sdgs: null }) { totalCount } events(filter: { kinds: null, sdgs: null }) { totalCount } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ ventures: { totalCount: 1 }, events: { totalCount: 0 } });
    });
  });

  describe('CSV exports', () => {
    it('quote a cell with a bare line break and neutralise a formula at the start of any of its lines', async () => {
      const venture = await f.venture({ name: "Acme Lab\n=cmd|' /C calc'!A0", sector: '+1\r-2' });
      const cohort = await f.cohort((await f.program()).id, 2023);
      await f.enrollment(cohort.id, venture.id, [
        [EnrollmentStatus.ACTIVE, '2023-06-01'],
        [EnrollmentStatus.GRADUATED, '2024-02-28'],
      ]);
      const res = await exportCsv('alumni-search', {});
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain(`"Acme Lab\n'=cmd|' /C calc'!A0","'+1\r'-2"`);
      // Split on any line break, as a lenient reader does: no line starts with a formula.
      expect(text.split(/\r\n|\r|\n/).filter((line) => /^[=+\-@\t]/.test(line))).toEqual([]);
    });
  });
});
