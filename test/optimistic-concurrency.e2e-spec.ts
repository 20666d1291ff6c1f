import { describe, expect, it } from '@jest/globals';
import { CollaborationStage } from '../src/collaborations/collaboration.enum.js';
import { EnrollmentStatus } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import type { GqlResult } from './utils/test-app.js';
import { useTestApp, type TestKit } from './utils/use-test-app.js';

/** One updatable type: how to make a row, which text field an edit changes, and where that lands in the database. */
interface Case {
  type: string;
  query: string;
  mutation: string;
  field: string;
  table: string;
  column: string;
  make: (t: TestKit) => Promise<string>;
}

const CASES: Case[] = [
  {
    type: 'Venture',
    query: 'venture',
    mutation: 'updateVenture',
    field: 'name',
    table: 'ventures',
    column: 'name',
    make: async (t) => (await t.f.venture({ name: 'Original' })).id,
  },
  {
    type: 'Cohort',
    query: 'cohort',
    mutation: 'updateCohort',
    field: 'name',
    table: 'cohorts',
    column: 'name',
    make: async (t) => (await t.f.cohort((await t.f.program()).id, 2024, { name: 'Original' })).id,
  },
  {
    type: 'Collaboration',
    query: 'collaboration',
    mutation: 'updateCollaboration',
    field: 'title',
    table: 'collaborations',
    column: 'title',
    make: async (t) =>
      (
        await t.f.collaboration((await t.f.venture()).id, (await t.f.organization()).id, [[CollaborationStage.EXPLORING, '2024-01-10']], {
          title: 'Original',
        })
      ).id,
  },
  {
    type: 'ProBonoEngagement',
    query: 'proBonoEngagement',
    mutation: 'updateProBonoEngagement',
    field: 'title',
    table: 'pro_bono_engagements',
    column: 'title',
    make: async (t) => (await t.f.engagement([[EngagementStatus.ACTIVE, '2024-02-01']], { title: 'Original' })).id,
  },
  {
    type: 'Person',
    query: 'person',
    mutation: 'updatePerson',
    field: 'name',
    table: 'people',
    column: 'name',
    make: async (t) => (await t.f.person({ name: 'Original' })).id,
  },
];

type Updated = Record<string, { version: number; [field: string]: unknown }>;

