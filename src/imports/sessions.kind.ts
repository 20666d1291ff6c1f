import { MentoringSessionEntity, MentoringSessionRevisionEntity } from '../mentoring/mentoring-session.entity.js';
import { snapshotOf } from '../mentoring/mentoring-sessions.service.js';
import { SessionFormat } from '../mentoring/session-format.enum.js';
import { email, integer, oneOf, reference, text } from './cell-parsers.js';
import {
  CellProblem,
  type ImportColumn,
  type ImportKind,
  type ParsedRow,
  type PlanContext,
  type Planned,
  type WriteContext,
} from './import-kind.js';
import type { EntityManager } from 'typeorm';
import { ValidationError } from '../common/errors/domain-errors.js';
import {
  countStates,
  type EnrollmentRef,
  resolveCohorts,
  resolveEnrollments,
  resolvePeople,
  resolvePrograms,
  resolveVentures,
  wordList,
} from './kind-refs.js';
import { v } from './roster-types.js';

/** A start: `YYYY-MM-DD HH:MM[:SS]` in the program's time zone, or with a UTC offset (`…+09:00`, `…Z`). */
const dateTime = (value: string): { local: string; offset: string | null } => {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.normalize('NFKC'));
  const p2 = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  const local = m ? `${m[1]}-${p2(m[2])}-${p2(m[3])}T${p2(m[4])}:${m[5]}:${p2(m[6])}` : '';
  const check = new Date(`${local}Z`);
  if (!m || Number.isNaN(check.getTime()) || check.toISOString().slice(0, 19) !== local) {
    throw new CellProblem('BAD_DATE', "must be a date and time (YYYY-MM-DD HH:MM, in the program's time zone, or with an offset)");
  }
  return { local, offset: m[7] ? m[7].toUpperCase() : null };
};

export const SESSION_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'mentor_email',
    required: false,
    example: 'ichiro@example.org',
    description: 'the mentor, by email; this or mentor_ref is required',
    parse: email,
  },
  { name: 'mentor_ref', required: false, example: 'M-007', description: "the mentor person's reference (matched first)", parse: reference },
  { name: 'program', required: true, example: 'NEC Social Entrepreneurship School', description: "the cohort's program", parse: text(200) },
  { name: 'fiscal_year', required: true, example: '2024', description: "the cohort's fiscal year", parse: integer(1900, 2200, 'BAD_YEAR') },
  { name: 'venture', required: true, example: 'BANSO-CO', description: 'the venture (normalised name)', parse: text(200) },
  {
    name: 'venture_ref',
    required: false,
    example: 'V-2021-03',
    description: "the school's own id for the venture (matched first)",
    parse: reference,
  },
  {
    name: 'held_at',
    required: true,
    example: '2024-07-10 14:00',
    description: "the start, YYYY-MM-DD HH:MM in the program's time zone (or with an offset); its day within an assignment of the pair",
    parse: dateTime,
  },
  { name: 'duration_minutes', required: true, example: '60', description: '1–600', parse: integer(1, 600) },
  {
    name: 'format',
    required: true,
    example: 'ONLINE',
    description: 'IN_PERSON, ONLINE or PHONE',
    parse: oneOf(Object.values(SessionFormat), 'BAD_FORMAT'),
  },
  {
    name: 'topics',
    required: false,
    example: 'Fundraising',
    description: 'names from mentoringTopics, separated by ";"',
    parse: wordList(100, 20),
  },
  { name: 'tags', required: false, example: 'pitch', description: 'free tags separated by ";"', parse: wordList(60, 20) },
  {
    name: 'summary',
    required: false,
    example: 'Reviewed the pitch deck.',
    description: 'what was discussed (read by staff and analysts)',
    parse: text(20000),
  },
];

interface SessionPlan {
  row: ParsedRow;
  assignmentId: string;
  mentorId: string;
  ventureId: string;
  cohortId: string;
  heldAt: Date;
  fields: { durationMinutes: number; format: SessionFormat; topics: string[]; tags: string[]; summary: string };
  stored?: { id: string; version: number; privateNotes: string; attendeePersonIds: string[] };
  changed: boolean;
}

export interface SessionsPlan {
  sessions: SessionPlan[];
}

