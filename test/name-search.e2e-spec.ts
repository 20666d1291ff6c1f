import { describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id name nameKana nameLatin } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id nameKana nameLatin } }`;
const PEOPLE = `query($search: String!) { people(filter: { search: $search }) { totalCount edges { node { name } } } }`;
const VENTURES = `query($filter: VentureFilter) { ventures(filter: $filter) { totalCount edges { node { name } } } }`;

type Names = { totalCount: number; edges: { node: { name: string } }[] };

describe('name search: reading, Latin spelling, width and kana', () => {
  const t = useTestApp();
  const f = t.f;

  const people = async (search: string) =>
    expectOk(await t.gqlAs<{ people: Names }>(Role.ANALYST, PEOPLE, { search })).people.edges.map((e) => e.node.name);
  const ventures = async (filter: Record<string, unknown>) =>
    expectOk(await t.gqlAs<{ ventures: Names }>(Role.ANALYST, VENTURES, { filter })).ventures.edges.map((e) => e.node.name);

  it('finds a person by name, reading (hiragana, katakana, half-width) or Latin spelling, in any case', async () => {
    const created = expectOk(
      await t.gql<{ createPerson: { id: string } }>(CREATE_PERSON, {
        input: { name: '山田 太郎', nameKana: ' やまだ たろう ', nameLatin: 'Taro Yamada' },
      }),
    ).createPerson;
    await f.person({ name: '佐藤 花子', nameKana: 'サトウ ハナコ', nameLatin: 'Hanako Sato' });
    await f.person({ name: 'Someone Else' });

    const person = expectOk(await t.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { name nameKana nameLatin } }`, created));
    expect(person.person).toEqual({ name: '山田 太郎', nameKana: 'やまだ たろう', nameLatin: 'Taro Yamada' });
    for (const search of ['山田', 'やまだ', 'ヤマダ', 'ﾔﾏﾀﾞ', 'Yamada', 'YAMADA', 'ｙａｍａｄａ', 'たろう', ' 山田　']) {
      expect([search, await people(search)]).toEqual([search, ['山田 太郎']]);
    }
    expect(await people('はなこ')).toEqual(['佐藤 花子']);
    expect(await people('ﾀﾞﾀﾞ')).toEqual([]);
    // % and _ match themselves, also in their full-width forms (NFKC makes them ASCII first).
    expect(await people('％')).toEqual([]);
    expect(await people('_')).toEqual([]);
  });

  it('keeps the search key current when the reading or the Latin spelling changes, and clears them with null', async () => {
    const p = await f.person({ name: '鈴木 一郎' });
    expect(await people('すずき')).toEqual([]);
    const updated = expectOk(await t.gql(UPDATE_PERSON, { input: { id: p.id, nameKana: 'スズキ イチロウ', nameLatin: 'Ichiro Suzuki' } }));
    expect(updated).toEqual({ updatePerson: { id: p.id, nameKana: 'スズキ イチロウ', nameLatin: 'Ichiro Suzuki' } });
    expect(await people('すずき')).toEqual(['鈴木 一郎']);
    expect(await people('suzuki')).toEqual(['鈴木 一郎']);
    expectOk(await t.gql(UPDATE_PERSON, { input: { id: p.id, nameKana: null, nameLatin: null } }));
    expect(await people('すずき')).toEqual([]);
  });

  it('refuses a reading that is not kana, and names that are empty or too long', async () => {
    expectError(await t.gql(CREATE_PERSON, { input: { name: '山田', nameKana: 'Yamada' } }), 'BAD_USER_INPUT', 'input.nameKana');
    expectError(await t.gql(CREATE_PERSON, { input: { name: '山田', nameLatin: '  ' } }), 'BAD_USER_INPUT', 'input.nameLatin');
    expectError(await t.gql(CREATE_PERSON, { input: { name: '山田', nameLatin: 'x'.repeat(201) } }), 'BAD_USER_INPUT', 'input.nameLatin');
    expect(await f.countPeople()).toBe(0);
  });

  it("finds a venture by its name in any width or case, or by a founder's name, reading or Latin spelling", async () => {
    const yamada = await f.person({ name: '山田 太郎', nameKana: 'ヤマダ タロウ', nameLatin: 'Taro Yamada' });
    const farm = await f.venture({ name: 'グリーンファーム' });
    await f.founder(farm.id, yamada.id);
    await f.venture({ name: 'ＡＣＭＥ Robotics' });
    await f.venture({ name: 'Other' });
    expect(await ventures({ search: 'やまだ' })).toEqual(['グリーンファーム']);
    expect(await ventures({ search: 'ﾔﾏﾀﾞ' })).toEqual(['グリーンファーム']);
    expect(await ventures({ search: 'yamada' })).toEqual(['グリーンファーム']);
    expect(await ventures({ search: 'ぐりーん' })).toEqual(['グリーンファーム']);
    expect(await ventures({ search: 'acme' })).toEqual(['ＡＣＭＥ Robotics']);
  });

  it('filters sectors and topics case-insensitively, and lists the sectors in use with counts', async () => {
    await f.venture({ name: 'A', sector: 'Healthcare' });
    await f.venture({ name: 'B', sector: 'healthcare' });
    await f.venture({ name: 'C', sector: 'Healthcare' });
    await f.venture({ name: 'D', sector: 'Education' });
    await f.venture({ name: 'E', sector: null });
    expect(await ventures({ sector: 'HEALTHCARE' })).toEqual(['A', 'B', 'C']);
    const sectors = await t.countSql(async () => {
      const res = await t.gqlAs<{ ventureSectors: unknown }>(Role.ANALYST, `{ ventureSectors { sector count } }`);
      expect(expectOk(res).ventureSectors).toEqual([
        { sector: 'Healthcare', count: 3 },
        { sector: 'Education', count: 1 },
      ]);
    });
    expect(sectors).toBe(1); // one GROUP BY (the caller's account is not counted)
    expectError(await t.gqlAs(Role.MENTOR, `{ ventureSectors { sector } }`), 'FORBIDDEN');

    const program = await f.program();
    const cohort = await f.cohort(program.id, 2024);
    const venture = await f.venture({ name: 'Mentored' });
    const e = await f.enrollment(cohort.id, venture.id, [[E.ACTIVE, '2024-06-01']]);
    const mentor = await f.mentor({ personId: (await f.person()).id });
    const a = await f.assignment(mentor.id, e.id, '2024-06-01');
    await f.session(a, { heldAt: '2024-07-01T10:00:00Z', topics: ['Fundraising'] });
    await f.session(a, { heldAt: '2024-07-02T10:00:00Z', topics: ['Pricing'] });
    const sessions = expectOk(
      await t.gql<{ mentoringSessions: { totalCount: number } }>(`{ mentoringSessions(filter: { topic: "fundRAISING" }) { totalCount } }`),
    );
    expect(sessions.mentoringSessions.totalCount).toBe(1);
  });
});
