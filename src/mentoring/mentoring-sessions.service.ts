import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { auditEntryCte } from '../audit/audit-log.queries.js';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { getOrThrow, isUuid, rowToEntity, advanceVersion } from '../common/persistence.js';
import { noteDataChanged } from '../common/data-version.js';
import { preparedQuery } from '../common/prepared-query.js';
import { Clock } from '../common/clock.js';
import { dayIn } from '../common/dates.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import type { CreateMentoringTopicInput, LogMentoringSessionInput, UpdateMentoringSessionInput } from './dto/mentoring-session.inputs.js';
import { MentorAssignmentEntity, MentorEntity } from './mentor.entity.js';
import {
  FollowUpActionEntity,
  MentoringSessionEntity,
  MentoringSessionRevisionEntity,
  MentoringTopicEntity,
} from './mentoring-session.entity.js';
import { isStaff } from './mentoring-session-reads.service.js';

/** Audit details of a change staff made to a mentor's session. */
const onBehalf = (mentorId: string | undefined) => (mentorId ? { onBehalfOfMentorId: mentorId } : undefined);

/** The fields a revision keeps (everything a mentor can edit). */
export type SnapshotFields = 'heldAt' | 'durationMinutes' | 'format' | 'topics' | 'tags' | 'attendeePersonIds' | 'summary' | 'privateNotes';
export const snapshotOf = (s: Pick<MentoringSessionEntity, SnapshotFields>) => ({
  heldAt: s.heldAt.toISOString(),
  durationMinutes: s.durationMinutes,
  format: s.format,
  topics: s.topics,
  tags: s.tags,
  attendeePersonIds: s.attendeePersonIds,
  summary: s.summary,
  privateNotes: s.privateNotes,
});

/**
 * The assignment with its mentor's person, the enrollment's venture and cohort, and the time zone
 * of the cohort's program, in which a session's day is read (CTE `a`; $1 is its id).
 */
const ASSIGNMENT_CONTEXT = `WITH a AS (
  SELECT ma.id, ma.mentor_id AS "mentorId", ma.starts_on AS "startsOn", ma.ends_on AS "endsOn", mt.person_id AS "mentorPersonId",
         e.venture_id AS "ventureId", e.cohort_id AS "cohortId", p.time_zone AS "timeZone"
    FROM mentor_assignments ma JOIN mentors mt ON mt.id = ma.mentor_id JOIN enrollments e ON e.id = ma.enrollment_id
    JOIN cohorts c ON c.id = e.cohort_id JOIN programs p ON p.id = c.program_id
   WHERE ma.id = $1)`;

/** What logging a session needs to know about its assignment. */
interface AssignmentContext {
  id: string;
  mentorId: string;
  startsOn: string;
  endsOn: string | null;
  mentorPersonId: string;
  ventureId: string;
  cohortId: string;
  timeZone: string;
}

/** What the rules on a session's time need to know about its assignment. */
type AssignmentPeriod = Pick<AssignmentContext, 'startsOn' | 'endsOn' | 'timeZone'>;