type StoredSession = {
  id: string;
  mentor_id: string;
  venture_id: string;
  held_at: Date;
  duration_minutes: number;
  format: SessionFormat;
  topics: string[];
  tags: string[];
  summary: string;
  private_notes: string;
  attendee_person_ids: string[];
  version: number;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each start as an instant, and its day in the program's zone (what the assignment's dates are compared with). */
async function startsOf(manager: EntityManager, open: ParsedRow[], enrollments: Map<ParsedRow, EnrollmentRef>) {
  return manager.query<{ at: Date; day: string }[]>(
    `SELECT t.at, to_char(t.at AT TIME ZONE t.zone, 'YYYY-MM-DD') AS day
       FROM (SELECT CASE WHEN o IS NULL THEN l::timestamp AT TIME ZONE z ELSE (l || o)::timestamptz END AS at, z AS zone, i
               FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY u(l, o, z, i)) t ORDER BY t.i`,
    [
      open.map((r) => v<{ local: string }>(r, 'held_at')!.local),
      open.map((r) => v<{ offset: string | null }>(r, 'held_at')!.offset),
      open.map((r) => enrollments.get(r)!.cohort.program.time_zone),
    ],
  );
}

async function planSessions(all: ParsedRow[], { manager, problems, now }: PlanContext): Promise<Planned<SessionsPlan>> {
  const programs = await resolvePrograms(manager, all, problems);
  const cohorts = await resolveCohorts(manager, all, programs, problems);
  const ventures = await resolveVentures(manager, all, problems);
  const enrollments = await resolveEnrollments(manager, all, cohorts, ventures, problems);
  const people = await resolvePeople(manager, all, problems, 'mentor', true);
  const mentorRows = await manager.query<{ id: string; person_id: string }[]>(
    `SELECT id, person_id FROM mentors WHERE person_id = ANY($1::uuid[])`,
    [[...new Set([...people.values()].map((p) => p.id))]],
  );
  const topics = new Set((await manager.query<{ name: string }[]>(`SELECT name FROM mentoring_topics`)).map((t) => t.name));

  const open = all.filter((r) => !r.failed && enrollments.has(r) && people.has(r));
  const starts = await startsOf(manager, open, enrollments);
  const mentorIds = mentorRows.map((m) => m.id);
  const assignments = await manager.query<
    { id: string; mentor_id: string; enrollment_id: string; starts_on: string; ends_on: string | null }[]
  >(
    `SELECT id, mentor_id, enrollment_id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM mentor_assignments WHERE mentor_id = ANY($1::uuid[])`,
    [mentorIds],
  );
  const stored = await manager.query<StoredSession[]>(
    `SELECT id, mentor_id, venture_id, held_at, duration_minutes, format, topics, tags, summary, private_notes, attendee_person_ids, version
       FROM mentoring_sessions WHERE deleted_at IS NULL AND mentor_id = ANY($1::uuid[])`,
    [mentorIds],
  );
  const sessions: SessionPlan[] = [];
  const lineOf = new Map<string, number>();
  open.forEach((row, i) => {
    const enrollment = enrollments.get(row)!;
    const mentor = mentorRows.find((m) => m.person_id === people.get(row)!.id);
    if (!mentor) {
      const column = row.values.mentor_ref ? 'mentor_ref' : 'mentor_email';
      problems.error(row, column, 'UNKNOWN_MENTOR', 'this person has no mentor profile (import them with the mentors kind first)');
      return;
    }
    const { at, day } = starts[i];
    if (at > now) return problems.error(row, 'held_at', 'BAD_DATE', 'must not be in the future');
    const assignment = assignments.find(
      (a) => a.mentor_id === mentor.id && a.enrollment_id === enrollment.id && a.starts_on <= day && (!a.ends_on || day <= a.ends_on),
    );
    if (!assignment) {
      return problems.error(row, 'held_at', 'NO_ASSIGNMENT', `the mentor is not assigned to this venture in this cohort on ${day}`);
    }
    const unknown = (v<string[]>(row, 'topics') ?? []).filter((t) => !topics.has(t));
    if (unknown.length)
      return problems.error(
        row,
        'topics',
        'UNKNOWN_TOPIC',
        `unknown topics: ${unknown.join(', ')} (see mentoringTopics; use tags for free words)`,
      );
    const key = `${mentor.id}/${enrollment.ventureId}/${at.toISOString()}`;
    if (lineOf.has(key))
      return problems.error(
        row,
        'held_at',
        'DUPLICATE_ROW',
        `line ${lineOf.get(key)} logs this mentor's session with this venture at this start already`,
      );
    lineOf.set(key, row.line);
    const fields = {
      durationMinutes: v<number>(row, 'duration_minutes')!,
      format: v<SessionFormat>(row, 'format')!,
      topics: v<string[]>(row, 'topics') ?? [],
      tags: v<string[]>(row, 'tags') ?? [],
      summary: v<string>(row, 'summary') ?? '',
    };
    const s = stored.find(
      (x) => x.mentor_id === mentor.id && x.venture_id === enrollment.ventureId && x.held_at.getTime() === at.getTime(),
    );
    const changed =
      !s ||
      s.duration_minutes !== fields.durationMinutes ||
      s.format !== fields.format ||
      !same(s.topics, fields.topics) ||
      !same(s.tags, fields.tags) ||
      s.summary !== fields.summary;
    sessions.push({
      row,
      assignmentId: assignment.id,
      mentorId: mentor.id,
      ventureId: enrollment.ventureId,
      cohortId: enrollment.cohort.id,
      heldAt: at,
      fields,
      stored: s && { id: s.id, version: s.version, privateNotes: s.private_notes, attendeePersonIds: s.attendee_person_ids },
      changed,
    });
  });
  return {
    plan: { sessions },
    entities: { sessions: countStates(sessions, (x) => (!x.stored ? 'created' : x.changed ? 'updated' : 'unchanged')) },
    duplicates: [],
  };
}

