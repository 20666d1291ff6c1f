import { describe, expect, it } from '@jest/globals';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError } from './utils/expect.js';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind website country parent { id name } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name kind parent { id } } }`;
const DELETE = `mutation($input: IdInput!) { deleteOrganization(input: $input) }`;

describe('organizations', () => {
  const t = useTestApp();
  const f = t.f;

  it('creates a corporate unit under its parent and reads it back with parent and children', async () => {
    const nec = await t.gql<{ createOrganization: { id: string } }>(CREATE, {
      input: { name: 'NEC Corporation', kind: 'COMPANY', country: 'JP' },
    });
    expect(nec.errors).toBeUndefined();
    const necId = nec.data?.createOrganization.id;
    const unit = await t.gql<{ createOrganization: unknown }>(CREATE, {
      input: { name: '  NEC Body Care ', kind: 'CORPORATE_UNIT', parentId: necId, website: 'https://example.com' },
    });
    expect(unit.data?.createOrganization).toMatchObject({
      name: 'NEC Body Care',
      kind: 'CORPORATE_UNIT',
      parent: { id: necId, name: 'NEC Corporation' },
    });

    const read = await t.gql<{ organization: unknown }>(
      `query($id: ID!) { organization(id: $id) { name children { name } parent { id } } }`,
      { id: necId },
    );
    expect(read.data?.organization).toEqual({ name: 'NEC Corporation', children: [{ name: 'NEC Body Care' }], parent: null });
  });

  it('refuses invalid input with BAD_USER_INPUT naming each field, and writes nothing', async () => {
    const r = await t.gql(CREATE, { input: { name: '', kind: 'NPO', website: 'not a url' } });
    expectError(r, 'BAD_USER_INPUT');
    const fields = (r.errors?.[0].extensions?.fields as { field: string }[]).map((x) => x.field);
    expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.website']));
    expect(await f.count('organizations')).toBe(0);
  });

  it('refuses an unknown kind at the GraphQL layer', async () => {
    const r = await t.gql(CREATE, { input: { name: 'X', kind: 'CHARITY' } });
    expectError(r, 'BAD_USER_INPUT');
    expect(await f.count('organizations')).toBe(0);
  });

  it('answers NOT_FOUND for an unknown id, an unknown parent and a malformed id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const byId = await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: missing });
    expectError(byId, 'NOT_FOUND');
    expect(byId.errors?.[0].path).toEqual(['organization']);
    const malformed = await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: 'nope' });
    expectError(malformed, 'NOT_FOUND');
    const parent = await t.gql(CREATE, { input: { name: 'X', kind: 'NPO', parentId: missing } });
    expectError(parent, 'NOT_FOUND', 'input.parentId');
    expect(await f.count('organizations')).toBe(0);
  });

  it('updates only the given fields, clears with null, and refuses a parent cycle', async () => {
    const a = await f.organization({ name: 'A', website: 'https://a.example' });
    const b = await f.organization({ name: 'B', parentId: a.id });
    const renamed = await t.gql<{ updateOrganization: unknown }>(UPDATE, { input: { id: a.id, name: 'A2' } });
    expect(renamed.data?.updateOrganization).toMatchObject({ name: 'A2', kind: 'NPO' });
    const cleared = await t.gql<{ updateOrganization: { website: unknown } }>(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { website } }`,
      {
        input: { id: a.id, website: null },
      },
    );
    expect(cleared.data?.updateOrganization.website).toBeNull();

    const cycle = await t.gql(UPDATE, { input: { id: a.id, parentId: b.id } });
    expectError(cycle, 'BAD_USER_INPUT', 'input.parentId');
    const nullName = await t.gql(UPDATE, { input: { id: a.id, name: null } });
    expectError(nullName, 'BAD_USER_INPUT', 'input.name');
    const [row] = await t.dataSource.query(`SELECT name, parent_id FROM organizations WHERE id = $1`, [a.id]);
    expect(row).toEqual({ name: 'A2', parent_id: null });
  });

  it('deletes an unreferenced organization and refuses one still referenced with CONFLICT', async () => {
    const parent = await f.organization();
    await f.organization({ parentId: parent.id });
    const refused = await t.gql(DELETE, { input: { id: parent.id } });
    expectError(refused, 'CONFLICT');
    expect(await f.count('organizations')).toBe(2);

    const lone = await f.organization();
    const deleted = await t.gql<{ deleteOrganization: unknown }>(DELETE, { input: { id: lone.id } });
    expect(deleted.data?.deleteOrganization).toBe(lone.id);
    expect(await f.count('organizations')).toBe(2);
    const again = await t.gql(DELETE, { input: { id: lone.id } });
    expectError(again, 'NOT_FOUND');
  });

  it('lists with filters, keyset pagination over two pages, and totalCount', async () => {
    const nec = await f.organization({ name: 'NEC', kind: OrganizationKind.COMPANY });
    for (const name of ['Kawasaki City', 'Fukushima Prefecture', 'Yamaguchi Prefecture'])
      await f.organization({ name, kind: OrganizationKind.LOCAL_GOVERNMENT });
    await f.organization({ name: 'NEC Pro Bono Club', kind: OrganizationKind.EMPLOYEE_GROUP, parentId: nec.id });
    const LIST = `query($first: Int, $after: String, $filter: OrganizationFilter) {
      organizations(first: $first, after: $after, filter: $filter) {
        totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const page1 = await t.gql<{
      organizations: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { endCursor: string | null } };
    }>(LIST, { first: 2, filter: { kinds: ['LOCAL_GOVERNMENT'] } });
    expect(page1.data?.organizations.totalCount).toBe(3);
    expect(page1.data?.organizations.edges.map((e) => e.node.name)).toEqual(['Fukushima Prefecture', 'Kawasaki City']);
    expect(page1.data?.organizations.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // A row inserted before the cursor does not shift the next page.
    await f.organization({ name: 'Aomori Prefecture', kind: OrganizationKind.LOCAL_GOVERNMENT });
    const page2 = await t.gql<{ organizations: { edges: { node: { name: string } }[]; pageInfo: unknown } }>(LIST, {
      first: 2,
      after: page1.data?.organizations.pageInfo.endCursor,
      filter: { kinds: ['LOCAL_GOVERNMENT'] },
    });
    expect(page2.data?.organizations.edges.map((e) => e.node.name)).toEqual(['Yamaguchi Prefecture']);
    expect(page2.data?.organizations.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const children = await t.gql<{ organizations: { edges: { node: { name: string } }[] } }>(LIST, { filter: { parentId: nec.id } });
    expect(children.data?.organizations.edges.map((e) => e.node.name)).toEqual(['NEC Pro Bono Club']);
    const search = await t.gql<{ organizations: { totalCount: number } }>(LIST, { filter: { search: 'pro bono' } });
    expect(search.data?.organizations.totalCount).toBe(1);
    const top = await t.gql<{ organizations: { edges: { node: { name: string } }[] } }>(LIST, {
      filter: { topLevel: true, kinds: ['COMPANY', 'EMPLOYEE_GROUP'] },
    });
    expect(top.data?.organizations.edges.map((e) => e.node.name)).toEqual(['NEC']);
  });

  it('caps the page size at 100 and rejects a forged cursor', async () => {
    const big = await t.gql(`{ organizations(first: 101) { totalCount } }`);
    expectError(big, 'BAD_USER_INPUT', 'first');
    const forged = await t.gql(`{ organizations(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expectError(forged, 'BAD_USER_INPUT', 'after');
  });
});
