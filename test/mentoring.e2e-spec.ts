import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const CREATE_MENTOR = `mutation($input: CreateMentorInput!) { createMentor(input: $input) { id capacity expertise languages active person { name } affiliation { name } } }`;
const ASSIGN = `mutation($input: AssignMentorInput!) { assignMentor(input: $input) { id role startsOn endsOn mentor { id } enrollment { venture { name } cohort { year } } } }`;

describe('mentor profiles and assignments', () => {
  const t = useTestApp();
  const f = t.f;
  let cohortId: string;
  beforeEach(async () => {
    cohortId = (await f.cohort((await f.program()).id, 2025)).id;
  });

  const activeEnrollment = async (name: string) => {
    const venture = await f.venture({ name });
    return f.enrollment(cohortId, venture.id, [
      [E.APPLIED, '2025-03-01'],
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-06-01'],
    ]);
  };
  const mentorFor = async (personId: string, capacity = 2) => {
    const r = await t.gql<{ createMentor: { id: string } }>(CREATE_MENTOR, {
      input: { personId, capacity, expertise: [' healthcare ', 'sales'], languages: ['ja', 'en'] },
    });
    return expectOk(r).createMentor.id;
  };

  it('creates a mentor profile for a person, once (CONFLICT), with its affiliation', async () => {
    const nec = await f.organization({ name: 'NEC' });
    const person = await f.person({ name: 'Sota Tanaka' });
    const r = await t.gql<{ createMentor: unknown }>(CREATE_MENTOR, {
      input: { personId: person.id, affiliationOrganizationId: nec.id, expertise: ['healthcare '] },
    });
    expect(r.data?.createMentor).toMatchObject({
      capacity: 3,
      expertise: ['healthcare'],
      active: true,
      person: { name: 'Sota Tanaka' },
      affiliation: { name: 'NEC' },
    });
    const again = await t.gql(CREATE_MENTOR, { input: { personId: person.id } });
    expectError(again, 'CONFLICT', 'input.personId');
    const bad = await t.gql(CREATE_MENTOR, { input: { personId: person.id, capacity: 0 } });
    expectError(bad, 'BAD_USER_INPUT', 'input.capacity');
    const unknown = await t.gql(CREATE_MENTOR, { input: { personId: '00000000-0000-4000-8000-000000000000' } });
    expectError(unknown, 'NOT_FOUND', 'input.personId');
    expect(await f.count('mentors')).toBe(1);
  });

  it('assigns a mentor within capacity; refuses beyond it, overlapping pairs, and ventures not in the program', async () => {
    const mentorId = await mentorFor((await f.person()).id, 2);
    const [a, b, c] = [await activeEnrollment('A'), await activeEnrollment('B'), await activeEnrollment('C')];
    const first = await t.gql<{ assignMentor: { id: string } }>(ASSIGN, {
      input: { mentorId, enrollmentId: a.id, startsOn: '2025-06-01' },
    });
    expect(first.data?.assignMentor).toMatchObject({
      role: 'LEAD',
      endsOn: null,
      enrollment: { venture: { name: 'A' }, cohort: { year: 2025 } },
    });
    const overlap = await t.gql(ASSIGN, { input: { mentorId, enrollmentId: a.id, startsOn: '2025-09-01', role: 'SUPPORT' } });
    expectError(overlap, 'CONFLICT', 'input.enrollmentId');
    await t.gql(ASSIGN, { input: { mentorId, enrollmentId: b.id, startsOn: '2025-06-01' } });
    const full = await t.gql(ASSIGN, { input: { mentorId, enrollmentId: c.id, startsOn: '2025-07-01' } });
    expectError(full, 'CONFLICT', 'input.mentorId');

    // Ending one frees a place for a later period.
    const ended = await t.gql<{ endAssignment: { endsOn: string } }>(
      `mutation($input: EndAssignmentInput!) { endAssignment(input: $input) { endsOn } }`,
      {
        input: { assignmentId: first.data?.assignMentor.id, endsOn: '2025-08-31' },
      },
    );
    expect(ended.data?.endAssignment.endsOn).toBe('2025-08-31');
    const later = await t.gql(ASSIGN, { input: { mentorId, enrollmentId: c.id, startsOn: '2025-09-01' } });
    expect(later.errors).toBeUndefined();
    const endedAgain = await t.gql(`mutation($input: EndAssignmentInput!) { endAssignment(input: $input) { endsOn } }`, {
      input: { assignmentId: first.data?.assignMentor.id, endsOn: '2025-09-30' },
    });
    expectError(endedAgain, 'CONFLICT');

    const applied = await f.enrollment(cohortId, (await f.venture()).id, [[E.APPLIED, '2025-03-01']]);
    const notIn = await t.gql(ASSIGN, {
      input: { mentorId: await mentorFor((await f.person()).id), enrollmentId: applied.id, startsOn: '2025-06-01' },
    });
    expectError(notIn, 'CONFLICT', 'input.enrollmentId');
    expect(await f.count('mentor_assignments')).toBe(3);
  });

  it('refuses an assignment ending before it starts (BAD_USER_INPUT), writing nothing', async () => {
    const mentorId = await mentorFor((await f.person()).id);
    const e = await activeEnrollment('A');
    const r = await t.gql(ASSIGN, { input: { mentorId, enrollmentId: e.id, startsOn: '2025-06-01', endsOn: '2025-05-01' } });
    expectError(r, 'BAD_USER_INPUT', 'input.endsOn');
    expect(await f.count('mentor_assignments')).toBe(0);
  });

  it('holds capacity under concurrent assignments of one mentor', async () => {
    const mentorId = await mentorFor((await f.person()).id, 2);
    const enrollments = await Promise.all(['A', 'B', 'C', 'D', 'E'].map(activeEnrollment));
    const results = await Promise.all(
      enrollments.map((e) => t.gql(ASSIGN, { input: { mentorId, enrollmentId: e.id, startsOn: '2025-06-01' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(2);
    expect(await f.count('mentor_assignments')).toBe(2);
  });

  it("lists a mentor's own assignments and the mentors of an enrollment, batched", async () => {
    const mentorId = await mentorFor(t.accounts.MENTOR.personId, 5);
    const other = await mentorFor((await f.person()).id, 5);
    const e = await activeEnrollment('BANSO-CO Inc.');
    await t.gql(ASSIGN, { input: { mentorId, enrollmentId: e.id, startsOn: '2025-06-01' } });
    await t.gql(ASSIGN, { input: { mentorId: other, enrollmentId: e.id, startsOn: '2025-06-01', role: 'SUPPORT' } });
    const mine = await t.gqlAs<{ myAssignments: unknown }>(
      Role.MENTOR,
      `{ myAssignments { role enrollment { venture { name } } mentor { person { name } } } }`,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myAssignments).toEqual([
      { role: 'LEAD', enrollment: { venture: { name: 'BANSO-CO Inc.' } }, mentor: { person: { name: 'Test MENTOR' } } },
    ]);
    const ventures = await t.gqlAs<{ myVentures: unknown }>(Role.MENTOR, `{ myVentures { name founders { role } } }`);
    expect(ventures.data?.myVentures).toEqual([{ name: 'BANSO-CO Inc.', founders: [] }]);
    const staffView = await t.gql<{ enrollment: { mentorAssignments: { role: string }[] } }>(
      `query($id: ID!) { enrollment(id: $id) { mentorAssignments { role mentor { assignments { id } } } } }`,
      { id: e.id },
    );
    expect(staffView.data?.enrollment.mentorAssignments.map((a) => a.role).sort()).toEqual(['LEAD', 'SUPPORT']);
    const list = await t.gqlAs<{ mentors: { totalCount: number } }>(
      Role.ANALYST,
      `{ mentors(filter: { expertise: "HEALTHCARE" }) { totalCount edges { node { capacity assignments { role } } } } }`,
    );
    expect(list.data?.mentors.totalCount).toBe(2);
  });
});