/** As logMentoringSession and updateMentoringSession write them: logged on the mentor's behalf by the importer, each state kept as a revision. */
async function writeSessions(plan: SessionsPlan, { manager, actor }: WriteContext): Promise<void> {
  // A session is recorded by a user (recorded_by_user_id is required); the command line has none.
  if (!actor && plan.sessions.some((x) => x.changed))
    throw new ValidationError({ field: 'kind', message: 'sessions are imported by a signed-in user: use POST /imports/sessions' });
  const userId = actor!.userId;
  const revisions: Partial<MentoringSessionRevisionEntity>[] = [];
  for (const s of plan.sessions.filter((x) => x.changed)) {
    if (s.stored) {
      const version = s.stored.version + 1;
      await manager.update(MentoringSessionEntity, s.stored.id, { ...s.fields, version });
      const snapshot = snapshotOf({
        heldAt: s.heldAt,
        ...s.fields,
        attendeePersonIds: s.stored.attendeePersonIds,
        privateNotes: s.stored.privateNotes,
      });
      revisions.push({ sessionId: s.stored.id, version, snapshot, editedByUserId: userId });
      continue;
    }
    const saved = await manager.save(
      manager.create(MentoringSessionEntity, {
        assignmentId: s.assignmentId,
        mentorId: s.mentorId,
        ventureId: s.ventureId,
        cohortId: s.cohortId,
        heldAt: s.heldAt,
        ...s.fields,
        attendeePersonIds: [],
        privateNotes: '',
        recordedByUserId: userId,
        onBehalf: true,
        idempotencyKey: null,
        version: 1,
        deletedAt: null,
      }),
    );
    revisions.push({ sessionId: saved.id, version: 1, snapshot: snapshotOf(saved), editedByUserId: userId });
  }
  for (let i = 0; i < revisions.length; i += 500)
    await manager.insert(MentoringSessionRevisionEntity, revisions.slice(i, i + 500) as never);
}

/** Mentoring sessions: one row per session, under the mentor's assignment to the venture in that cohort. */
export const sessionsKind: ImportKind<SessionsPlan> = {
  name: 'sessions',
  entities: ['sessions'],
  columns: SESSION_COLUMNS,
  validateRow(row, problems) {
    if (!row.raw.mentor_email && !row.raw.mentor_ref)
      problems.error(row, 'mentor_email', 'REQUIRED', 'mentor_email or mentor_ref is required', null);
  },
  plan: planSessions,
  write: writeSessions,
};
