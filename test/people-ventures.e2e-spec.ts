import { describe, expect, it } from '@jest/globals';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError } from './utils/expect.js';

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) {
  id name email affiliations { role startsOn organization { name } person { name } } } }`;
const CREATE_VENTURE = `mutation($input: CreateVentureInput!) { createVenture(input: $input) {
  id name sector sdgs foundedOn originOrganization { name } founders { role person { name ventures { name } } } } }`;

describe('people and ventures', () => {
  const t = useTestApp();
  const f = t.f;

  it('creates a person with affiliations; email is unique whatever its case (CONFLICT)', async () => {
    const nec = await f.organization({ name: 'NEC' });
    const created = await t.gql<{ createPerson: unknown }>(CREATE_PERSON, {
      input: {
        name: 'Aoi Sato',
        email: 'Aoi@Example.org',
        affiliations: [{ organizationId: nec.id, role: 'engineer', startsOn: '2020-07-01' }],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createPerson).toMatchObject({
      email: 'Aoi@Example.org',
      affiliations: [{ role: 'engineer', startsOn: '2020-07-01', organization: { name: 'NEC' }, person: { name: 'Aoi Sato' } }],
    });
    const clash = await t.gql(CREATE_PERSON, { input: { name: 'Other', email: 'aoi@example.ORG' } });
    expectError(clash, 'CONFLICT', 'input.email');
    const bad = await t.gql(CREATE_PERSON, { input: { name: 'Other', email: 'not-an-email', phone: 'abc' } });
    const fields = (bad.errors?.[0].extensions?.fields as { field: string }[]).map((x) => x.field);
    expect(fields).toEqual(expect.arrayContaining(['input.email', 'input.phone']));
    const badAffiliation = await t.gql(CREATE_PERSON, {
      input: { name: 'Other', affiliations: [{ organizationId: nec.id, startsOn: '2021-01-01', endsOn: '2020-01-01' }] },
    });
    expectError(badAffiliation, 'BAD_USER_INPUT', 'input.affiliations.0.endsOn');
    expect(await f.countPeople()).toBe(1);
    expect(await f.count('affiliations')).toBe(1);
  });

  it('updates a person, adds and removes an affiliation, lists people by organization', async () => {
    const org = await f.organization({ name: 'Service Grant' });
    const person = await f.person({ name: 'Ren Ito', email: 'ren@example.org' });
    const other = await f.person({ name: 'Mei Kato', email: 'mei@example.org' });
    const taken = await t.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { email } }`, {
      input: { id: person.id, email: 'MEI@example.org' },
    });
    expectError(taken, 'CONFLICT');
    const renamed = await t.gql<{ updatePerson: unknown }>(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { name email } }`,
      { input: { id: person.id, name: 'Ren Itō' } },
    );
    expect(renamed.data?.updatePerson).toEqual({ name: 'Ren Itō', email: 'ren@example.org' });

    const added = await t.gql<{ addAffiliation: { id: string } }>(
      `mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { id role organization { name } } }`,
      {
        input: { personId: person.id, organizationId: org.id, role: 'volunteer' },
      },
    );
    expect(added.data?.addAffiliation).toMatchObject({ role: 'volunteer', organization: { name: 'Service Grant' } });
    const byOrg = await t.gql<{ people: unknown }>(
      `query($f: PersonFilter) { people(filter: $f) { totalCount edges { node { name } } } }`,
      { f: { organizationId: org.id } },
    );
    expect(byOrg.data?.people).toEqual({ totalCount: 1, edges: [{ node: { name: 'Ren Itō' } }] });
    const removed = await t.gql<{ removeAffiliation: unknown }>(`mutation($input: IdInput!) { removeAffiliation(input: $input) }`, {
      input: { id: added.data?.addAffiliation.id },
    });
    expect(removed.data?.removeAffiliation).toBe(added.data?.addAffiliation.id);
    expect(await f.count('affiliations')).toBe(0);
    const unknownPerson = await t.gql(`mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { id } }`, {
      input: { personId: '00000000-0000-4000-8000-000000000009', organizationId: org.id },
    });
    expectError(unknownPerson, 'NOT_FOUND', 'input.personId');

    const deleted = await t.gql<{ deletePerson: unknown }>(`mutation($input: IdInput!) { deletePerson(input: $input) }`, {
      input: { id: other.id },
    });
    expect(deleted.data?.deletePerson).toBe(other.id);
    const got = await t.gql<{ person: { name: string } }>(`query($id: ID!) { person(id: $id) { name } }`, { id: person.id });
    expect(got.data?.person.name).toBe('Ren Itō');
  });

  it('creates a venture with founders, SDGs and origin; the founder reaches the venture back', async () => {
    const university = await f.organization({ name: 'Institute of Science Tokyo', kind: OrganizationKind.EDUCATIONAL_INSTITUTION });
    const founder = await f.person({ name: 'Founder' });
    const created = await t.gql<{ createVenture: unknown }>(CREATE_VENTURE, {
      input: {
        name: 'BANSO-CO Inc.',
        sector: 'healthcare',
        sdgs: ['INDUSTRY_INNOVATION_AND_INFRASTRUCTURE', 'GOOD_HEALTH_AND_WELL_BEING', 'GOOD_HEALTH_AND_WELL_BEING'],
        originOrganizationId: university.id,
        founders: [{ personId: founder.id, role: 'CEO' }],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createVenture).toMatchObject({
      name: 'BANSO-CO Inc.',
      sdgs: ['GOOD_HEALTH_AND_WELL_BEING', 'INDUSTRY_INNOVATION_AND_INFRASTRUCTURE'],
      originOrganization: { name: 'Institute of Science Tokyo' },
      founders: [{ role: 'CEO', person: { name: 'Founder', ventures: [{ name: 'BANSO-CO Inc.' }] } }],
    });
    const [row] = await t.dataSource.query(`SELECT sdgs FROM ventures`);
    expect(row.sdgs).toEqual([3, 9]);
  });

  it("lists each founder's ventures when co-founders are loaded in one batch", async () => {
    const a = await f.person({ name: 'A' });
    const b = await f.person({ name: 'B' });
    const alpha = await f.venture({ name: 'Alpha' });
    const beta = await f.venture({ name: 'Beta' });
    await f.founder(alpha.id, a.id);
    await f.founder(alpha.id, b.id);
    await f.founder(beta.id, a.id);
    const res = await t.gql<{ people: { edges: { node: { name: string; ventures: { name: string }[] } }[] } }>(
      `{ people(first: 50) { edges { node { name ventures { name } } } } }`,
    );
    const byName = new Map(res.data?.people.edges.map((e) => [e.node.name, e.node.ventures]));
    expect(byName.get('A')).toEqual([{ name: 'Alpha' }, { name: 'Beta' }]);
    expect(byName.get('B')).toEqual([{ name: 'Alpha' }]);
  });

  it('refuses bad venture input and unknown founders, writing nothing', async () => {
    const bad = await t.gql(CREATE_VENTURE, { input: { name: 'X', sdgs: ['WORLD_PEACE'] } });
    expectError(bad, 'BAD_USER_INPUT');
    const unknown = await t.gql(CREATE_VENTURE, { input: { name: 'X', founders: [{ personId: '00000000-0000-4000-8000-000000000004' }] } });
    expectError(unknown, 'NOT_FOUND', 'input.founders.0.personId');
    const website = await t.gql(CREATE_VENTURE, { input: { name: 'X', website: 'javascript:alert(1)' } });
    expectError(website, 'BAD_USER_INPUT', 'input.website');
    expect(await f.count('ventures')).toBe(0);
    expect(await f.count('venture_founders')).toBe(0);
  });

  it('filters ventures by cohort, sector, SDG, graduation and name', async () => {
    const program = await f.program();
    const c2021 = await f.cohort(program.id, 2021);
    const health = await f.venture({ name: 'Health One', sector: 'healthcare', sdgs: [3] });
    const edu = await f.venture({ name: 'Edu Two', sector: 'education', sdgs: [4, 10] });
    await f.venture({ name: 'Farm Three', sector: 'agriculture', sdgs: [2] });
    await f.enrollment(c2021.id, health.id, [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-01'],
      [E.ACTIVE, '2021-06-01'],
      [E.GRADUATED, '2022-02-28'],
    ]);
    await f.enrollment(c2021.id, edu.id, [[E.APPLIED, '2021-03-01']]);
    const names = async (filter: Record<string, unknown>) =>
      (
        await t.gql<{ ventures: { edges: { node: { name: string } }[] } }>(
          `query($f: VentureFilter) { ventures(filter: $f) { edges { node { name } } } }`,
          { f: filter },
        )
      ).data?.ventures.edges.map((e) => e.node.name);
    expect(await names({ cohortId: c2021.id })).toEqual(['Edu Two', 'Health One']);
    expect(await names({ sector: 'Healthcare' })).toEqual(['Health One']);
    expect(await names({ sdgs: ['REDUCED_INEQUALITIES', 'ZERO_HUNGER'] })).toEqual(['Edu Two', 'Farm Three']);
    expect(await names({ graduated: true })).toEqual(['Health One']);
    expect(await names({ graduated: false })).toEqual(['Edu Two', 'Farm Three']);
    expect(await names({ search: 'two' })).toEqual(['Edu Two']);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('updates founders and SDGs as whole lists; refuses deleting an enrolled venture or a founding person', async () => {
    const a = await f.person({ name: 'A' });
    const b = await f.person({ name: 'B' });
    const venture = await f.venture({ name: 'V', sdgs: [1] });
    await f.founder(venture.id, a.id);
    const updated = await t.gql<{ updateVenture: unknown }>(
      `mutation($input: UpdateVentureInput!) { updateVenture(input: $input) { sdgs founders { person { name } } } }`,
      {
        input: { id: venture.id, sdgs: ['CLIMATE_ACTION'], founders: [{ personId: b.id }] },
      },
    );
    expect(updated.data?.updateVenture).toEqual({ sdgs: ['CLIMATE_ACTION'], founders: [{ person: { name: 'B' } }] });
    const founderDelete = await t.gql(`mutation($input: IdInput!) { deletePerson(input: $input) }`, { input: { id: b.id } });
    expectError(founderDelete, 'CONFLICT');

    const program = await f.program();
    const cohort = await f.cohort(program.id, 2020);
    await f.enrollment(cohort.id, venture.id, [[E.APPLIED, '2020-03-01']]);
    const refused = await t.gql(`mutation($input: IdInput!) { deleteVenture(input: $input) }`, { input: { id: venture.id } });
    expectError(refused, 'CONFLICT');
    const free = await f.venture();
    const deleted = await t.gql<{ deleteVenture: unknown }>(`mutation($input: IdInput!) { deleteVenture(input: $input) }`, {
      input: { id: free.id },
    });
    expect(deleted.data?.deleteVenture).toBe(free.id);
    expect(await f.count('ventures')).toBe(1);
    const byId = await t.gql(`query($id: ID!) { venture(id: $id) { name } }`, { id: free.id });
    expectError(byId, 'NOT_FOUND');
  });
});
