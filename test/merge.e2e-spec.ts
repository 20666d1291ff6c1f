import { describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage, ContactSide } from '../src/collaborations/collaboration.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { PERSON_REFERENCES, VENTURE_REFERENCES } from '../src/merges/merge-references.js';
import { RecognitionKind } from '../src/outcomes/outcome.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

const DUPLICATES = `query($kind: DuplicateKind!, $first: Int, $after: String) {
  likelyDuplicates(kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind reason key ids people { name } ventures { name } } } } }`;
const MERGE_PEOPLE = `mutation($input: MergeInput!) { mergePeople(input: $input) {
  survivor { id version nameKana email } merged { id version mergedInto { id } } moves { reference moved folded } } }`;
const MERGE_VENTURES = `mutation($input: MergeInput!) { mergeVentures(input: $input) {
  survivor { id version sector sdgs } merged { id mergedInto { id } } moves { reference moved folded } } }`;

type Group = {
  id: string;
  kind: string;
  reason: string;
  key: string;
  ids: string[];
  people: { name: string }[];
  ventures: { name: string }[];
};
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Group }[] };
type Move = { reference: string; moved: number; folded: number };

/** Tables a failed merge must leave exactly as they were. */
const WATCHED = [
  'people',
  'ventures',
  'venture_founders',
  'enrollments',
  'users',
  'mentors',
  'pro_bono_volunteers',
  'pro_bono_hour_entries',
  'collaboration_contacts',
  'mentoring_sessions',
  'audit_log',
];

