import { beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage as S } from '../src/collaborations/collaboration.enum.js';
import { todayIn } from '../src/common/dates.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

const UNDO_ENROLLMENT = `mutation($input: UndoEnrollmentStatusChangeInput!) { undoEnrollmentStatusChange(input: $input) { id status statusOn } }`;
const REDATE_ENROLLMENT = `mutation($input: RedateEnrollmentStatusChangeInput!) { redateEnrollmentStatusChange(input: $input) { id status statusOn } }`;
const HISTORY = `query($id: ID!) { enrollment(id: $id) { status statusOn history {
  id kind fromStatus toStatus occurredOn note reason correctionOf voidedAt recordedBy } } }`;
const GRADUATE = `mutation($input: EnrollmentTransitionInput!) { graduateVenture(input: $input) { status statusOn } }`;
const REPORTS = `query($p: [ID!], $c: ID!, $v: ID!) {
  analytics { cohortComparison(filter: { programIds: $p }) { year enrolled graduated graduationRate withdrawn medianDaysToFirstCollaboration } }
  cohort(id: $c) { alumni { name } graduates { name } }
  venture(id: $v) { graduatedOn afterGraduation { graduatedOn collaborations { daysAfterGraduation } }
    timeline(kinds: [ENROLLMENT]) { ... on TimelineEnrollmentChange { on fromStatus toStatus entryKind reason voidedAt } } } }`;

/** Every row of the tables a correction may touch, to show that a refused one wrote nothing. */
const TABLES = [
  'enrollments',
  'enrollment_events',
  'collaborations',
  'collaboration_stage_changes',
  'collaboration_contacts',
  'pro_bono_engagements',
  'pro_bono_engagement_status_changes',
  'pro_bono_volunteers',
  'audit_log',
];

