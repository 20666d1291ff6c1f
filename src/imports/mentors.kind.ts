import { MentorAssignmentEntity, MentorEntity } from '../mentoring/mentor.entity.js';
import { AssignmentRole } from '../mentoring/assignment-role.enum.js';
import { PersonEntity } from '../people/person.entity.js';
import { date, email, integer, oneOf, reference, text } from './cell-parsers.js';
import type { ImportColumn, ImportKind, ParsedRow, PlanContext, Planned, ProblemSink, WriteContext } from './import-kind.js';
import {
  countStates,
  type EnrollmentRef,
  type PersonRef,
  resolveCohorts,
  resolveEnrollments,
  resolveOrganizations,
  resolvePeople,
  resolvePrograms,
  resolveVentures,
  wordList,
} from './kind-refs.js';
import { v } from './roster-types.js';

export const MENTOR_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'mentor',
    required: true,
    example: '鈴木 一郎',
    description: "the mentor's name (used when the person is created)",
    parse: text(200),
  },
  {
    name: 'mentor_email',
    required: false,
    example: 'ichiro@example.org',
    description: 'the mentor person, by email (case-insensitive); this or mentor_ref is required',
    parse: email,
  },
  {
    name: 'mentor_ref',
    required: false,
    example: 'M-007',
    description: "the school's own id for the person (matched first)",
    parse: reference,
  },
  {
    name: 'capacity',
    required: false,
    example: '3',
    description: 'most ventures at once, 1–50 (empty keeps what is stored; new: 3)',
    parse: integer(1, 50),
  },
  {
    name: 'expertise',
    required: false,
    example: 'finance;healthcare',
    description: 'tags separated by ";" (empty keeps what is stored)',
    parse: wordList(60),
  },
  { name: 'languages', required: false, example: 'ja;en', description: 'languages separated by ";"', parse: wordList(60) },
  {
    name: 'affiliation',
    required: false,
    example: 'Example Partner Corp',
    description: 'an existing organization (normalised name)',
    parse: text(200),
  },
  {
    name: 'program',
    required: false,
    example: 'NEC Social Entrepreneurship School',
    description: "assignment: the cohort's program",
    parse: text(200),
  },
  {
    name: 'fiscal_year',
    required: false,
    example: '2024',
    description: "assignment: the cohort's fiscal year (an existing cohort)",
    parse: integer(1900, 2200, 'BAD_YEAR'),
  },
  {
    name: 'venture',
    required: false,
    example: 'BANSO-CO',
    description: 'assignment: the venture (enrolled in that cohort)',
    parse: text(200),
  },
  {
    name: 'venture_ref',
    required: false,
    example: 'V-2021-03',
    description: "the school's own id for the venture (matched first)",
    parse: reference,
  },
  {
    name: 'role',
    required: false,
    example: 'LEAD',
    description: 'LEAD (default) or SUPPORT',
    parse: oneOf(Object.values(AssignmentRole), 'BAD_ROLE'),
  },
  { name: 'starts_on', required: false, example: '2024-06-01', description: 'assignment: first day (YYYY-MM-DD)', parse: date },
  { name: 'ends_on', required: false, example: '2025-02-28', description: 'assignment: last day (empty: still running)', parse: date },
];

const ASSIGNMENT_COLUMNS = ['program', 'fiscal_year', 'venture', 'starts_on'];

interface PersonPlan {
  key: string;
  name: string;
  email?: string;
  ref?: string;
  stored?: PersonRef;
  id?: string;
  update: Partial<PersonEntity>;
}

interface MentorPlan {
  person: PersonPlan;
  rows: ParsedRow[];
  values: { capacity?: number; expertise?: string[]; languages?: string[]; affiliationOrganizationId?: string };
  id?: string;
  active: boolean;
  /** The capacity the assignments are checked against: the file's, else the stored one, else the default 3. */
  capacity: number;
  update: Partial<MentorEntity>;
}

interface AssignmentPlan {
  mentor: MentorPlan;
  row: ParsedRow;
  enrollmentId: string;
  role: AssignmentRole;
  startsOn: string;
  endsOn: string | null;
  id?: string;
  update: Partial<MentorAssignmentEntity>;
}

export interface MentorsPlan {
  people: PersonPlan[];
  mentors: MentorPlan[];
  assignments: AssignmentPlan[];
}

