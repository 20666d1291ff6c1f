import { beforeEach, describe, expect, it } from '@jest/globals';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const ENROLL = `mutation($input: EnrollVentureInput!) { enrollVenture(input: $input) { id status statusOn cohort { year } venture { name } } }`;
const step = (name: string) => `mutation($input: EnrollmentTransitionInput!) { ${name}(input: $input) { id status statusOn } }`;

describe('enrollments: admission to graduation, with history', () => {
  const t = useTestApp();
  const f = t.f;
  let cohortId: string;
  let ventureId: string;
  beforeEach(async () => {
    const program = await f.program();
    cohortId = (await f.cohort(program.id, 2021, { startsOn: '2021-06-01', endsOn: '2022-02-28' })).id;
    ventureId = (await f.venture({ name: 'BANSO-CO Inc.' })).id;
  });

  it('walks APPLIED → ADMITTED → ACTIVE → GRADUATED and keeps every dated step', async () => {
    const enrolled = await t.gql<{ enrollVenture: { id: string; status: string } }>(ENROLL, {
      input: { cohortId, ventureId, on: '2021-03-01' },
    });
    expect(enrolled.data?.enrollVenture).toMatchObject({
      status: 'APPLIED',
      statusOn: '2021-03-01',
      cohort: { year: 2021 },
      venture: { name: 'BANSO-CO Inc.' },
    });
    const id = expectOk(enrolled).enrollVenture.id;
    expect(
      (await t.gql<{ admitVenture: { status: string } }>(step('admitVenture'), { input: { enrollmentId: id, on: '2021-04-15' } })).data
        ?.admitVenture.status,
    ).toBe('ADMITTED');
    expect(
      (await t.gql<{ startProgram: { status: string } }>(step('startProgram'), { input: { enrollmentId: id, on: '2021-06-01' } })).data
        ?.startProgram.status,
    ).toBe('ACTIVE');
    const graduated = await t.gql<{ graduateVenture: unknown }>(step('graduateVenture'), {
      input: { enrollmentId: id, on: '2022-02-28', note: 'Final pitch' },
    });
    expect(graduated.data?.graduateVenture).toEqual({ id, status: 'GRADUATED', statusOn: '2022-02-28' });

    const read = await t.gql<{
      enrollment: { history: { fromStatus: string | null; toStatus: string; occurredOn: string; note: string | null }[] };
      cohort: unknown;
      venture: unknown;
    }>(
      `query($id: ID!, $c: ID!, $v: ID!) {
        enrollment(id: $id) { history { fromStatus toStatus occurredOn note recordedAt } }
        cohort(id: $c) { graduates { name } enrollments(status: GRADUATED) { id } }
        venture(id: $v) { graduatedOn enrollments { status } }
      }`,
      { id, c: cohortId, v: ventureId },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.enrollment.history.map((h) => [h.fromStatus, h.toStatus, h.occurredOn])).toEqual([
      [null, 'APPLIED', '2021-03-01'],
      ['APPLIED', 'ADMITTED', '2021-04-15'],
      ['ADMITTED', 'ACTIVE', '2021-06-01'],
      ['ACTIVE', 'GRADUATED', '2022-02-28'],
    ]);
    expect(read.data?.enrollment.history[3].note).toBe('Final pitch');
    expect(read.data?.cohort).toEqual({ graduates: [{ name: 'BANSO-CO Inc.' }], enrollments: [{ id }] });
    expect(read.data?.venture).toEqual({ graduatedOn: '2022-02-28', enrollments: [{ status: 'GRADUATED' }] });
  });

  it('refuses moves the status machine does not allow (CONFLICT) and leaves the rows as they were', async () => {
    const e = await f.enrollment(cohortId, ventureId, [
      [E.APPLIED, '2021-03-01'],
      [E.WITHDRAWN, '2021-05-01'],
    ]);
    const graduate = await t.gql(step('graduateVenture'), { input: { enrollmentId: e.id, on: '2022-02-28' } });
    expect(graduate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'WITHDRAWN' });
    const other = await f.venture();
    const applied = await f.enrollment(cohortId, other.id, [[E.APPLIED, '2021-03-01']]);
    const skip = await t.gql(step('graduateVenture'), { input: { enrollmentId: applied.id, on: '2022-02-28' } });
    expectError(skip, 'CONFLICT');
    const start = await t.gql(step('startProgram'), { input: { enrollmentId: applied.id, on: '2021-06-01' } });
    expectError(start, 'CONFLICT');
    expect(await f.count('enrollment_events')).toBe(3);
    const rows = await t.dataSource.query(`SELECT status FROM enrollments ORDER BY status`);
    expect(rows).toEqual([{ status: 'APPLIED' }, { status: 'WITHDRAWN' }]);
  });

  it('refuses dates in the future, before the previous step or before the cohort starts (BAD_USER_INPUT on input.on)', async () => {
    const future = await t.gql(ENROLL, { input: { cohortId, ventureId, on: '2999-01-01' } });
    expectError(future, 'BAD_USER_INPUT', 'input.on');
    expect(await f.count('enrollments')).toBe(0);

    const e = await f.enrollment(cohortId, ventureId, [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-15'],
    ]);
    const backwards = await t.gql(step('startProgram'), { input: { enrollmentId: e.id, on: '2021-04-01' } });
    expectError(backwards, 'BAD_USER_INPUT', 'input.on');
    const early = await t.gql(step('startProgram'), { input: { enrollmentId: e.id, on: '2021-05-01' } });
    expectError(early, 'BAD_USER_INPUT', 'input.on');
    expect(early.errors?.[0].message).toContain('2021-06-01');
    expect(await f.count('enrollment_events')).toBe(2);
  });

  it('allows one enrollment per venture and cohort (CONFLICT), NOT_FOUND for unknown cohort/venture/enrollment', async () => {
    await f.enrollment(cohortId, ventureId, [[E.APPLIED, '2021-03-01']]);
    const again = await t.gql(ENROLL, { input: { cohortId, ventureId, on: '2021-03-02' } });
    expectError(again, 'CONFLICT', 'input.ventureId');
    const missing = '00000000-0000-4000-8000-000000000005';
    const noCohort = await t.gql(ENROLL, { input: { cohortId: missing, ventureId, on: '2021-03-02' } });
    expectError(noCohort, 'NOT_FOUND', 'input.cohortId');
    const noVenture = await t.gql(ENROLL, { input: { cohortId, ventureId: missing, on: '2021-03-02' } });
    expectError(noVenture, 'NOT_FOUND', 'input.ventureId');
    const noEnrollment = await t.gql(step('admitVenture'), { input: { enrollmentId: missing, on: '2021-03-02' } });
    expectError(noEnrollment, 'NOT_FOUND', 'input.enrollmentId');
    const status = await t.gql(ENROLL, { input: { cohortId, ventureId, on: '2021-03-02', status: 'GRADUATED' } });
    expectError(status, 'BAD_USER_INPUT', 'input.status');
    expect(await f.count('enrollments')).toBe(1);
    expect(await f.count('enrollment_events')).toBe(1);
  });

  it('serialises concurrent changes of one enrollment: exactly one of two graduations wins', async () => {
    const e = await f.enrollment(cohortId, ventureId, [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-15'],
      [E.ACTIVE, '2021-06-01'],
    ]);
    const results = await Promise.all([
      t.gql(step('graduateVenture'), { input: { enrollmentId: e.id, on: '2022-02-28' } }),
      t.gql(step('withdrawVenture'), { input: { enrollmentId: e.id, on: '2022-01-10' } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await f.count('enrollment_events')).toBe(4);
  });

  it('lists enrollments by cohort and status, admitted directly when recorded after the fact', async () => {
    const other = await f.venture({ name: 'Other' });
    const admitted = await t.gql<{ enrollVenture: { status: string } }>(ENROLL, {
      input: { cohortId, ventureId: other.id, on: '2021-04-01', status: 'ADMITTED' },
    });
    expect(admitted.data?.enrollVenture.status).toBe('ADMITTED');
    await f.enrollment(cohortId, ventureId, [[E.APPLIED, '2021-03-01']]);
    const list = await t.gql<{ enrollments: unknown }>(
      `query($f: EnrollmentFilter) { enrollments(filter: $f) { totalCount edges { node { status venture { name } } } } }`,
      {
        f: { cohortId, statuses: ['ADMITTED'] },
      },
    );
    expect(list.data?.enrollments).toEqual({ totalCount: 1, edges: [{ node: { status: 'ADMITTED', venture: { name: 'Other' } } }] });
    const byVenture = await t.gql<{ enrollments: { totalCount: number } }>(
      `query($f: EnrollmentFilter) { enrollments(filter: $f) { totalCount } }`,
      { f: { ventureId } },
    );
    expect(byVenture.data?.enrollments.totalCount).toBe(1);
  });
});
