import { describe, expect, it } from '@jest/globals';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { CohortStatus } from '../src/cohorts/cohort-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError } from './utils/expect.js';

const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
  id name foundedYear organizer { name } partners { role organization { name } } cohorts { year } } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id name year startsOn endsOn status program { name } } }`;

describe('programs and cohorts', () => {
  const t = useTestApp();
  const f = t.f;

  it('creates a program with organizer and partners, then updates the partner list', async () => {
    const etic = await f.organization({ name: 'ETIC.' });
    const nec = await f.organization({ name: 'NEC', kind: OrganizationKind.COMPANY });
    const created = await t.gql<{ createProgram: { id: string } }>(CREATE_PROGRAM, {
      input: {
        name: 'NEC Social Entrepreneurship School',
        foundedYear: 2002,
        organizerId: etic.id,
        partners: [{ organizationId: nec.id, role: 'official partner' }],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createProgram).toMatchObject({
      foundedYear: 2002,
      organizer: { name: 'ETIC.' },
      partners: [{ role: 'official partner', organization: { name: 'NEC' } }],
      cohorts: [],
    });
    const updated = await t.gql<{ updateProgram: unknown }>(
      `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { name partners { organization { name } } } }`,
      {
        input: { id: created.data?.createProgram.id, partners: [] },
      },
    );
    expect(updated.data?.updateProgram).toEqual({ name: 'NEC Social Entrepreneurship School', partners: [] });
  });

  it('refuses a program with a duplicate partner, an unknown organizer or a bad year, writing nothing', async () => {
    const org = await f.organization();
    const dup = await t.gql(CREATE_PROGRAM, {
      input: { name: 'P', organizerId: org.id, partners: [{ organizationId: org.id }, { organizationId: org.id }] },
    });
    expectError(dup, 'BAD_USER_INPUT', 'input.partners.1.organizationId');
    const unknown = await t.gql(CREATE_PROGRAM, { input: { name: 'P', organizerId: '00000000-0000-4000-8000-000000000001' } });
    expectError(unknown, 'NOT_FOUND', 'input.organizerId');
    const year = await t.gql(CREATE_PROGRAM, { input: { name: 'P', organizerId: org.id, foundedYear: 1800 } });
    expectError(year, 'BAD_USER_INPUT', 'input.foundedYear');
    const nestedBad = await t.gql(CREATE_PROGRAM, { input: { name: 'P', organizerId: org.id, partners: [{ organizationId: 'x' }] } });
    expectError(nestedBad, 'BAD_USER_INPUT', 'input.partners.0.organizationId');
    expect(await f.count('programs')).toBe(0);
    expect(await f.count('program_partners')).toBe(0);
  });

  it('creates cohorts, one per program and year (CONFLICT), with dates in order (BAD_USER_INPUT)', async () => {
    const program = await f.program({ name: 'School' });
    const ok = await t.gql<{ createCohort: { id: string } }>(CREATE_COHORT, {
      input: { programId: program.id, name: '2021 cohort', year: 2021, startsOn: '2021-06-01', endsOn: '2022-02-28' },
    });
    expect(ok.data?.createCohort).toMatchObject({
      year: 2021,
      status: 'PLANNED',
      startsOn: '2021-06-01',
      endsOn: '2022-02-28',
      program: { name: 'School' },
    });

    const clash = await t.gql(CREATE_COHORT, { input: { programId: program.id, name: 'again', year: 2021 } });
    expectError(clash, 'CONFLICT', 'input.year');
    const dates = await t.gql(CREATE_COHORT, {
      input: { programId: program.id, name: 'x', year: 2022, startsOn: '2022-06-01', endsOn: '2022-05-01' },
    });
    expectError(dates, 'BAD_USER_INPUT', 'input.endsOn');
    const badDate = await t.gql(CREATE_COHORT, { input: { programId: program.id, name: 'x', year: 2022, startsOn: '2022-02-30' } });
    expectError(badDate, 'BAD_USER_INPUT');
    expect(await f.count('cohorts')).toBe(1);

    const moved = await t.gql<{ updateCohort: unknown }>(
      `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { year status } }`,
      {
        input: { id: ok.data?.createCohort.id, year: 2020, startsOn: '2020-06-01', status: 'COMPLETED' },
      },
    );
    expect(moved.data?.updateCohort).toEqual({ year: 2020, status: 'COMPLETED' });
    const unknown = await t.gql(`mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { year } }`, {
      input: { id: '00000000-0000-4000-8000-000000000002', year: 2020 },
    });
    expectError(unknown, 'NOT_FOUND', 'input.id');
  });

  it('filters cohorts by program, year range and status, newest first, over two pages', async () => {
    const a = await f.program({ name: 'A' });
    const b = await f.program({ name: 'B' });
    for (const year of [2019, 2020, 2021, 2022, 2023]) await f.cohort(a.id, year);
    await f.cohort(b.id, 2021, { status: CohortStatus.ACTIVE });
    const LIST = `query($first: Int, $after: String, $filter: CohortFilter, $orderBy: CohortOrder) {
      cohorts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount edges { node { year program { name } } } pageInfo { endCursor hasNextPage } } }`;
    const p1 = await t.gql<{
      cohorts: { totalCount: number; edges: { node: { year: number } }[]; pageInfo: { endCursor: string | null } };
    }>(LIST, { first: 2, filter: { programId: a.id, yearFrom: 2020, yearTo: 2023 } });
    expect(p1.data?.cohorts.totalCount).toBe(4);
    expect(p1.data?.cohorts.edges.map((e) => e.node.year)).toEqual([2023, 2022]);
    const p2 = await t.gql<{ cohorts: { edges: { node: { year: number } }[]; pageInfo: { hasNextPage: boolean } } }>(LIST, {
      first: 2,
      after: p1.data?.cohorts.pageInfo.endCursor,
      filter: { programId: a.id, yearFrom: 2020, yearTo: 2023 },
    });
    expect(p2.data?.cohorts.edges.map((e) => e.node.year)).toEqual([2021, 2020]);
    expect(p2.data?.cohorts.pageInfo.hasNextPage).toBe(false);
    const active = await t.gql<{ cohorts: { edges: unknown } }>(LIST, { filter: { statuses: ['ACTIVE'] } });
    expect(active.data?.cohorts.edges).toEqual([{ node: { year: 2021, program: { name: 'B' } } }]);
    const asc = await t.gql<{ cohorts: { edges: { node: { year: number } }[] } }>(LIST, {
      first: 1,
      orderBy: { field: 'YEAR', direction: 'ASC' },
    });
    expect(asc.data?.cohorts.edges[0].node.year).toBe(2019);

    const programs = await t.gql<{ programs: { edges: { node: unknown }[] } }>(
      `{ programs { totalCount edges { node { name cohorts { year } } } } }`,
    );
    expect(programs.data?.programs.edges[0].node).toEqual({ name: 'A', cohorts: [2019, 2020, 2021, 2022, 2023].map((year) => ({ year })) });
  });

  it('refuses to delete a program with cohorts or a cohort with enrollments; deletes them when free', async () => {
    const program = await f.program();
    const cohort = await f.cohort(program.id, 2021);
    const venture = await f.venture();
    await f.enrollment(cohort.id, venture.id, [[E.APPLIED, '2021-03-01']]);
    const p = await t.gql(`mutation($input: IdInput!) { deleteProgram(input: $input) }`, { input: { id: program.id } });
    expectError(p, 'CONFLICT');
    const c = await t.gql(`mutation($input: IdInput!) { deleteCohort(input: $input) }`, { input: { id: cohort.id } });
    expectError(c, 'CONFLICT');
    expect(await f.count('cohorts')).toBe(1);

    const free = await f.cohort(program.id, 2022);
    const deleted = await t.gql<{ deleteCohort: unknown }>(`mutation($input: IdInput!) { deleteCohort(input: $input) }`, {
      input: { id: free.id },
    });
    expect(deleted.data?.deleteCohort).toBe(free.id);
    const lone = await f.program();
    const deletedProgram = await t.gql<{ deleteProgram: unknown }>(`mutation($input: IdInput!) { deleteProgram(input: $input) }`, {
      input: { id: lone.id },
    });
    expect(deletedProgram.data?.deleteProgram).toBe(lone.id);
  });

  it('reads a program and a cohort by id, NOT_FOUND otherwise', async () => {
    const program = await f.program({ name: 'School' });
    const cohort = await f.cohort(program.id, 2021);
    const r = await t.gql(`query($p: ID!, $c: ID!) { program(id: $p) { name } cohort(id: $c) { year program { name } } }`, {
      p: program.id,
      c: cohort.id,
    });
    expect(r.data).toEqual({ program: { name: 'School' }, cohort: { year: 2021, program: { name: 'School' } } });
    const missing = await t.gql(`query($id: ID!) { cohort(id: $id) { year } }`, { id: '00000000-0000-4000-8000-000000000003' });
    expectError(missing, 'NOT_FOUND');
    const missingProgram = await t.gql(`query($id: ID!) { program(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000003' });
    expectError(missingProgram, 'NOT_FOUND');
  });
});