type StoredMentor = {
  id: string;
  person_id: string;
  capacity: number;
  expertise: string[];
  languages: string[];
  affiliation_organization_id: string | null;
  active: boolean;
};
type StoredAssignment = {
  id: string;
  mentor_id: string;
  enrollment_id: string;
  role: AssignmentRole;
  starts_on: string;
  ends_on: string | null;
};

const overlaps = (a: { startsOn: string; endsOn: string | null }, b: { startsOn: string; endsOn: string | null }) =>
  a.startsOn <= (b.endsOn ?? '9999-12-31') && b.startsOn <= (a.endsOn ?? '9999-12-31');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function planMentors(all: ParsedRow[], { manager, problems }: PlanContext): Promise<Planned<MentorsPlan>> {
  const assigning = all.filter((r) => !r.failed && r.values.venture !== undefined);
  const programs = await resolvePrograms(manager, assigning, problems);
  const cohorts = await resolveCohorts(manager, assigning, programs, problems);
  const ventures = await resolveVentures(manager, assigning, problems);
  const enrollments = await resolveEnrollments(manager, assigning, cohorts, ventures, problems);
  for (const [row, e] of enrollments) {
    if (e.status === 'APPLIED')
      problems.error(
        row,
        'venture',
        'NOT_ADMITTED',
        `the venture only applied to FY${e.cohort.year}: a mentor is assigned once it is admitted`,
      );
  }
  const affiliations = await resolveOrganizations(manager, all, problems, 'affiliation');
  const found = await resolvePeople(manager, all, problems, 'mentor', false);

  const { people, mentors, mentorOf } = groupMentors(all, found, affiliations, problems);

  const personIds = [...people.values()].flatMap((p) => (p.id ? [p.id] : []));
  const storedMentors = await manager.query<StoredMentor[]>(
    `SELECT id, person_id, capacity, expertise, languages, affiliation_organization_id, active FROM mentors WHERE person_id = ANY($1::uuid[])`,
    [personIds],
  );
  for (const mentor of mentors.values()) {
    const stored = storedMentors.find((m) => m.person_id === mentor.person.id);
    if (!stored) continue;
    mentor.id = stored.id;
    mentor.active = stored.active;
    mentor.capacity = stored.capacity;
    const { capacity, expertise, languages, affiliationOrganizationId } = mentor.values;
    if (capacity !== undefined && capacity !== stored.capacity) mentor.update.capacity = capacity;
    if (expertise !== undefined && !same(expertise, stored.expertise)) mentor.update.expertise = expertise;
    if (languages !== undefined && !same(languages, stored.languages)) mentor.update.languages = languages;
    if (affiliationOrganizationId !== undefined && affiliationOrganizationId !== stored.affiliation_organization_id)
      mentor.update.affiliationOrganizationId = affiliationOrganizationId;
  }

  const storedAssignments = await manager.query<StoredAssignment[]>(
    `SELECT id, mentor_id, enrollment_id, role, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ends_on, 'YYYY-MM-DD') AS ends_on
       FROM mentor_assignments WHERE mentor_id = ANY($1::uuid[])`,
    [storedMentors.map((m) => m.id)],
  );
  const assignments = planAssignments(assigning, enrollments, mentorOf, storedAssignments, problems);

  for (const [key, mentor] of mentors) if (mentor.rows.some((r) => r.failed)) mentors.delete(key);
  const livePeople = new Set([...mentors.values()].map((m) => m.person));
  const personList = [...people.values()].filter((p) => livePeople.has(p));
  const mentorList = [...mentors.values()];
  const changed = (o: object) => Object.keys(o).length > 0;
  return {
    plan: { people: personList, mentors: mentorList, assignments },
    entities: {
      people: countStates(personList, (p) => (!p.id ? 'created' : changed(p.update) ? 'updated' : 'unchanged')),
      mentors: countStates(mentorList, (m) => (!m.id ? 'created' : changed(m.update) ? 'updated' : 'unchanged')),
      assignments: countStates(assignments, (a) => (!a.id ? 'created' : changed(a.update) ? 'updated' : 'unchanged')),
    },
    duplicates: [],
  };
}

