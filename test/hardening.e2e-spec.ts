import { describe, expect, it } from '@jest/globals';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { expectError } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

/** Issue 13: partial results, error messages that say nothing about the schema or the tables, timeouts, ownership. */
describe('hardening', () => {
  const t = useTestApp();

  describe('partial results', () => {
    it('every root Query and Mutation field is nullable, so one failing field does not null the others', async () => {
      type Fields = { __schema: { queryType: Root; mutationType: Root } };
      type Root = { fields: { name: string; type: { kind: string } }[] };
      const r = await t.gql<Fields>(
        `{ __schema { queryType { fields { name type { kind } } } mutationType { fields { name type { kind } } } } }`,
      );
      const roots = [...r.data!.__schema.queryType.fields, ...r.data!.__schema.mutationType.fields];
      expect(roots.length).toBeGreaterThan(90);
      expect(roots.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name)).toEqual([]);
    });

    it('a query answers its good fields next to a field that fails', async () => {
      const program = await t.f.program({ name: 'Kept' });
      const r = await t.gql<{ programs: { edges: { node: { name: string } }[] }; cohort: unknown }>(
        `{ programs { edges { node { name } } } cohort(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      );
      expect(r.data?.programs.edges.map((e) => e.node.name)).toEqual([program.name]);
      expect(r.data?.cohort).toBeNull();
      expectError(r, 'NOT_FOUND');
      expect(r.errors?.[0].path).toEqual(['cohort']);
    });

    it('two aliased mutations where the second fails: the first one committed and its id comes back', async () => {
      const r = await t.gql<{ a: { id: string } | null; b: unknown }>(
        `mutation { a: createOrganization(input: { name: "First", kind: NPO }) { id }
                    b: deleteOrganization(input: { id: "00000000-0000-4000-8000-000000000000" }) }`,
      );
      expectError(r, 'NOT_FOUND');
      expect(r.data?.b).toBeNull();
      const id = r.data?.a?.id;
      expect(id).toEqual(expect.any(String));
      const [row] = await t.dataSource.query<unknown[]>(`SELECT name, kind FROM organizations WHERE id = $1`, [id]);
      expect(row).toEqual({ name: 'First', kind: OrganizationKind.NPO });
    });
  });
});