describe('likely duplicates and merges', () => {
  const t = useTestApp();
  const f = t.f;
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query<T[]>(sql, params);
  const snapshot = async () => {
    const out: Record<string, unknown> = {};
    for (const table of WATCHED) out[table] = (await q(`SELECT coalesce(json_agg(x ORDER BY x::text), '[]') AS rows FROM ${table} x`))[0];
    return out;
  };
  const duplicates = async (kind: string, first = 20, after?: string) =>
    expectOk(await t.gql<{ likelyDuplicates: Page }>(DUPLICATES, { kind, first, after })).likelyDuplicates;
  /** Rows that still name `id` through a reference a merge moves. */
  const leftOver = async (references: typeof PERSON_REFERENCES, id: string) => {
    const left: Record<string, number> = {};
    for (const r of references) {
      const where = r.column.endsWith('_ids') ? `$1::uuid = ANY("${r.column}")` : `"${r.column}" = $1`;
      const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "${r.table}" WHERE ${where}`, [id]);
      if (n) left[`${r.table}.${r.column}`] = n;
    }
    return left;
  };

  it('knows every foreign key to people and ventures (a new one fails here until merge-references.ts moves it)', async () => {
    const keys = async (table: string) =>
      (
        await q<{ ref: string }>(
          `SELECT c.conrelid::regclass::text || '.' || a.attname AS ref
             FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
            WHERE c.contype = 'f' AND c.confrelid = $1::regclass ORDER BY 1`,
          [table],
        )
      ).map((r) => r.ref);
    const handled = (refs: typeof PERSON_REFERENCES) =>
      refs
        .filter((r) => r.foreignKey)
        .map((r) => `${r.table}.${r.column}`)
        .sort();
    expect(await keys('people')).toEqual(handled(PERSON_REFERENCES));
    expect(await keys('ventures')).toEqual(handled(VENTURE_REFERENCES));
    // Columns that hold such ids without a foreign key are listed too (attendees, the sessions' copy of the venture).
    const named = await q<{ ref: string }>(
      `SELECT table_name || '.' || column_name AS ref FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name ~ '(person|venture)_ids?$' ORDER BY 1`,
    );
    const all = [...PERSON_REFERENCES, ...VENTURE_REFERENCES].map((r) => `${r.table}.${r.column}`);
    expect(named.map((r) => r.ref).filter((ref) => !all.includes(ref))).toEqual([]);
  });

  it('lists people with the same name across width, kana and spacing, or the same email, in pages', async () => {
    const a = await f.person({ name: '山田 太郎' });
    const b = await f.person({ name: '山田　太郎' });
    const c = await f.person({ name: 'やまだ たろう' });
    const d = await f.person({ name: 'ﾔﾏﾀﾞ ﾀﾛｳ' });
    const e = await f.person({ name: 'Hanako Sato', email: 'hanako@example.com' });
    const g = await f.person({ name: 'H. Sato', email: 'ＨＡＮＡＫＯ@example.com' });
    const h = await f.person({ name: 'Taro YAMADA' });
    const i = await f.person({ name: 'ｔａｒｏ ｙａｍａｄａ' });
    await f.person({ name: 'Someone Else' });
    // A merged row is no longer a candidate.
    const merged = await f.person({ name: 'Taro Yamada' });
    await q(`UPDATE people SET merged_into_id = $1 WHERE id = $2`, [h.id, merged.id]);

    const all = await duplicates('PERSON');
    expect(all.totalCount).toBe(4);
    expect(all.edges.map((x) => [x.node.reason, x.node.key, x.node.ids])).toEqual([
      ['SAME_EMAIL', 'hanako@example.com', [e.id, g.id]],
      ['SAME_NAME', 'taroyamada', [h.id, i.id]],
      ['SAME_NAME', 'ヤマダタロウ', [c.id, d.id]],
      ['SAME_NAME', '山田太郎', [a.id, b.id]],
    ]);
    expect(all.edges[0].node).toMatchObject({
      id: e.id,
      kind: 'PERSON',
      people: [{ name: 'Hanako Sato' }, { name: 'H. Sato' }],
      ventures: [],
    });

    const first = await duplicates('PERSON', 3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await duplicates('PERSON', 3, first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((x) => x.node.id)).toEqual(all.edges.map((x) => x.node.id));
  });

  it('lists ventures with the same normalised name', async () => {
    const a = await f.venture({ name: 'ソーシャル・ラボ' });
    const b = await f.venture({ name: 'ｿｰｼｬﾙ･ﾗﾎﾞ' });
    await f.venture({ name: 'Other Lab' });
    const page = await duplicates('VENTURE');
    expect(page.edges.map((x) => x.node)).toEqual([
      {
        id: a.id,
        kind: 'VENTURE',
        reason: 'SAME_NAME',
        key: 'ソーシャル・ラボ',
        ids: [a.id, b.id],
        people: [],
        ventures: [{ name: 'ソーシャル・ラボ' }, { name: 'ｿｰｼｬﾙ･ﾗﾎﾞ' }],
      },
    ]);
  });

  it('merges two people: every reference moves, collisions fold, empty fields fill, the merged one stays by id', async () => {
    const s = await f.person({ name: '山田 太郎' });
    const m = await f.person({ name: 'ﾔﾏﾀﾞ ﾀﾛｳ', nameKana: 'ヤマダ タロウ', email: 'taro@example.com', phone: '03-1234-5678' });
    const org = await f.organization();
    const shared = await f.venture({ name: 'Shared' });
    await f.founder(shared.id, s.id, null as unknown as string);
    await f.founder(shared.id, m.id, 'CEO');
    const own = await f.venture({ name: 'Own' });
    await f.founder(own.id, m.id);
    await f.affiliation(m.id, org.id, { role: 'researcher' });
    const account = await f.user([Role.STAFF]);
    await q(`UPDATE users SET person_id = $1 WHERE id = $2`, [m.id, account.id]);
    const mentorProfile = await f.mentor({ personId: m.id });
    // A session attended by both, another by the merged one only, with a follow-up they own.
    const program = await f.program();
    const cohort = await f.cohort(program.id, 2023);
    const enrollment = await f.enrollment(cohort.id, shared.id, [[E.ACTIVE, '2023-06-01']]);
    const a = await f.assignment((await f.mentor()).id, enrollment.id, '2023-06-01');
    const both = await f.session(a, { heldAt: '2023-07-01T10:00:00Z', attendeePersonIds: [s.id, m.id] });
    const one = await f.session(a, { heldAt: '2023-08-01T10:00:00Z', attendeePersonIds: [m.id] });
    await f.followUp(both.id, { ownerPersonId: m.id });
    const collab = await f.collaboration(shared.id, org.id, [[CollaborationStage.EXPLORING, '2023-07-01']]);
    await f.contact(collab.id, s.id, ContactSide.VENTURE);
    await f.contact(collab.id, m.id, ContactSide.VENTURE, 'cto');
    const other = await f.collaboration(own.id, org.id, [[CollaborationStage.EXPLORING, '2023-07-01']]);
    await f.contact(other.id, m.id, ContactSide.VENTURE);
    const together = await f.engagement([[EngagementStatus.ACTIVE, '2023-05-01']], {
      volunteers: [
        { personId: s.id, hours: 5, joinedOn: '2023-06-01' },
        { personId: m.id, hours: 3, joinedOn: '2023-05-01' },
      ],
    });
    await f.engagement([[EngagementStatus.ACTIVE, '2023-05-01']], { volunteers: [{ personId: m.id, hours: 2 }] });
    await f.recognition({ personId: m.id, kind: RecognitionKind.AWARD });

    const result = expectOk(
      await t.gql<{ mergePeople: { survivor: Record<string, unknown>; merged: Record<string, unknown>; moves: Move[] } }>(MERGE_PEOPLE, {
        input: { survivorId: s.id, mergedId: m.id, survivorVersion: 1, mergedVersion: 1 },
      }),
    ).mergePeople;
    expect(result.survivor).toEqual({ id: s.id, version: 2, nameKana: 'ヤマダ タロウ', email: 'taro@example.com' });
    expect(result.merged).toEqual({ id: m.id, version: 2, mergedInto: { id: s.id } });
    expect(result.moves).toEqual([
      { reference: 'affiliations.person_id', moved: 1, folded: 0 },
      { reference: 'venture_founders.person_id', moved: 1, folded: 1 },
      { reference: 'users.person_id', moved: 1, folded: 0 },
      { reference: 'mentors.person_id', moved: 1, folded: 0 },
      { reference: 'follow_up_actions.owner_person_id', moved: 1, folded: 0 },
      { reference: 'collaboration_contacts.person_id', moved: 1, folded: 1 },
      { reference: 'pro_bono_volunteers.person_id', moved: 1, folded: 1 },
      { reference: 'recognitions.person_id', moved: 1, folded: 0 },
      { reference: 'mentoring_sessions.attendee_person_ids', moved: 2, folded: 0 },
    ]);

    expect(await leftOver(PERSON_REFERENCES, m.id)).toEqual({});
    expect(await q(`SELECT venture_id, role FROM venture_founders WHERE person_id = $1 ORDER BY role`, [s.id])).toEqual([
      { venture_id: shared.id, role: 'CEO' },
      { venture_id: own.id, role: 'founder' },
    ]);
    expect((await q(`SELECT person_id FROM users WHERE id = $1`, [account.id]))[0]).toEqual({ person_id: s.id });
    expect((await q(`SELECT person_id FROM mentors WHERE id = $1`, [mentorProfile.id]))[0]).toEqual({ person_id: s.id });
    expect(await q(`SELECT id, attendee_person_ids FROM mentoring_sessions ORDER BY held_at`)).toEqual([
      { id: both.id, attendee_person_ids: [s.id] },
      { id: one.id, attendee_person_ids: [s.id] },
    ]);
    // Both volunteered on one engagement: one volunteer with both sets of hours, from the earlier day.
    expect(
      await q(
        `SELECT v.joined_on::text, (SELECT sum(h.hours)::float FROM pro_bono_hour_entries h WHERE h.volunteer_id = v.id) AS hours,
                (SELECT count(*)::int FROM pro_bono_volunteer_changes c WHERE c.volunteer_id = v.id) AS changes
           FROM pro_bono_volunteers v WHERE v.engagement_id = $1`,
        [together.id],
      ),
    ).toEqual([{ joined_on: '2023-05-01', hours: 8, changes: 2 }]);
    expect((await q(`SELECT email, merged_into_id FROM people WHERE id = $1`, [m.id]))[0]).toEqual({
      email: 'taro@example.com',
      merged_into_id: s.id,
    });

    const [audit] = await q<{ entity_ids: string[]; details: Record<string, unknown> }>(
      `SELECT entity_ids, details FROM audit_log WHERE operation = 'mergePeople'`,
    );
    expect(audit.entity_ids).toEqual([s.id, m.id]);
    expect(audit.details).toMatchObject({
      survivorId: s.id,
      mergedId: m.id,
      moved: { 'affiliations.person_id': 1, 'venture_founders.person_id': 1, 'mentoring_sessions.attendee_person_ids': 2 },
      folded: { 'venture_founders.person_id': 1, 'collaboration_contacts.person_id': 1, 'pro_bono_volunteers.person_id': 1 },
      filled: ['nameKana', 'email', 'phone'],
    });

    // Gone from lists and search; by id it answers with the survivor.
    const names = expectOk(
      await t.gql<{ people: { edges: { node: { id: string } }[] } }>(`{ people(first: 100) { edges { node { id } } } }`),
    ).people.edges.map((x) => x.node.id);
    expect(names).toContain(s.id);
    expect(names).not.toContain(m.id);
    const found = expectOk(
      await t.gql<{ people: { edges: { node: { id: string } }[] } }>(`{ people(filter: { search: "ﾔﾏﾀﾞ" }) { edges { node { id } } } }`),
    ).people.edges;
    expect(found).toEqual([{ node: { id: s.id } }]);
    const byId = expectOk(
      await t.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id mergedInto { id name } } }`, { id: m.id }),
    );
    expect(byId.person).toEqual({ id: m.id, mergedInto: { id: s.id, name: '山田 太郎' } });
    // The survivor may take over the merged one's email; new writes naming the merged one are refused.
    expectError(
      await t.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
        input: { id: m.id, phone: '03-0000-0000' },
      }),
      'BAD_USER_INPUT',
      'input.id',
    );
    expect(await duplicates('PERSON')).toMatchObject({ totalCount: 0 });
  });

  it('merges two ventures: founders, enrollments with their sessions, collaborations, engagements, outcomes, recognitions', async () => {
    const s = await f.venture({ name: 'Social Lab', sdgs: [] });
    const m = await f.venture({ name: 'ｿｰｼｬﾙ ﾗﾎﾞ', sector: 'education', sdgs: [4] });
    const p1 = await f.person();
    const p2 = await f.person();
    await f.founder(s.id, p1.id, null as unknown as string);
    await f.founder(m.id, p1.id, 'CTO');
    await f.founder(m.id, p2.id);
    const program = await f.program();
    const c2022 = await f.cohort(program.id, 2022);
    const c2023 = await f.cohort(program.id, 2023);
    await f.enrollment(c2022.id, s.id, [[E.GRADUATED, '2023-02-28']]);
    const moved = await f.enrollment(c2023.id, m.id, [[E.ACTIVE, '2023-06-01']]);
    const a = await f.assignment((await f.mentor()).id, moved.id, '2023-06-01');
    const session = await f.session(a, { heldAt: '2023-07-01T10:00:00Z' });
    const org = await f.organization();
    await f.collaboration(m.id, org.id, [[CollaborationStage.EXPLORING, '2023-07-01']]);
    await f.engagement([[EngagementStatus.ACTIVE, '2023-05-01']], { beneficiaryVentureId: m.id });
    await f.metric({ code: 'JOBS' });
    await f.outcome(m.id, 'JOBS', 3);
    await f.recognition({ ventureId: m.id });

    const result = expectOk(
      await t.gqlAs<{ mergeVentures: { survivor: unknown; merged: unknown; moves: Move[] } }>(Role.ADMIN, MERGE_VENTURES, {
        input: { survivorId: s.id, mergedId: m.id },
      }),
    ).mergeVentures;
    expect(result.survivor).toEqual({ id: s.id, version: 2, sector: 'education', sdgs: ['QUALITY_EDUCATION'] });
    expect(result.merged).toEqual({ id: m.id, mergedInto: { id: s.id } });
    expect(result.moves).toEqual([
      { reference: 'venture_founders.venture_id', moved: 1, folded: 1 },
      { reference: 'enrollments.venture_id', moved: 1, folded: 0 },
      { reference: 'mentoring_sessions.venture_id', moved: 1, folded: 0 },
      { reference: 'collaborations.venture_id', moved: 1, folded: 0 },
      { reference: 'pro_bono_engagements.beneficiary_venture_id', moved: 1, folded: 0 },
      { reference: 'outcome_records.venture_id', moved: 1, folded: 0 },
      { reference: 'recognitions.venture_id', moved: 1, folded: 0 },
    ]);
    expect(await leftOver(VENTURE_REFERENCES, m.id)).toEqual({});
    expect(await q(`SELECT person_id, role FROM venture_founders WHERE venture_id = $1 ORDER BY role`, [s.id])).toEqual([
      { person_id: p1.id, role: 'CTO' },
      { person_id: p2.id, role: 'founder' },
    ]);
    expect((await q(`SELECT venture_id FROM mentoring_sessions WHERE id = $1`, [session.id]))[0]).toEqual({ venture_id: s.id });

    const listed = expectOk(
      await t.gql<{ ventures: { edges: { node: { id: string } }[] }; ventureSectors: unknown }>(
        `{ ventures(first: 100) { edges { node { id } } } ventureSectors { sector count } }`,
      ),
    );
    expect(listed.ventures.edges.map((x) => x.node.id)).toEqual([s.id]);
    expect(listed.ventureSectors).toEqual([{ sector: 'education', count: 1 }]);
    const cohort = expectOk(
      await t.gql<{ cohort: unknown }>(`query($id: ID!) { cohort(id: $id) { enrollments { venture { id } } } }`, { id: c2023.id }),
    );
    expect(cohort.cohort).toEqual({ enrollments: [{ venture: { id: s.id } }] });
    const byId = expectOk(
      await t.gql<{ venture: unknown }>(`query($id: ID!) { venture(id: $id) { id founders { role } mergedInto { id } } }`, { id: m.id }),
    );
    expect(byId.venture).toEqual({ id: m.id, founders: [], mergedInto: { id: s.id } });
  });

  it('refuses collisions it cannot resolve safely and leaves everything as it was', async () => {
    const program = await f.program();
    const cohort = await f.cohort(program.id, 2023, { name: '2023 spring' });
    const s = await f.venture();
    const m = await f.venture();
    const p = await f.person();
    await f.founder(s.id, p.id);
    await f.founder(m.id, p.id);
    await f.enrollment(cohort.id, s.id, [[E.ACTIVE, '2023-06-01']]);
    await f.enrollment(cohort.id, m.id, [[E.WITHDRAWN, '2023-07-01']]);
    const before = await snapshot();
    const refused = expectError(
      await t.gql(MERGE_VENTURES, { input: { survivorId: s.id, mergedId: m.id } }),
      'BAD_USER_INPUT',
      'input.mergedId',
    );
    expect(refused.message).toContain('2023 spring');
    expect(await snapshot()).toEqual(before);

    // Two accounts, or two mentor profiles: refused (the people also founded one venture together).
    const one = await f.user([Role.STAFF]);
    const two = await f.user([Role.MENTOR]);
    await f.founder(s.id, one.personId);
    await f.founder(s.id, two.personId);
    const x = await f.mentor();
    const y = await f.mentor();
    const people = await snapshot();
    const accounts = { survivorId: one.personId, mergedId: two.personId };
    expect(expectError(await t.gql(MERGE_PEOPLE, { input: accounts }), 'BAD_USER_INPUT', 'input.mergedId').message).toContain('account');
    const mentors = { survivorId: x.personId, mergedId: y.personId };
    expect(expectError(await t.gql(MERGE_PEOPLE, { input: mentors }), 'BAD_USER_INPUT', 'input.mergedId').message).toContain('mentor');
    expect(await snapshot()).toEqual(people);
  });

  it('refuses itself, unknown and merged ids, stale versions, and callers other than staff and admins', async () => {
    const a = await f.person();
    const b = await f.person();
    const c = await f.person();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await t.gql(MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: a.id } }), 'BAD_USER_INPUT', 'input.mergedId');
    expectError(await t.gql(MERGE_PEOPLE, { input: { survivorId: unknown, mergedId: a.id } }), 'BAD_USER_INPUT', 'input.survivorId');
    expectError(await t.gql(MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: 'nope' } }), 'BAD_USER_INPUT');
    expectError(await t.gql(MERGE_VENTURES, { input: { survivorId: a.id, mergedId: b.id } }), 'BAD_USER_INPUT', 'input.survivorId');
    expectError(
      await t.gql(MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: b.id, mergedVersion: 7 } }),
      'CONFLICT',
      'input.mergedVersion',
    );
    for (const role of [Role.MENTOR, Role.ANALYST]) {
      expectError(await t.gqlAs(role, MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: b.id } }), 'FORBIDDEN');
      expectError(await t.gqlAs(role, DUPLICATES, { kind: 'PERSON' }), 'FORBIDDEN');
    }
    expect(await q(`SELECT count(*)::int AS n FROM people WHERE merged_into_id IS NOT NULL`)).toEqual([{ n: 0 }]);

    expectOk(await t.gql(MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: b.id, survivorVersion: 1 } }));
    // b is merged now: neither side of another merge; a stale version of a is a conflict.
    expectError(await t.gql(MERGE_PEOPLE, { input: { survivorId: b.id, mergedId: c.id } }), 'BAD_USER_INPUT', 'input.survivorId');
    expectError(await t.gql(MERGE_PEOPLE, { input: { survivorId: c.id, mergedId: b.id } }), 'BAD_USER_INPUT', 'input.mergedId');
    expectError(
      await t.gql(MERGE_PEOPLE, { input: { survivorId: a.id, mergedId: c.id, survivorVersion: 1 } }),
      'CONFLICT',
      'input.survivorVersion',
    );
    // Merging the survivor on keeps every mergedInto pointing at a row that is not merged.
    expectOk(await t.gql(MERGE_PEOPLE, { input: { survivorId: c.id, mergedId: a.id } }));
    expect(await q(`SELECT merged_into_id FROM people WHERE id = ANY($1)`, [[a.id, b.id]])).toEqual([
      { merged_into_id: c.id },
      { merged_into_id: c.id },
    ]);
  });
});