/** People and mentor profiles: one per stored person, else mentor_ref, else mentor_email; the file's rows of one mentor must agree. */
function groupMentors(all: ParsedRow[], found: Map<ParsedRow, PersonRef>, affiliations: Map<ParsedRow, string>, problems: ProblemSink) {
  const people = new Map<string, PersonPlan>();
  const mentors = new Map<string, MentorPlan>();
  const mentorOf = new Map<ParsedRow, MentorPlan>();
  for (const row of all.filter((r) => !r.failed)) {
    const stored = found.get(row);
    const ref = v<string>(row, 'mentor_ref');
    const mail = v<string>(row, 'mentor_email');
    const key = stored ? `id:${stored.id}` : ref ? `ref:${ref}` : `email:${mail!.toLowerCase()}`;
    let person = people.get(key);
    const sameEmail = mail && [...people.values()].find((p) => p.key !== key && p.email?.toLowerCase() === mail.toLowerCase());
    if (sameEmail) {
      problems.error(
        row,
        'mentor_email',
        'DUPLICATE_PERSON',
        `line ${mentors.get(sameEmail.key)!.rows[0].line} gives this email to another mentor: give the same mentor_ref on both`,
      );
      continue;
    }
    if (!person) {
      person = { key, name: v<string>(row, 'mentor')!, email: mail, ref, stored, id: stored?.id, update: {} };
      if (stored && ref && !stored.reference) person.update.reference = ref;
      if (stored && mail && !stored.email) person.update.email = mail;
      people.set(key, person);
    }
    let mentor = mentors.get(key);
    if (!mentor) {
      mentor = { person, rows: [], values: {}, active: true, capacity: 3, update: {} };
      mentors.set(key, mentor);
    }
    const values: MentorPlan['values'] = {
      capacity: v(row, 'capacity'),
      expertise: v(row, 'expertise'),
      languages: v(row, 'languages'),
      affiliationOrganizationId: affiliations.get(row),
    };
    for (const [field, value] of Object.entries(values) as [keyof MentorPlan['values'], never][]) {
      if (value === undefined) continue;
      const known = mentor.values[field];
      const column = field === 'affiliationOrganizationId' ? 'affiliation' : field;
      if (known !== undefined && !same(known, value))
        problems.error(row, column, 'CONFLICTING_VALUES', `line ${mentor.rows[0].line} gives this mentor another ${column}`);
      else mentor.values[field] = value;
    }
    mentor.rows.push(row);
    mentorOf.set(row, mentor);
  }

  return { people, mentors, mentorOf };
}

/** Natural key mentor + enrollment + starts_on; new ones checked as assignMentor checks them (overlap of the pair, capacity). */
function planAssignments(
  rows: ParsedRow[],
  enrollments: Map<ParsedRow, EnrollmentRef>,
  mentorOf: Map<ParsedRow, MentorPlan>,
  stored: StoredAssignment[],
  problems: ProblemSink,
): AssignmentPlan[] {
  const out: AssignmentPlan[] = [];
  const byKey = new Map<string, AssignmentPlan>();
  // Every assignment of each mentor, stored and planned, for the overlap and capacity checks.
  const periods = new Map<MentorPlan, { enrollmentId: string; startsOn: string; endsOn: string | null; id?: string }[]>();
  for (const mentor of new Set(mentorOf.values())) {
    periods.set(
      mentor,
      stored
        .filter((a) => a.mentor_id === mentor.id)
        .map((a) => ({ enrollmentId: a.enrollment_id, startsOn: a.starts_on, endsOn: a.ends_on, id: a.id })),
    );
  }
  for (const row of rows) {
    const enrollment = enrollments.get(row);
    const mentor = mentorOf.get(row);
    if (row.failed || !enrollment || !mentor) continue;
    const startsOn = v<string>(row, 'starts_on')!;
    const endsOn = v<string>(row, 'ends_on') ?? null;
    const role = v<AssignmentRole>(row, 'role') ?? AssignmentRole.LEAD;
    const key = `${mentor.person.key}/${enrollment.id}/${startsOn}`;
    if (byKey.has(key)) {
      problems.error(
        row,
        'starts_on',
        'DUPLICATE_ROW',
        `line ${byKey.get(key)!.row.line} assigns this mentor to this venture from this day already`,
      );
      continue;
    }
    const plan: AssignmentPlan = { mentor, row, enrollmentId: enrollment.id, role, startsOn, endsOn, update: {} };
    const existing = stored.find((a) => a.mentor_id === mentor.id && a.enrollment_id === enrollment.id && a.starts_on === startsOn);
    if (existing) {
      plan.id = existing.id;
      if (existing.role !== role) plan.update.role = role;
      if (existing.ends_on !== endsOn && endsOn !== null) {
        if (endsOn < startsOn) problems.error(row, 'ends_on', 'BAD_DATE', 'must not be before starts_on');
        plan.update.endsOn = endsOn;
      }
    } else {
      if (!mentor.active) {
        problems.error(row, 'mentor', 'MENTOR_INACTIVE', 'the mentor is inactive: reactivate them in the console first');
        continue;
      }
      const mine = periods.get(mentor)!;
      const span = { startsOn, endsOn };
      if (mine.some((p) => p.enrollmentId === enrollment.id && overlaps(p, span))) {
        problems.error(
          row,
          'starts_on',
          'OVERLAPPING_ASSIGNMENT',
          'the mentor is assigned to this venture for an overlapping period already',
        );
        continue;
      }
      const capacity = mentor.values.capacity ?? mentor.capacity;
      const load = new Set(mine.filter((p) => overlaps(p, span)).map((p) => p.enrollmentId)).size;
      if (load >= capacity) {
        problems.error(row, 'starts_on', 'AT_CAPACITY', `the mentor is at capacity (${capacity} ventures) for this period`);
        continue;
      }
      mine.push({ enrollmentId: enrollment.id, ...span });
    }
    byKey.set(key, plan);
    out.push(plan);
  }
  return out.filter((a) => !a.row.failed);
}