describe('corrections that keep history: enrollments', () => {
  const t = useTestApp();
  const f = t.f;
  let programId: string;
  let cohortId: string;
  let ventureId: string;
  let otherId: string;
  const today = () => todayIn('Asia/Tokyo');
  const dump = async () =>
    Object.fromEntries(await Promise.all(TABLES.map(async (x) => [x, await t.dataSource.query(`SELECT * FROM ${x} ORDER BY 1`)])));
  const audit = async (operation: string) =>
    t.dataSource.query<any[]>(`SELECT entity_ids, details, actor_user_id FROM audit_log WHERE operation = $1 ORDER BY seq`, [operation]);
  const reports = async () => expectOk(await t.gqlAs<any>(Role.ANALYST, REPORTS, { p: [programId], c: cohortId, v: ventureId }));
  const graduated = (on = '2022-02-28') =>
    [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-01'],
      [E.ACTIVE, '2021-06-01'],
      [E.GRADUATED, on],
    ] as [E, string][];

  beforeEach(async () => {
    programId = (await f.program()).id;
    cohortId = (await f.cohort(programId, 2021, { startsOn: '2021-06-01', endsOn: '2022-02-28' })).id;
    ventureId = (await f.venture({ name: 'A venture' })).id;
    otherId = (await f.venture({ name: 'B venture' })).id;
  });

  it('undoes a graduation: the enrollment is ACTIVE again, the history keeps both rows, and every report forgets it', async () => {
    const e = await f.enrollment(cohortId, ventureId, graduated());
    const other = await f.enrollment(cohortId, otherId, graduated());
    await f.collaboration(ventureId, (await f.organization()).id, [[S.EXPLORING, '2022-03-10']]);
    const before = await reports();
    expect(before.analytics.cohortComparison).toEqual([
      { year: 2021, enrolled: 2, graduated: 2, graduationRate: 1, withdrawn: 0, medianDaysToFirstCollaboration: 10 },
    ]);
    expect(before.cohort.alumni.map((v: any) => v.name)).toEqual(['A venture', 'B venture']);
    expect(before.venture.graduatedOn).toBe('2022-02-28');
    const untouched = await t.dataSource.query(`SELECT * FROM enrollment_events WHERE enrollment_id = $1 ORDER BY id`, [other.id]);

    const undone = await t.gql(UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: '  Graduation recorded for the wrong venture ' } });
    expect(expectOk<any>(undone).undoEnrollmentStatusChange).toEqual({ id: e.id, status: 'ACTIVE', statusOn: '2021-06-01' });

    const { history } = expectOk<any>(await t.gql(HISTORY, { id: e.id })).enrollment;
    expect(history).toHaveLength(5);
    const move = history.find((h: any) => h.toStatus === 'GRADUATED');
    expect(move).toMatchObject({ kind: 'MOVE', occurredOn: '2022-02-28', correctionOf: null });
    expect(move.voidedAt).toEqual(expect.any(String));
    expect(history[4]).toEqual({
      id: expect.any(String),
      kind: 'UNDO',
      fromStatus: 'GRADUATED',
      toStatus: 'ACTIVE',
      occurredOn: today(),
      note: null,
      reason: 'Graduation recorded for the wrong venture',
      correctionOf: move.id,
      voidedAt: null,
      recordedBy: t.accounts.STAFF.email,
    });
    expect(history.slice(0, 3).every((h: any) => h.kind === 'MOVE' && h.voidedAt === null)).toBe(true);

    const after = await reports();
    expect(after.analytics.cohortComparison).toEqual([
      { year: 2021, enrolled: 2, graduated: 1, graduationRate: 0.5, withdrawn: 0, medianDaysToFirstCollaboration: null },
    ]);
    expect(after.cohort).toEqual({ alumni: [{ name: 'B venture' }], graduates: [{ name: 'B venture' }] });
    expect(after.venture).toMatchObject({ graduatedOn: null, afterGraduation: null });
    expect(after.venture.timeline.map((r: any) => [r.toStatus, r.entryKind, r.voidedAt !== null])).toEqual([
      ['APPLIED', 'MOVE', false],
      ['ADMITTED', 'MOVE', false],
      ['ACTIVE', 'MOVE', false],
      ['GRADUATED', 'MOVE', true],
      ['ACTIVE', 'UNDO', false],
    ]);
    expect(after.venture.timeline[4]).toMatchObject({
      on: today(),
      fromStatus: 'GRADUATED',
      reason: 'Graduation recorded for the wrong venture',
    });

    const [entry] = await audit('undoEnrollmentStatusChange');
    expect(entry).toEqual({
      entity_ids: [e.id],
      actor_user_id: t.accounts.STAFF.userId,
      details: {
        correctionOf: move.id,
        reason: 'Graduation recorded for the wrong venture',
        changes: { status: { old: 'GRADUATED', new: 'ACTIVE' }, statusOn: { old: '2022-02-28', new: '2021-06-01' } },
      },
    });
    expect(await t.dataSource.query(`SELECT * FROM enrollment_events WHERE enrollment_id = $1 ORDER BY id`, [other.id])).toEqual(untouched);
    expect(await f.count('audit_log')).toBe(1);

    // The venture goes on from ACTIVE: graduating again counts again.
    expectOk(await t.gql(GRADUATE, { input: { enrollmentId: e.id, on: '2022-03-01' } }));
    const again = await reports();
    expect(again.analytics.cohortComparison[0]).toMatchObject({ graduated: 2, medianDaysToFirstCollaboration: 9 });
    expect(again.venture.graduatedOn).toBe('2022-03-01');
  });

  it('undoes a withdrawal, then the admission: each undo walks back one move and the counts follow', async () => {
    const e = await f.enrollment(cohortId, ventureId, [
      [E.APPLIED, '2021-03-01'],
      [E.ADMITTED, '2021-04-01'],
      [E.WITHDRAWN, '2021-05-01'],
    ]);
    expect((await reports()).analytics.cohortComparison[0]).toMatchObject({ enrolled: 1, withdrawn: 1 });
    const undone = await t.gql(UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'They stayed' } });
    expect(expectOk<any>(undone).undoEnrollmentStatusChange).toMatchObject({ status: 'ADMITTED', statusOn: '2021-04-01' });
    expect((await reports()).analytics.cohortComparison[0]).toMatchObject({ enrolled: 1, withdrawn: 0 });
    // Undoing again walks back one more move; undoing the admission means the venture was never admitted.
    expectOk(await t.gql(UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'Not admitted after all' } }));
    expect((await reports()).analytics.cohortComparison[0]).toMatchObject({ enrolled: 0, withdrawn: 0 });
    const { enrollment } = expectOk<any>(await t.gql(HISTORY, { id: e.id }));
    expect(enrollment).toMatchObject({ status: 'APPLIED', statusOn: '2021-03-01' });
    expect(enrollment.history.map((h: any) => [h.kind, h.toStatus, h.voidedAt !== null])).toEqual([
      ['MOVE', 'APPLIED', false],
      ['MOVE', 'ADMITTED', true],
      ['MOVE', 'WITHDRAWN', true],
      ['UNDO', 'ADMITTED', false],
      ['UNDO', 'APPLIED', false],
    ]);
    const conflict = await t.gql(UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'Once more' } });
    expectError(conflict, 'CONFLICT', 'input.enrollmentId');
  });

  it('re-dates a graduation: the new date is used by every report, the old one stays in the history', async () => {
    const e = await f.enrollment(cohortId, ventureId, graduated());
    await f.collaboration(ventureId, (await f.organization()).id, [[S.EXPLORING, '2022-03-10']]);
    const res = await t.gql(REDATE_ENROLLMENT, { input: { enrollmentId: e.id, on: '2022-03-05', reason: 'The ceremony was on 5 March' } });
    expect(expectOk<any>(res).redateEnrollmentStatusChange).toEqual({ id: e.id, status: 'GRADUATED', statusOn: '2022-03-05' });
    const { history } = expectOk<any>(await t.gql(HISTORY, { id: e.id })).enrollment;
    const move = history.find((h: any) => h.kind === 'MOVE' && h.toStatus === 'GRADUATED');
    expect(move.voidedAt).toEqual(expect.any(String));
    expect(history.at(-1)).toMatchObject({
      kind: 'REDATE',
      fromStatus: 'ACTIVE',
      toStatus: 'GRADUATED',
      occurredOn: '2022-03-05',
      correctionOf: move.id,
      reason: 'The ceremony was on 5 March',
      voidedAt: null,
    });
    const after = await reports();
    expect(after.analytics.cohortComparison[0]).toMatchObject({ graduated: 1, medianDaysToFirstCollaboration: 5 });
    expect(after.venture).toMatchObject({ graduatedOn: '2022-03-05', afterGraduation: { graduatedOn: '2022-03-05' } });
    expect((await audit('redateEnrollmentStatusChange'))[0].details).toEqual({
      correctionOf: move.id,
      reason: 'The ceremony was on 5 March',
      changes: { statusOn: { old: '2022-02-28', new: '2022-03-05' } },
    });
    // The re-dated move is now the latest: it can be re-dated again, and undone.
    expectOk(await t.gql(REDATE_ENROLLMENT, { input: { enrollmentId: e.id, on: '2022-03-04', reason: 'Really the 4th' } }));
    const undone = await t.gql(UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'Not graduated yet' } });
    expect(expectOk<any>(undone).undoEnrollmentStatusChange).toMatchObject({ status: 'ACTIVE', statusOn: '2021-06-01' });
    expect((await reports()).analytics.cohortComparison[0]).toMatchObject({ graduated: 0 });
  });

  it('refuses bad corrections with the field and writes nothing', async () => {
    const applied = await f.enrollment(cohortId, ventureId, [[E.APPLIED, '2021-03-01']]);
    const e = await f.enrollment(cohortId, otherId, graduated());
    const before = await dump();
    const cases: [string, Record<string, unknown>, string, string][] = [
      [UNDO_ENROLLMENT, { enrollmentId: applied.id, reason: 'r' }, 'CONFLICT', 'input.enrollmentId'],
      [UNDO_ENROLLMENT, { enrollmentId: randomUUID(), reason: 'r' }, 'NOT_FOUND', 'input.enrollmentId'],
      [UNDO_ENROLLMENT, { enrollmentId: e.id, reason: '   ' }, 'BAD_USER_INPUT', 'input.reason'],
      [REDATE_ENROLLMENT, { enrollmentId: e.id, on: '2021-05-31', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
      [REDATE_ENROLLMENT, { enrollmentId: e.id, on: '2099-01-01', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
      [REDATE_ENROLLMENT, { enrollmentId: e.id, on: '2022-02-28', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
      [REDATE_ENROLLMENT, { enrollmentId: randomUUID(), on: '2022-02-01', reason: 'r' }, 'NOT_FOUND', 'input.enrollmentId'],
      [REDATE_ENROLLMENT, { enrollmentId: e.id, on: '2022-02-01' }, 'BAD_USER_INPUT', 'input.reason'],
    ];
    for (const [doc, input, code, field] of cases) {
      const res = await t.gql(doc, { input });
      expectError(res, code, field);
    }
    // Moving the start before the cohort starts is refused like the move itself.
    const started = await f.enrollment(cohortId, (await f.venture()).id, [
      [E.ADMITTED, '2021-04-01'],
      [E.ACTIVE, '2021-06-01'],
    ]);
    const early = await t.gql(REDATE_ENROLLMENT, { input: { enrollmentId: started.id, on: '2021-05-01', reason: 'r' } });
    expectError(early, 'BAD_USER_INPUT', 'input.on');
    expect((await dump()).enrollment_events.filter((r: any) => r.enrollment_id !== started.id)).toEqual(before.enrollment_events);
    expect((await dump()).audit_log).toEqual(before.audit_log);
    for (const role of [Role.MENTOR, Role.ANALYST]) {
      expectError(await t.gqlAs(role, UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'r' } }), 'FORBIDDEN');
      expectError(await t.gqlAs(role, REDATE_ENROLLMENT, { input: { enrollmentId: e.id, on: '2022-03-01', reason: 'r' } }), 'FORBIDDEN');
    }
    const after = await dump();
    expect(after.enrollments.filter((r: any) => r.id !== started.id)).toEqual(before.enrollments);
    expect(after.audit_log).toEqual(before.audit_log);
  });

  it('an admin may correct too, and a mentor reads the corrected history of their venture', async () => {
    const e = await f.enrollment(cohortId, ventureId, graduated());
    const mentor = await f.mentorOf(t.accounts.MENTOR.personId);
    await f.assignment(mentor.id, e.id, '2021-06-01');
    expectOk(await t.gqlAs(Role.ADMIN, UNDO_ENROLLMENT, { input: { enrollmentId: e.id, reason: 'Admin fix' } }));
    const read = await t.gqlAs<any>(
      Role.MENTOR,
      `{ myAssignments { enrollment { status history { kind toStatus reason correctionOf voidedAt } } } }`,
    );
    const { history, status } = expectOk<any>(read).myAssignments[0].enrollment;
    expect(status).toBe('ACTIVE');
    expect(history.map((h: any) => h.kind)).toEqual(['MOVE', 'MOVE', 'MOVE', 'MOVE', 'UNDO']);
  });

  describe('collaboration stage changes', () => {
    const UNDO = `mutation($input: UndoCollaborationStageChangeInput!) { undoCollaborationStageChange(input: $input) { stage stageOn startedOn endedOn version } }`;
    const REDATE = `mutation($input: RedateCollaborationStageChangeInput!) { redateCollaborationStageChange(input: $input) { stage stageOn startedOn endedOn version } }`;
    const STAGES = `query($id: ID!) { collaboration(id: $id) { stageHistory { id kind fromStage toStage changedOn reason correctionOf voidedAt } } }`;
    const COLLAB_REPORTS = `query($p: [ID!], $c: ID!) {
      analytics { cohortComparison(filter: { programIds: $p }) { alumniReachedCommercial collaborationsByStage { stage count } medianDaysToFirstCollaboration }
        collaborationFunnel(filter: { programIds: $p }) { collaborations ended stages { stage reached } } }
      cohort(id: $c) { ended: alumni(filter: { collaborationStage: ENDED }) { name } } }`;
    const collabReports = async () => expectOk(await t.gqlAs<any>(Role.ANALYST, COLLAB_REPORTS, { p: [programId], c: cohortId }));
    let orgId: string;
    beforeEach(async () => {
      await f.enrollment(cohortId, ventureId, graduated());
      orgId = (await f.organization()).id;
    });

    it('undoes the end and then a stage: stage, dates, history, reports and audit follow', async () => {
      const c = await f.collaboration(ventureId, orgId, [
        [S.EXPLORING, '2022-03-10'],
        [S.PILOT, '2022-05-01'],
        [S.COMMERCIAL, '2022-09-01'],
        [S.ENDED, '2023-01-15'],
      ]);
      const before = await collabReports();
      expect(before.analytics.collaborationFunnel[0]).toMatchObject({ collaborations: 1, ended: 1 });
      expect(before.cohort.ended).toEqual([{ name: 'A venture' }]);
      const reopened = await t.gql(UNDO, { input: { collaborationId: c.id, version: 1, reason: 'It did not end' } });
      expect(expectOk<any>(reopened).undoCollaborationStageChange).toEqual({
        stage: 'COMMERCIAL',
        stageOn: '2022-09-01',
        startedOn: '2022-03-10',
        endedOn: null,
        version: 2,
      });
      expect((await audit('undoCollaborationStageChange'))[0].details.changes).toEqual({
        stage: { old: 'ENDED', new: 'COMMERCIAL' },
        stageOn: { old: '2023-01-15', new: '2022-09-01' },
        endedOn: { old: '2023-01-15', new: null },
      });
      const middle = await collabReports();
      expect(middle.analytics.collaborationFunnel[0]).toMatchObject({ collaborations: 1, ended: 0 });
      expect(middle.analytics.cohortComparison[0].alumniReachedCommercial).toBe(1);
      expect(middle.cohort.ended).toEqual([]);

      const back = await t.gql(UNDO, { input: { collaborationId: c.id, reason: 'Commercial agreement was never signed' } });
      expect(expectOk<any>(back).undoCollaborationStageChange).toMatchObject({ stage: 'PILOT', stageOn: '2022-05-01', version: 3 });
      const after = await collabReports();
      expect(after.analytics.cohortComparison[0]).toMatchObject({
        alumniReachedCommercial: 0,
        collaborationsByStage: [{ stage: 'PILOT', count: 1 }],
      });
      const reached = Object.fromEntries(after.analytics.collaborationFunnel[0].stages.map((x: any) => [x.stage, x.reached]));
      expect(reached).toEqual({ EXPLORING: 1, PILOT: 1, DEMONSTRATION: 0, COMMERCIAL: 0 });

      const { stageHistory } = expectOk<any>(await t.gql(STAGES, { id: c.id })).collaboration;
      expect(stageHistory.map((h: any) => [h.kind, h.fromStage, h.toStage, h.voidedAt !== null])).toEqual([
        ['MOVE', null, 'EXPLORING', false],
        ['MOVE', 'EXPLORING', 'PILOT', false],
        ['MOVE', 'PILOT', 'COMMERCIAL', true],
        ['MOVE', 'COMMERCIAL', 'ENDED', true],
        ['UNDO', 'ENDED', 'COMMERCIAL', false],
        ['UNDO', 'COMMERCIAL', 'PILOT', false],
      ]);
      expect(stageHistory[4]).toMatchObject({ changedOn: today(), reason: 'It did not end', correctionOf: stageHistory[3].id });

      // A stale version is refused and nothing is written.
      const snapshot = await dump();
      expectError(await t.gql(UNDO, { input: { collaborationId: c.id, version: 2, reason: 'r' } }), 'CONFLICT', 'input.version');
      expectError(
        await t.gql(REDATE, { input: { collaborationId: c.id, version: 1, on: '2022-05-02', reason: 'r' } }),
        'CONFLICT',
        'input.version',
      );
      expect(await dump()).toEqual(snapshot);
    });

    it('re-dates the first stage (its start moves too) and an end; refuses bad dates, a lone first stage and other roles', async () => {
      await t.dataSource.query(`UPDATE ventures SET founded_on = '2020-01-01' WHERE id = $1`, [ventureId]);
      const c = await f.collaboration(ventureId, orgId, [[S.EXPLORING, '2022-03-10']]);
      const ended = await f.collaboration(ventureId, orgId, [
        [S.EXPLORING, '2022-03-20'],
        [S.ENDED, '2022-06-01'],
      ]);
      const snapshot = await dump();
      const cases: [string, Record<string, unknown>, string, string][] = [
        [UNDO, { collaborationId: c.id, reason: 'r' }, 'CONFLICT', 'input.collaborationId'],
        [UNDO, { collaborationId: randomUUID(), reason: 'r' }, 'NOT_FOUND', 'input.collaborationId'],
        [REDATE, { collaborationId: c.id, on: '2019-12-31', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
        [REDATE, { collaborationId: c.id, on: '2099-12-31', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
        [REDATE, { collaborationId: ended.id, on: '2022-03-19', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
        [REDATE, { collaborationId: ended.id, on: '2022-06-01', reason: '' }, 'BAD_USER_INPUT', 'input.reason'],
      ];
      for (const [doc, input, code, field] of cases) expectError(await t.gql(doc, { input }), code, field);
      for (const role of [Role.MENTOR, Role.ANALYST]) {
        expectError(await t.gqlAs(role, UNDO, { input: { collaborationId: ended.id, reason: 'r' } }), 'FORBIDDEN');
        expectError(await t.gqlAs(role, REDATE, { input: { collaborationId: c.id, on: '2022-03-01', reason: 'r' } }), 'FORBIDDEN');
      }
      expect(await dump()).toEqual(snapshot);

      const moved = await t.gql(REDATE, { input: { collaborationId: c.id, on: '2022-03-01', reason: 'Kick-off was on 1 March' } });
      expect(expectOk<any>(moved).redateCollaborationStageChange).toEqual({
        stage: 'EXPLORING',
        stageOn: '2022-03-01',
        startedOn: '2022-03-01',
        endedOn: null,
        version: 2,
      });
      expect((await collabReports()).analytics.cohortComparison[0].medianDaysToFirstCollaboration).toBe(1);
      const end = await t.gql(REDATE, { input: { collaborationId: ended.id, on: '2022-07-01', reason: 'Contract ran to July' } });
      expect(expectOk<any>(end).redateCollaborationStageChange).toMatchObject({
        stage: 'ENDED',
        stageOn: '2022-07-01',
        endedOn: '2022-07-01',
      });
      const { stageHistory } = expectOk<any>(await t.gql(STAGES, { id: ended.id })).collaboration;
      expect(stageHistory.map((h: any) => [h.kind, h.toStage, h.changedOn, h.voidedAt !== null])).toEqual([
        ['MOVE', 'EXPLORING', '2022-03-20', false],
        ['MOVE', 'ENDED', '2022-06-01', true],
        ['REDATE', 'ENDED', '2022-07-01', false],
      ]);
      expect((await audit('redateCollaborationStageChange')).map((a: any) => a.details.changes)).toEqual([
        { stageOn: { old: '2022-03-10', new: '2022-03-01' }, startedOn: { old: '2022-03-10', new: '2022-03-01' } },
        { stageOn: { old: '2022-06-01', new: '2022-07-01' }, endedOn: { old: '2022-06-01', new: '2022-07-01' } },
      ]);
    });
  });

  describe('engagement status changes', () => {
    const CREATE = `mutation($input: CreateProBonoEngagementInput!) { createProBonoEngagement(input: $input) { id statusOn } }`;
    const STATUS = `mutation($input: ChangeProBonoEngagementStatusInput!) { changeProBonoEngagementStatus(input: $input) { status } }`;
    const FIELDS = `status statusOn startedOn endedOn version`;
    const UNDO = `mutation($input: UndoProBonoEngagementStatusChangeInput!) { undoProBonoEngagementStatusChange(input: $input) { ${FIELDS} } }`;
    const REDATE = `mutation($input: RedateProBonoEngagementStatusChangeInput!) { redateProBonoEngagementStatusChange(input: $input) { ${FIELDS} } }`;
    const HISTORY_G = `query($id: ID!) { proBonoEngagement(id: $id) { statusHistory { id kind toStatus changedOn reason correctionOf voidedAt } } }`;
    const PB_REPORTS = `query($p: [ID!], $c: ID!, $v: ID!) {
      analytics { cohortComparison(filter: { programIds: $p }) { proBonoEngagementsAfterGraduation } }
      cohort(id: $c) { supported: alumni(filter: { receivedProBono: true }) { name } }
      venture(id: $v) { afterGraduation { proBonoSupport { daysAfterGraduation } } } }`;
    const pbReports = async () => expectOk(await t.gqlAs<any>(Role.ANALYST, PB_REPORTS, { p: [programId], c: cohortId, v: ventureId }));
    beforeEach(() => f.enrollment(cohortId, ventureId, graduated()));

    it('undoes a completion and a start: the planned start comes back, reports stop counting it', async () => {
      const created = await t.gql<any>(CREATE, { input: { title: 'Web site', beneficiaryVentureId: ventureId, startedOn: '2024-05-01' } });
      const id = expectOk<any>(created).createProBonoEngagement.id;
      expectOk(await t.gql(STATUS, { input: { engagementId: id, status: 'ACTIVE', on: '2024-05-10' } }));
      expectOk(await t.gql(STATUS, { input: { engagementId: id, status: 'COMPLETED', on: '2024-08-01' } }));
      expect(await pbReports()).toMatchObject({
        analytics: { cohortComparison: [{ proBonoEngagementsAfterGraduation: 1 }] },
        cohort: { supported: [{ name: 'A venture' }] },
      });
      const reopened = await t.gql(UNDO, { input: { engagementId: id, version: 3, reason: 'Not delivered yet' } });
      expect(expectOk<any>(reopened).undoProBonoEngagementStatusChange).toEqual({
        status: 'ACTIVE',
        statusOn: '2024-05-10',
        startedOn: '2024-05-10',
        endedOn: null,
        version: 4,
      });
      const unstarted = await t.gql(UNDO, { input: { engagementId: id, reason: 'Never started: the kick-off was cancelled' } });
      expect(expectOk<any>(unstarted).undoProBonoEngagementStatusChange).toEqual({
        status: 'PROPOSED',
        statusOn: '2024-05-01',
        startedOn: '2024-05-01',
        endedOn: null,
        version: 5,
      });
      expect(await pbReports()).toEqual({
        analytics: { cohortComparison: [{ proBonoEngagementsAfterGraduation: 0 }] },
        cohort: { supported: [] },
        venture: { afterGraduation: { proBonoSupport: [] } },
      });
      const { statusHistory } = expectOk<any>(await t.gql(HISTORY_G, { id })).proBonoEngagement;
      expect(statusHistory.map((h: any) => [h.kind, h.toStatus, h.voidedAt !== null])).toEqual([
        ['MOVE', 'PROPOSED', false],
        ['MOVE', 'ACTIVE', true],
        ['MOVE', 'COMPLETED', true],
        ['UNDO', 'ACTIVE', false],
        ['UNDO', 'PROPOSED', false],
      ]);
      expect(statusHistory[4]).toMatchObject({
        changedOn: today(),
        correctionOf: statusHistory[1].id,
        reason: expect.stringMatching(/^Never/),
      });
      expect((await audit('undoProBonoEngagementStatusChange')).map((a: any) => a.details.changes)).toEqual([
        {
          status: { old: 'COMPLETED', new: 'ACTIVE' },
          statusOn: { old: '2024-08-01', new: '2024-05-10' },
          endedOn: { old: '2024-08-01', new: null },
        },
        {
          status: { old: 'ACTIVE', new: 'PROPOSED' },
          statusOn: { old: '2024-05-10', new: '2024-05-01' },
          startedOn: { old: '2024-05-10', new: '2024-05-01' },
        },
      ]);

      // Started again, then re-dated: the start moves; bad dates and stale versions write nothing.
      expectOk(await t.gql(STATUS, { input: { engagementId: id, status: 'ACTIVE', on: '2024-05-12' } }));
      const snapshot = await dump();
      const cases: [string, Record<string, unknown>, string, string][] = [
        [REDATE, { engagementId: id, on: '2024-04-30', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
        [REDATE, { engagementId: id, on: '2099-04-30', reason: 'r' }, 'BAD_USER_INPUT', 'input.on'],
        [REDATE, { engagementId: id, on: '2024-05-11', reason: 'r', version: 5 }, 'CONFLICT', 'input.version'],
        [UNDO, { engagementId: randomUUID(), reason: 'r' }, 'NOT_FOUND', 'input.engagementId'],
      ];
      for (const [doc, input, code, field] of cases) expectError(await t.gql(doc, { input }), code, field);
      for (const role of [Role.MENTOR, Role.ANALYST])
        expectError(await t.gqlAs(role, UNDO, { input: { engagementId: id, reason: 'r' } }), 'FORBIDDEN');
      expect(await dump()).toEqual(snapshot);
      const moved = await t.gql(REDATE, { input: { engagementId: id, on: '2024-05-11', reason: 'Kick-off on the 11th', version: 6 } });
      expect(expectOk<any>(moved).redateProBonoEngagementStatusChange).toMatchObject({
        status: 'ACTIVE',
        statusOn: '2024-05-11',
        startedOn: '2024-05-11',
      });
      expect((await pbReports()).venture.afterGraduation.proBonoSupport).toHaveLength(1);
    });

    it('refuses to undo the status an engagement was created in', async () => {
      const g = await f.engagement([[G.PROPOSED, '2024-01-10']], { beneficiaryVentureId: ventureId });
      const before = await dump();
      expectError(await t.gql(UNDO, { input: { engagementId: g.id, reason: 'r' } }), 'CONFLICT', 'input.engagementId');
      expect(await dump()).toEqual(before);
    });
  });

  describe('removing what was recorded by mistake', () => {
    const DELETE_C = `mutation($input: DeleteCollaborationInput!) { deleteCollaboration(input: $input) }`;
    const DELETE_G = `mutation($input: DeleteProBonoEngagementInput!) { deleteProBonoEngagement(input: $input) }`;

    it('removes a collaboration with its history and contacts, refused while an engagement supports it', async () => {
      const c = await f.collaboration(ventureId, (await f.organization()).id, [
        [S.EXPLORING, '2022-03-10'],
        [S.PILOT, '2022-05-01'],
      ]);
      await f.contact(c.id, (await f.person()).id, 'VENTURE' as any);
      const g = await f.engagement([[G.ACTIVE, '2022-06-01']], {
        beneficiaryVentureId: ventureId,
        supportedCollaborationId: c.id,
        title: 'Design sprint',
      });
      const before = await dump();
      const refused = expectError(await t.gql(DELETE_C, { input: { id: c.id, reason: 'Duplicate' } }), 'CONFLICT', 'input.id');
      expect(refused.message).toContain('Design sprint');
      expect(refused.extensions?.dependants).toEqual([{ type: 'ProBonoEngagement', id: g.id, title: 'Design sprint' }]);
      expectError(await t.gql(DELETE_C, { input: { id: randomUUID(), reason: 'Duplicate' } }), 'NOT_FOUND', 'input.id');
      expectError(await t.gql(DELETE_C, { input: { id: c.id, reason: ' ' } }), 'BAD_USER_INPUT', 'input.reason');
      expectError(await t.gql(DELETE_C, { input: { id: c.id, reason: 'x', version: 7 } }), 'CONFLICT', 'input.version');
      for (const role of [Role.MENTOR, Role.ANALYST]) {
        expectError(await t.gqlAs(role, DELETE_C, { input: { id: c.id, reason: 'x' } }), 'FORBIDDEN');
        expectError(await t.gqlAs(role, DELETE_G, { input: { id: g.id, reason: 'x' } }), 'FORBIDDEN');
      }
      expect(await dump()).toEqual(before);

      expect(expectOk<any>(await t.gql(DELETE_G, { input: { id: g.id, reason: 'Entered twice' } })).deleteProBonoEngagement).toBe(g.id);
      expect(expectOk<any>(await t.gql(DELETE_C, { input: { id: c.id, version: 1, reason: 'Entered twice' } })).deleteCollaboration).toBe(
        c.id,
      );
      for (const table of [
        'collaborations',
        'collaboration_stage_changes',
        'collaboration_contacts',
        'pro_bono_engagements',
        'pro_bono_engagement_status_changes',
      ])
        expect(await f.count(table)).toBe(0);
      const [entry] = await audit('deleteCollaboration');
      expect(entry.entity_ids).toEqual([c.id]);
      expect(entry.details).toMatchObject({
        reason: 'Entered twice',
        changes: { title: { old: 'C', new: null }, stage: { old: 'PILOT', new: null }, startedOn: { old: '2022-03-10', new: null } },
        stageHistory: [{ toStage: 'EXPLORING' }, { toStage: 'PILOT' }],
        contacts: [{ side: 'VENTURE', role: 'lead' }],
      });
      const after = await dump();
      expect(after.enrollments).toEqual(before.enrollments);
      expect(after.enrollment_events).toEqual(before.enrollment_events);
    });

    it('removes an engagement with volunteers without hours, refused while a volunteer has hours or an event names it', async () => {
      const [hana, ken] = [await f.person({ name: 'Hana' }), await f.person({ name: 'Ken' })];
      const withHours = await f.engagement([[G.ACTIVE, '2024-01-10']], { volunteers: [{ personId: hana.id, hours: 12.5 }] });
      const withEvent = await f.engagement([[G.ACTIVE, '2024-01-10']]);
      const event = await f.event({ title: 'Forum', engagementId: withEvent.id });
      const issue = await f.socialIssue();
      const mistaken = await f.engagement(
        [
          [G.PROPOSED, '2024-01-10'],
          [G.ACTIVE, '2024-02-01'],
        ],
        { volunteers: [{ personId: ken.id, hours: 0 }], socialIssueIds: [issue.id] },
      );
      const before = await dump();
      const hours = expectError(await t.gql(DELETE_G, { input: { id: withHours.id, reason: 'x' } }), 'CONFLICT', 'input.id');
      expect(hours.message).toContain('Hana');
      expect(hours.extensions?.dependants).toEqual([{ type: 'ProBonoVolunteer', id: expect.any(String), title: 'Hana' }]);
      const named = expectError(await t.gql(DELETE_G, { input: { id: withEvent.id, reason: 'x' } }), 'CONFLICT', 'input.id');
      expect(named.extensions?.dependants).toEqual([{ type: 'Event', id: event.id, title: 'Forum' }]);
      expect(await dump()).toEqual(before);

      expect(
        expectOk<any>(await t.gql(DELETE_G, { input: { id: mistaken.id, reason: 'Wrong beneficiary' } })).deleteProBonoEngagement,
      ).toBe(mistaken.id);
      const left = await dump();
      expect(left.pro_bono_engagements.map((g: any) => g.id).sort()).toEqual([withHours.id, withEvent.id].sort());
      expect(left.pro_bono_volunteers.map((v: any) => v.person_id)).toEqual([hana.id]);
      expect(await f.count('pro_bono_engagement_social_issues')).toBe(0);
      expect(await f.count('social_issues')).toBe(1);
      expect((await audit('deleteProBonoEngagement'))[0].details).toMatchObject({
        reason: 'Wrong beneficiary',
        changes: { status: { old: 'ACTIVE', new: null } },
        socialIssueIds: [issue.id],
        volunteers: [{ personId: ken.id }],
        statusHistory: [{ toStatus: 'PROPOSED' }, { toStatus: 'ACTIVE' }],
      });
    });
  });
});
