import { randomUUID } from 'node:crypto';
import { EnrollmentStatus } from '../../enrollments/enrollment-status.enum.js';
import { AssignmentRole } from '../../mentoring/assignment-role.enum.js';
import { MentorAssignmentEntity, MentorEntity } from '../../mentoring/mentor.entity.js';
import { MentoringSessionEntity, MentoringSessionRevisionEntity, MentoringTopicEntity } from '../../mentoring/mentoring-session.entity.js';
import { SessionFormat } from '../../mentoring/session-format.enum.js';
import { AffiliationEntity, PersonEntity } from '../../people/person.entity.js';
import { addDays } from '../demo-calendar.js';
import { fictionalPersonName } from '../demo-data.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import type { SchoolRows } from './school.seeder.js';

const E = EnrollmentStatus;
const TOPICS = ['Fundraising', 'Pricing', 'Impact measurement', 'Team building', 'Partnerships', 'Pitching'];

type DemoMentor = Pick<MentorEntity, 'id' | 'personId'> & Partial<MentorEntity>;

/**
 * Mentoring: the topic list, mentors (the demo mentor account first), assignments in recent
 * cohorts and a few sessions each.
 */
export async function seedMentoring(
  seed: DemoSeed,
  org: OrgIds,
  school: SchoolRows,
  mentorAccountPersonId: string | null,
): Promise<DemoMentor[]> {
  const people: Partial<PersonEntity>[] = [];
  const affiliations: Partial<AffiliationEntity>[] = [];
  const mentorPersonIds: string[] = mentorAccountPersonId ? [mentorAccountPersonId] : [];
  for (let k = 0; k < 4; k++) {
    const id = randomUUID();
    people.push({ id, name: fictionalPersonName(130 + k), email: `mentor${k}@example.org`, phone: null });
    affiliations.push({ personId: id, organizationId: org.nec, role: 'employee, volunteer mentor', startsOn: '2015-04-01', endsOn: null });
    mentorPersonIds.push(id);
  }
  const mentors: DemoMentor[] = mentorPersonIds.map((personId, k) => ({
    id: randomUUID(),
    personId,
    expertise: [['healthcare', 'sales'], ['finance'], ['product', 'design'], ['impact measurement'], ['partnerships']][k % 5],
    languages: ['ja', 'en'],
    affiliationOrganizationId: org.nec,
    capacity: 8,
    active: true,
  }));
  await seed.insert(PersonEntity, people);
  await seed.insert(AffiliationEntity, affiliations);
  await seed.insert(
    MentoringTopicEntity,
    TOPICS.map((name) => ({ name })),
  );
  await seed.insert(MentorEntity, mentors);
  await seedAssignmentsAndSessions(seed, school, mentors);
  return mentors;
}

/**
 * Lead assignments: graduates of 2021, 2024 and the last completed fiscal year, mentors in turn,
 * a few sessions each; the running cohort's admitted and active ventures, the demo mentor account
 * first, with sessions in the last weeks (one active venture has none). No session is after today.
 */
async function seedAssignmentsAndSessions(seed: DemoSeed, school: SchoolRows, mentors: DemoMentor[]): Promise<void> {
  const { today, fiscalYear } = seed.calendar;
  const cohortOf = new Map(school.cohorts.map((c) => [c.id, c as { year: number; startsOn: string; endsOn: string }]));
  const assignments: Partial<MentorAssignmentEntity>[] = [];
  const sessions: Partial<MentoringSessionEntity>[] = [];
  const revisions: Partial<MentoringSessionRevisionEntity>[] = [];
  let [pastTurn, runningTurn] = [0, 0];
  for (const e of school.enrollments) {
    const cohort = cohortOf.get(e.cohortId) as { year: number; startsOn: string; endsOn: string };
    const running = cohort.year === fiscalYear && (e.status === E.ACTIVE || e.status === E.ADMITTED);
    if (!running && !([2021, 2024, fiscalYear - 1].includes(cohort.year) && e.status === E.GRADUATED)) continue;
    const turn = running ? runningTurn++ : pastTurn++;
    const mentor = mentors[turn % mentors.length];
    const assignment = {
      id: randomUUID(),
      mentorId: mentor.id,
      enrollmentId: e.id,
      role: AssignmentRole.LEAD,
      startsOn: cohort.startsOn,
      endsOn: running ? null : cohort.endsOn,
    };
    assignments.push(assignment);
    const days = running
      ? turn === 3 || e.status !== E.ACTIVE
        ? []
        : [addDays(today, -35), addDays(today, -7)].filter((d) => d >= cohort.startsOn)
      : ['07', '09', '11'].map((month) => `${cohort.year}-${month}-15`);
    days.forEach((day, k) => {
      const topic = TOPICS[(turn + k) % TOPICS.length];
      const session = {
        id: randomUUID(),
        assignmentId: assignment.id,
        mentorId: mentor.id,
        ventureId: e.ventureId,
        cohortId: e.cohortId,
        heldAt: new Date(`${day}T10:00:00+09:00`),
        durationMinutes: [60, 90, 45][k % 3],
        format: [SessionFormat.IN_PERSON, SessionFormat.ONLINE, SessionFormat.ONLINE][k % 3],
        topics: [topic],
        tags: [],
        attendeePersonIds: school.founders.filter((x) => x.ventureId === e.ventureId).map((x) => x.personId as string),
        summary: `Demo session ${k + 1}: worked on ${topic.toLowerCase()}.`,
        privateNotes: 'Demo private note: only the mentor and staff can read this.',
        recordedByUserId: randomUUID(),
        onBehalf: false,
        idempotencyKey: null,
        version: 1,
        deletedAt: null,
      } satisfies Partial<MentoringSessionEntity>;
      sessions.push(session);
      revisions.push({
        sessionId: session.id,
        version: 1,
        snapshot: { summary: session.summary },
        editedByUserId: session.recordedByUserId,
      });
    });
  }
  await seed.insert(MentorAssignmentEntity, assignments);
  await seed.insert(MentoringSessionEntity, sessions);
  await seed.insert(MentoringSessionRevisionEntity, revisions);
}