async function writeMentors(plan: MentorsPlan, { manager }: WriteContext): Promise<void> {
  for (const p of plan.people) {
    if (!p.id) {
      const saved = await manager.save(manager.create(PersonEntity, { name: p.name, email: p.email ?? null, reference: p.ref ?? null }));
      p.id = saved.id;
    } else if (Object.keys(p.update).length) await manager.update(PersonEntity, p.id, p.update);
  }
  for (const m of plan.mentors) {
    if (!m.id) {
      const saved = await manager.save(
        manager.create(MentorEntity, {
          personId: m.person.id!,
          capacity: m.values.capacity ?? 3,
          expertise: m.values.expertise ?? [],
          languages: m.values.languages ?? [],
          affiliationOrganizationId: m.values.affiliationOrganizationId ?? null,
          active: true,
        }),
      );
      m.id = saved.id;
    } else if (Object.keys(m.update).length) await manager.update(MentorEntity, m.id, m.update);
  }
  const fresh = plan.assignments.filter((a) => !a.id);
  if (fresh.length)
    await manager.insert(
      MentorAssignmentEntity,
      fresh.map((a) => ({ mentorId: a.mentor.id!, enrollmentId: a.enrollmentId, role: a.role, startsOn: a.startsOn, endsOn: a.endsOn })),
    );
  for (const a of plan.assignments) if (a.id && Object.keys(a.update).length) await manager.update(MentorAssignmentEntity, a.id, a.update);
}

/** Mentors and their assignments: one row per assignment, or a row without a venture for a mentor with none. */
export const mentorsKind: ImportKind<MentorsPlan> = {
  name: 'mentors',
  entities: ['people', 'mentors', 'assignments'],
  columns: MENTOR_COLUMNS,
  validateRow(row: ParsedRow, problems: ProblemSink) {
    if (!row.raw.mentor_email && !row.raw.mentor_ref)
      problems.error(row, 'mentor_email', 'REQUIRED', 'mentor_email or mentor_ref is required', null);
    const assignment = ['venture', 'venture_ref', 'program', 'fiscal_year', 'role', 'starts_on', 'ends_on'].find((c) => row.raw[c]);
    if (assignment) {
      for (const column of ASSIGNMENT_COLUMNS) {
        if (!row.raw[column])
          problems.error(row, column, 'REQUIRED', `${column} is required for an assignment (${assignment} is given)`, null);
      }
    }
    const [startsOn, endsOn] = [v<string>(row, 'starts_on'), v<string>(row, 'ends_on')];
    if (startsOn && endsOn && endsOn < startsOn) problems.error(row, 'ends_on', 'BAD_DATE', 'must not be before starts_on');
  },
  plan: planMentors,
  write: writeMentors,
};
