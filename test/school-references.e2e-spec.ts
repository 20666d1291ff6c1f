import { describe, expect, it } from '@jest/globals';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id reference } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id reference } }`;
const CREATE_VENTURE = `mutation($input: CreateVentureInput!) { createVenture(input: $input) { id reference } }`;
const UPDATE_VENTURE = `mutation($input: UpdateVentureInput!) { updateVenture(input: $input) { id reference } }`;
const MERGE_PEOPLE = `mutation($input: MergeInput!) { mergePeople(input: $input) { survivor { id reference } merged { id reference } } }`;
const MERGE_VENTURES = `mutation($input: MergeInput!) { mergeVentures(input: $input) { survivor { id reference } merged { id reference } } }`;

describe("the school's own references on people and ventures", () => {
  const t = useTestApp();

  it('are trimmed, at most 64 characters, unique among live rows (CONFLICT names input.reference)', async () => {
    type P = { createPerson: { id: string; reference: string } };
    const a = expectOk(await t.gql<P>(CREATE_PERSON, { input: { name: 'A', reference: '  S-2004-017 ' } })).createPerson;
    expect(a.reference).toBe('S-2004-017');
    expectError(await t.gql(CREATE_PERSON, { input: { name: 'B', reference: 'S-2004-017' } }), 'CONFLICT', 'input.reference');
    expectError(await t.gql(CREATE_PERSON, { input: { name: 'B', reference: 'x'.repeat(65) } }), 'BAD_USER_INPUT', 'input.reference');
    expectError(await t.gql(CREATE_PERSON, { input: { name: 'B', reference: '   ' } }), 'BAD_USER_INPUT', 'input.reference');
    const b = expectOk(await t.gql<P>(CREATE_PERSON, { input: { name: 'B', reference: 'S-2004-018' } })).createPerson;
    expectError(await t.gql(UPDATE_PERSON, { input: { id: b.id, reference: 'S-2004-017' } }), 'CONFLICT', 'input.reference');
    // Its own reference again is no conflict; null clears it.
    expect(
      expectOk(await t.gql<{ updatePerson: { reference: string } }>(UPDATE_PERSON, { input: { id: b.id, reference: 'S-2004-018' } }))
        .updatePerson.reference,
    ).toBe('S-2004-018');
    expect(
      expectOk(await t.gql<{ updatePerson: { reference: null } }>(UPDATE_PERSON, { input: { id: b.id, reference: null } })).updatePerson
        .reference,
    ).toBeNull();

    type V = { createVenture: { id: string; reference: string } };
    const v = expectOk(await t.gql<V>(CREATE_VENTURE, { input: { name: 'V', reference: 'V-1' } })).createVenture;
    expect(v.reference).toBe('V-1');
    expectError(await t.gql(CREATE_VENTURE, { input: { name: 'W', reference: 'V-1' } }), 'CONFLICT', 'input.reference');
    const w = expectOk(await t.gql<V>(CREATE_VENTURE, { input: { name: 'W' } })).createVenture;
    expectError(await t.gql(UPDATE_VENTURE, { input: { id: w.id, reference: 'V-1' } }), 'CONFLICT', 'input.reference');
    expect(
      expectOk(await t.gql<{ updateVenture: { reference: string } }>(UPDATE_VENTURE, { input: { id: w.id, reference: 'V-2' } }))
        .updateVenture.reference,
    ).toBe('V-2');
  });

  it("a merge keeps the survivor's reference, or takes the merged one's when it has none", async () => {
    const keep = await t.f.person({ name: 'Keep', reference: 'P-1' });
    const gone = await t.f.person({ name: 'Gone', reference: 'P-2' });
    type M = { mergePeople: { survivor: { reference: string | null }; merged: { reference: string | null } } };
    const kept = expectOk(await t.gql<M>(MERGE_PEOPLE, { input: { survivorId: keep.id, mergedId: gone.id } })).mergePeople;
    expect(kept.survivor.reference).toBe('P-1');
    expect(kept.merged.reference).toBe('P-2');

    const bare = await t.f.venture({ name: 'Bare' });
    const named = await t.f.venture({ name: 'Named', reference: 'V-9' });
    type MV = { mergeVentures: { survivor: { id: string; reference: string | null }; merged: { reference: string | null } } };
    const taken = expectOk(await t.gql<MV>(MERGE_VENTURES, { input: { survivorId: bare.id, mergedId: named.id } })).mergeVentures;
    expect(taken.survivor.reference).toBe('V-9');
    expect(taken.merged.reference).toBeNull();
    // A new venture cannot take it: the survivor holds it now.
    expectError(await t.gql(CREATE_VENTURE, { input: { name: 'Other', reference: 'V-9' } }), 'CONFLICT', 'input.reference');
    const [audit] = await t.dataSource.query<{ details: { filled: string[] } }[]>(
      `SELECT details FROM audit_log WHERE operation = 'mergeVentures'`,
    );
    expect(audit.details.filled).toEqual(['reference']);
  });
});