@Injectable()
export class MentoringSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendar: ProgramCalendar,
    private readonly clock: Clock,
  ) {}

  // ---- writes --------------------------------------------------------------------------

  createTopic(input: CreateMentoringTopicInput, actor: Viewer): Promise<MentoringTopicEntity> {
    return this.audit.transaction(actor, 'createMentoringTopic', async (m) => {
      const taken = await m
        .createQueryBuilder(MentoringTopicEntity, 't')
        .where('lower(t.name) = lower(:name)', { name: input.name })
        .getExists();
      if (taken) throw new ConflictError('This topic exists already', { field: 'input.name' });
      return m.save(m.create(MentoringTopicEntity, { name: input.name }));
    });
  }

  /**
   * Logs a session. A mentor logs only under their own assignment, while it runs, not in the
   * future; staff may log for any assignment (recorded as on behalf). The same idempotency key
   * from the same user returns the session already logged; a second live session for the same
   * assignment and start time is refused (CONFLICT).
   *
   * Two write paths, kept side by side here: the everyday log (no key, topics, attendees or
   * follow-ups: those need reads and rows of their own) is one statement, because on this
   * hardware every round trip to PostgreSQL costs more CPU than the insert itself (bench/: 7
   * statements made writes CPU-bound at ~250/s); everything else runs in a transaction. Both
   * apply assertCanLog (the one-statement path also in SQL), write the session, its first
   * revision and the same audit entry: a rule changed in one must be changed in the other.
   */
  log(input: LogMentoringSessionInput, actor: Viewer): Promise<MentoringSessionEntity> {
    if (!input.idempotencyKey && !input.topics?.length && !input.attendeePersonIds?.length && !input.followUps?.length) {
      return this.logInOneStatement(input, actor);
    }
    return this.logInTransaction(input, actor);
  }

  /** `log` with an idempotency key, topics, attendees or follow-ups: checks, then writes, in one transaction. */
  private logInTransaction(input: LogMentoringSessionInput, actor: Viewer): Promise<MentoringSessionEntity> {
    return this.audit.transaction(actor, 'logMentoringSession', async (m, entry) => {
      if (input.idempotencyKey) {
        // Serialise submits of one key: the second waits, then finds the first one's session.
        await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${actor.userId}:${input.idempotencyKey}`]);
        const earlier = await m.findOneBy(MentoringSessionEntity, { recordedByUserId: actor.userId, idempotencyKey: input.idempotencyKey });
        if (earlier) {
          entry.skip();
          return earlier;
        }
      }
      const [assignment] = isUuid(input.assignmentId)
        ? await m.query<AssignmentContext[]>(`${ASSIGNMENT_CONTEXT} SELECT * FROM a`, [input.assignmentId])
        : [];
      const onBehalf = this.assertCanLog(assignment, input, actor);
      await this.assertTopics(m, input.topics ?? [], 'input.topics');
      await this.assertAttendees(m, assignment.ventureId, input.attendeePersonIds ?? [], 'input.attendeePersonIds');
      const mentor = { id: assignment.mentorId };
      const enrollment = { ventureId: assignment.ventureId, cohortId: assignment.cohortId };
      // A second live session at the same start is refused by the unique index (no extra lookup).
      const session = await this.insertOrConflict(() =>
        m.save(
          m.create(MentoringSessionEntity, {
            assignmentId: assignment.id,
            mentorId: mentor.id,
            ventureId: enrollment.ventureId,
            cohortId: enrollment.cohortId,
            heldAt: input.heldAt,
            durationMinutes: input.durationMinutes,
            format: input.format,
            topics: input.topics ?? [],
            tags: input.tags ?? [],
            attendeePersonIds: [...new Set(input.attendeePersonIds ?? [])],
            summary: input.summary ?? '',
            privateNotes: input.privateNotes ?? '',
            recordedByUserId: actor.userId,
            onBehalf,
            idempotencyKey: input.idempotencyKey ?? null,
            version: 1,
            deletedAt: null,
          }),
        ),
      );
      await m.insert(MentoringSessionRevisionEntity, {
        sessionId: session.id,
        version: 1,
        snapshot: snapshotOf(session),
        editedByUserId: actor.userId,
      });
      if (input.followUps?.length) {
        for (const [i, followUp] of input.followUps.entries()) {
          if (followUp.ownerPersonId) await this.assertPerson(m, followUp.ownerPersonId, `input.followUps.${i}.ownerPersonId`);
        }
        await m.insert(
          FollowUpActionEntity,
          input.followUps.map((x) => ({
            sessionId: session.id,
            text: x.text,
            ownerPersonId: x.ownerPersonId ?? null,
            dueOn: x.dueOn ?? null,
          })),
        );
      }
      entry.entityIds(session.id, assignment.id);
      entry.details(onBehalf ? { onBehalfOfMentorId: mentor.id } : undefined);
      return session;
    });
  }

  /**
   * `log` as one statement: the assignment's context, the session (the unique index answers a
   * double), its first revision and the audit entry, all or nothing. The insert runs only when
   * the checks of `assertCanLog` pass in SQL as well; when nothing was inserted, they run again
   * here on the context the statement returned to say why (else it was a double: CONFLICT).
   */
  private async logInOneStatement(input: LogMentoringSessionInput, actor: Viewer): Promise<MentoringSessionEntity> {
    this.assertNotFuture(input.heldAt, 'input.heldAt');
    if (!isUuid(input.assignmentId)) throw new NotFoundError('MentorAssignment', input.assignmentId, 'input.assignmentId');
    const tags = input.tags ?? [];
    const summary = input.summary ?? '';
    const privateNotes = input.privateNotes ?? '';
    const snapshot = snapshotOf({
      heldAt: input.heldAt,
      durationMinutes: input.durationMinutes,
      format: input.format,
      topics: [],
      tags,
      attendeePersonIds: [],
      summary,
      privateNotes,
    });
    const params: unknown[] = [
      input.assignmentId,
      input.heldAt,
      input.durationMinutes,
      input.format,
      tags,
      summary,
      privateNotes,
      actor.userId,
      actor.personId,
      isStaff(actor),
      JSON.stringify(snapshot),
    ];
    // The entry of the transactional path: the session and its assignment, and for whom when on behalf.
    const audit = auditEntryCte(params, actor, 'logMentoringSession', {
      from: 's',
      entityIds: ['s.id', 's.assignment_id'],
      details: `CASE WHEN s.on_behalf THEN jsonb_build_object('onBehalfOfMentorId', s.mentor_id) END`,
    });
    // Prepared: planning this statement costs PostgreSQL twice what running it does (bench/README).
    const rows = await preparedQuery<
      Pick<AssignmentContext, 'mentorPersonId' | 'startsOn' | 'endsOn' | 'timeZone'> & Record<string, unknown>
    >(
      this.dataSource,
      `${ASSIGNMENT_CONTEXT},
       s AS (
         INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, tags,
                                         summary, private_notes, recorded_by_user_id, on_behalf)
         SELECT a.id, a."mentorId", a."ventureId", a."cohortId", $2, $3, $4, $5, $6, $7, $8, a."mentorPersonId" <> $9
           FROM a
          WHERE (a."mentorPersonId" = $9 OR $10)
            -- The day in the program's zone against the assignment's dates: assertHeldAt's own comparison.
            AND ($2::timestamptz AT TIME ZONE a."timeZone")::date >= a."startsOn"
            AND (a."endsOn" IS NULL OR ($2::timestamptz AT TIME ZONE a."timeZone")::date <= a."endsOn")
         ON CONFLICT (assignment_id, held_at) WHERE deleted_at IS NULL DO NOTHING
         RETURNING *),
       r AS (
         INSERT INTO mentoring_session_revisions (session_id, version, snapshot, edited_by_user_id)
         SELECT s.id, 1, $11::jsonb, $8 FROM s),
       ${audit}
       SELECT a."mentorPersonId", a."startsOn", a."endsOn", a."timeZone", s.* FROM a LEFT JOIN s ON true`,
      params,
    );
    const row = rows[0];
    if (row?.id == null) {
      this.assertCanLog(row, input, actor);
      throw new ConflictError('A session for this assignment at this time is logged already', { field: 'input.heldAt' });
    }
    noteDataChanged();
    return rowToEntity(this.dataSource.manager, MentoringSessionEntity, row);
  }

  /** Who may log under the assignment, and when: throws, or tells whether it is on the mentor's behalf. */
  private assertCanLog(
    assignment: (AssignmentPeriod & Pick<AssignmentContext, 'mentorPersonId'>) | undefined,
    input: LogMentoringSessionInput,
    actor: Viewer,
  ): boolean {
    if (!assignment) throw new NotFoundError('MentorAssignment', input.assignmentId, 'input.assignmentId');
    const onBehalf = assignment.mentorPersonId !== actor.personId;
    if (onBehalf && !isStaff(actor)) throw new ForbiddenError('You can log sessions only under your own assignments');
    this.assertHeldAt(input.heldAt, assignment, 'input.heldAt');
    return onBehalf;
  }

  update(input: UpdateMentoringSessionInput, actor: Viewer): Promise<MentoringSessionEntity> {
    return this.audit.transaction(actor, 'updateMentoringSession', async (m, entry) => {
      const { session, assignment, enrollmentVentureId, onBehalfOfMentorId } = await this.loadForChange(m, input.id, actor);
      entry.details(onBehalf(onBehalfOfMentorId));
      entry.track(session, { redact: ['privateNotes'] });
      if (session.deletedAt) throw new ConflictError('The session is deleted; restore it first', { field: 'input.id' });
      advanceVersion(session, input.version);
      const { id: _id, version: _version, ...patch } = input;
      if (patch.heldAt) {
        const timeZone = await this.calendar.zoneOf(m, { cohortId: session.cohortId });
        this.assertHeldAt(patch.heldAt, { ...assignment, timeZone }, 'input.heldAt');
      }
      if (patch.topics) await this.assertTopics(m, patch.topics, 'input.topics');
      if (patch.attendeePersonIds) await this.assertAttendees(m, enrollmentVentureId, patch.attendeePersonIds, 'input.attendeePersonIds');
      if (patch.heldAt) await this.assertNoDuplicate(m, assignment.id, patch.heldAt, session.id);
      for (const [key, value] of Object.entries(patch))
        if (value !== undefined) (session as unknown as Record<string, unknown>)[key] = value;
      const saved = await m.save(session);
      await m.insert(MentoringSessionRevisionEntity, {
        sessionId: session.id,
        version: session.version,
        snapshot: snapshotOf(saved),
        editedByUserId: actor.userId,
      });
      return saved;
    });
  }

  /** Soft delete: the session disappears from lists; staff can restore it. */
  delete(id: string, actor: Viewer): Promise<MentoringSessionEntity> {
    return this.audit.transaction(actor, 'deleteMentoringSession', async (m, entry) => {
      const { session, onBehalfOfMentorId } = await this.loadForChange(m, id, actor);
      entry.details(onBehalf(onBehalfOfMentorId));
      entry.track(session);
      if (session.deletedAt) throw new ConflictError('The session is deleted already', { field: 'input.id' });
      session.deletedAt = new Date();
      return m.save(session);
    });
  }

  restore(id: string, actor: Viewer): Promise<MentoringSessionEntity> {
    return this.audit.transaction(actor, 'restoreMentoringSession', async (m, entry) => {
      const { session, onBehalfOfMentorId } = await this.loadForChange(m, id, actor);
      entry.details(onBehalf(onBehalfOfMentorId));
      entry.track(session);
      if (!session.deletedAt) throw new ConflictError('The session is not deleted', { field: 'input.id' });
      await this.assertNoDuplicate(m, session.assignmentId, session.heldAt, session.id);
      session.deletedAt = null;
      return m.save(session);
    });
  }

  // ---- rules ---------------------------------------------------------------------------

  /**
   * Locks the session; staff may change any, a mentor only the sessions of their own assignments
   * (another's answers NOT_FOUND at `field`). Also what changes to its follow-ups check.
   */
  async loadForChange(m: EntityManager, id: string, actor: Viewer, field = 'input.id') {
    const session = await getOrThrow(m, MentoringSessionEntity, 'MentoringSession', id, { field, lock: true });
    const mentor = await getOrThrow(m, MentorEntity, 'Mentor', session.mentorId);
    if (mentor.personId !== actor.personId && !isStaff(actor)) throw new NotFoundError('MentoringSession', id, field);
    const assignment = await getOrThrow(m, MentorAssignmentEntity, 'MentorAssignment', session.assignmentId);
    const onBehalfOfMentorId = mentor.personId === actor.personId ? undefined : mentor.id;
    return { session, assignment, enrollmentVentureId: session.ventureId, onBehalfOfMentorId };
  }

  /** Runs an insert; the unique index on (assignment, start) turns a double into CONFLICT at input.heldAt. */
  private async insertOrConflict<T>(insert: () => Promise<T>): Promise<T> {
    try {
      return await insert();
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'uq_mentoring_sessions_assignment_held_at') {
        throw new ConflictError('A session for this assignment at this time is logged already', { field: 'input.heldAt' });
      }
      throw error;
    }
  }

  /** An instant: compared with the Clock's now, whatever the zone (a minute's grace for clock drift). */
  private assertNotFuture(heldAt: Date, field: string): void {
    if (heldAt.getTime() > this.clock.now().getTime() + 60_000) throw new ValidationError({ field, message: 'must not be in the future' });
  }

  /** Not in the future, and on a day (in the program's zone) within the assignment's period. */
  private assertHeldAt(heldAt: Date, assignment: AssignmentPeriod, field: string): void {
    this.assertNotFuture(heldAt, field);
    const day = dayIn(assignment.timeZone, heldAt);
    if (day < assignment.startsOn || (assignment.endsOn && day > assignment.endsOn)) {
      const period = `${assignment.startsOn} to ${assignment.endsOn ?? 'now'}`;
      throw new ConflictError(`The assignment runs ${period}; the session is outside it (on ${day} in ${assignment.timeZone})`, { field });
    }
  }

  private async assertTopics(m: EntityManager, topics: string[], field: string): Promise<void> {
    if (!topics.length) return;
    const known = await m.find(MentoringTopicEntity, { where: { name: In(topics) } });
    const unknown = topics.filter((t) => !known.some((k) => k.name === t));
    if (unknown.length)
      throw new ValidationError({ field, message: `unknown topics: ${unknown.join(', ')} (see mentoringTopics; use tags for free words)` });
  }

  /** Attendees must be founders of the venture. */
  private async assertAttendees(m: EntityManager, ventureId: string, personIds: string[], field: string): Promise<void> {
    if (!personIds.length) return;
    const rows = await m.query<{ person_id: string }[]>(
      `SELECT person_id FROM venture_founders WHERE venture_id = $1 AND person_id = ANY($2::uuid[])`,
      [ventureId, personIds],
    );
    const strangers = personIds.filter((p) => !rows.some((r) => r.person_id === p));
    if (strangers.length) throw new ValidationError({ field, message: `not founders of the venture: ${strangers.join(', ')}` });
  }

  private async assertPerson(m: EntityManager, personId: string, field: string): Promise<void> {
    const [row] = await m.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM people WHERE id = $1 AND merged_into_id IS NULL) AS found`,
      [personId],
    );
    if (!row.found) throw new NotFoundError('Person', personId, field);
  }

  private async assertNoDuplicate(m: EntityManager, assignmentId: string, heldAt: Date, selfId: string | undefined): Promise<void> {
    const clash = await m
      .createQueryBuilder(MentoringSessionEntity, 's')
      .where('s.assignment_id = :assignmentId AND s.held_at = :heldAt AND s.deleted_at IS NULL', { assignmentId, heldAt })
      .andWhere(selfId ? 's.id <> :selfId' : 'TRUE', { selfId })
      .getExists();
    if (clash) throw new ConflictError('A session for this assignment at this time is logged already', { field: 'input.heldAt' });
  }
}