describe('optimistic concurrency: update* refuses an edit based on a stale version', () => {
  const t = useTestApp();

  describe.each(CASES)('$type', (c) => {
    const update = (id: string, value: string, version?: number | null) =>
      t.gql<Updated>(`mutation($input: Update${c.type}Input!) { ${c.mutation}(input: $input) { id version ${c.field} } }`, {
        input: { id, [c.field]: value, ...(version === undefined ? {} : { version }) },
      });
    const stored = async (id: string) =>
      (await t.dataSource.query<unknown[]>(`SELECT ${c.column} AS value, version FROM ${c.table} WHERE id = $1`, [id]))[0];
    const updated = (res: GqlResult<Updated>) => expectOk(res)[c.mutation];

    it('starts at 1; an update based on the current version succeeds and returns the next', async () => {
      const id = await c.make(t);
      const read = await t.gql<Record<string, { version: number }>>(`query($id: ID!) { ${c.query}(id: $id) { version } }`, { id });
      expect(expectOk(read)[c.query].version).toBe(1);
      expect(updated(await update(id, 'First', 1))).toMatchObject({ version: 2, [c.field]: 'First' });
      // Chained: the version the last update returned is the base of the next.
      expect(updated(await update(id, 'Second', 2))).toMatchObject({ version: 3, [c.field]: 'Second' });
      expect(await stored(id)).toEqual({ value: 'Second', version: 3 });
    });

    it('answers CONFLICT on input.version for an edit based on an old version, and writes nothing', async () => {
      const id = await c.make(t);
      updated(await update(id, 'Theirs', 1));
      const error = expectError(await update(id, 'Mine', 1), 'CONFLICT', 'input.version');
      expect(error.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
      expect(await stored(id)).toEqual({ value: 'Theirs', version: 2 });
      const audited = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_log WHERE operation = $1`, [
        c.mutation,
      ]);
      expect(audited[0].n).toBe(1);
    });

    it('lets exactly one of concurrent edits based on the same version through', async () => {
      const id = await c.make(t);
      // Four rather than two: more requests in flight at once make it likelier that they overlap, which is what the row lock decides.
      const results = await Promise.all(['Alpha', 'Bravo', 'Charlie', 'Delta'].map((value) => update(id, value, 1)));
      const ok = results.filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      for (const refused of results.filter((r) => r.errors)) expectError(refused, 'CONFLICT', 'input.version');
      const winner = updated(ok[0]);
      expect(winner.version).toBe(2);
      expect(await stored(id)).toEqual({ value: winner[c.field], version: 2 });
    });

    it('still takes an update without a version (or with null): the last writer wins, and it counts', async () => {
      const id = await c.make(t);
      updated(await update(id, 'Theirs', 1));
      expect(updated(await update(id, 'Mine'))).toMatchObject({ version: 3, [c.field]: 'Mine' });
      expect(updated(await update(id, 'Mine again', null))).toMatchObject({ version: 4, [c.field]: 'Mine again' });
    });
  });

  it('counts an update that changes nothing else, so every update moves the version by exactly one', async () => {
    const id = (await t.f.venture({ name: 'Same' })).id;
    const res = await t.gql<Updated>(`mutation { updateVenture(input: { id: "${id}", name: "Same", version: 1 }) { version } }`);
    expect(expectOk(res).updateVenture.version).toBe(2);
  });

  it('moves the version on other changes to the object too (a stage change), so an edit from before them is refused', async () => {
    const id = (
      await t.f.collaboration((await t.f.venture()).id, (await t.f.organization()).id, [[CollaborationStage.EXPLORING, '2024-01-10']])
    ).id;
    const changed = await t.gql<{ changeCollaborationStage: { version: number } }>(
      `mutation($input: ChangeCollaborationStageInput!) { changeCollaborationStage(input: $input) { version } }`,
      { input: { collaborationId: id, stage: 'PILOT', on: '2024-03-01' } },
    );
    expect(expectOk(changed).changeCollaborationStage.version).toBe(2);
    const stale = await t.gql(`mutation { updateCollaboration(input: { id: "${id}", title: "Late", version: 1 }) { version } }`);
    expectError(stale, 'CONFLICT', 'input.version');
  });

  it('refuses a version below 1 as bad input', async () => {
    const id = (await t.f.venture()).id;
    const res = await t.gql(`mutation { updateVenture(input: { id: "${id}", name: "X", version: 0 }) { version } }`);
    expectError(res, 'BAD_USER_INPUT', 'input.version');
  });

  it('checks the version of mentoring sessions and pro bono volunteers the same way', async () => {
    const cohortId = (await t.f.cohort((await t.f.program()).id, 2025)).id;
    const ventureId = (await t.f.venture()).id;
    const enrollment = await t.f.enrollment(cohortId, ventureId, [
      [EnrollmentStatus.ADMITTED, '2025-04-01'],
      [EnrollmentStatus.ACTIVE, '2025-06-01'],
    ]);
    const mentor = await t.f.mentor();
    const session = await t.f.session(await t.f.assignment(mentor.id, enrollment.id, '2025-06-01'), { heldAt: '2025-07-01T10:00:00Z' });
    const editSession = (summary: string, version: number) =>
      t.gql<{ updateMentoringSession: { version: number } }>(
        `mutation($input: UpdateMentoringSessionInput!) { updateMentoringSession(input: $input) { version } }`,
        { input: { id: session.id, summary, version } },
      );
    expect(expectOk(await editSession('First', 1)).updateMentoringSession.version).toBe(2);
    expectError(await editSession('Stale', 1), 'CONFLICT', 'input.version');
    const revisions = await t.dataSource.query<{ version: number }[]>(
      `SELECT version FROM mentoring_session_revisions WHERE session_id = $1`,
      [session.id],
    );
    expect(revisions.map((r) => r.version)).toEqual([2]);

    const personId = (await t.f.person()).id;
    const engagement = await t.f.engagement([[EngagementStatus.ACTIVE, '2024-02-01']], { volunteers: [{ personId, hours: 5 }] });
    const editVolunteer = (hours: number, version: number) =>
      t.gql<{ updateProBonoVolunteer: { hours: number; version: number } }>(
        `mutation($input: UpdateProBonoVolunteerInput!) { updateProBonoVolunteer(input: $input) { hours version } }`,
        { input: { engagementId: engagement.id, personId, hours, on: '2024-03-01', version } },
      );
    expect(expectOk(await editVolunteer(8, 1)).updateProBonoVolunteer).toEqual({ hours: 8, version: 2 });
    expectError(await editVolunteer(3, 1), 'CONFLICT', 'input.version');
  });
});
