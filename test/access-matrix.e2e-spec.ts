import { beforeAll, describe, expect, it } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_RULE } from '../src/access/access.decorators.js';
import { hashPassword } from '../src/users/passwords.js';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { CollaborationStage, ContactSide } from '../src/collaborations/collaboration.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import type { Caller, GqlResult } from './utils/test-app.js';
import type { Factories } from './utils/factories.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError } from './utils/expect.js';

type F = Factories;
interface Operation {
  allowed: Caller[];
  doc: string;
  vars?: (f: F, caller: Caller) => Promise<Record<string, unknown>>;
}

const ALL_ROLES = [Role.ADMIN, Role.STAFF, Role.MENTOR, Role.ANALYST] as const;
const READ: Caller[] = [Role.ADMIN, Role.STAFF, Role.ANALYST];
const READ_WITH_MENTOR: Caller[] = [...READ, Role.MENTOR];
const WRITE: Caller[] = [Role.ADMIN, Role.STAFF];
const ADMIN: Caller[] = [Role.ADMIN];
const SIGNED_IN: Caller[] = [...ALL_ROLES];
const EVERYONE: Caller[] = [...ALL_ROLES, 'ANONYMOUS'];

const PASSWORD = 'correct horse battery staple';
// The whole matrix shares one app and never resets: each case arranges its own rows.
const t = useTestApp({}, { reset: 'none' });
let passwordHash: string;

const id = (x: { id: string }) => x.id;
const active = async (f: F) => {
  const program = await f.program();
  const cohort = await f.cohort(program.id, 2019, { startsOn: '2019-06-01', endsOn: '2020-02-28' });
  const venture = await f.venture();
  return { cohort, venture };
};
const mentorId = async (f: F) => id(await f.mentor());
/** A mentor profile for the caller's own person when the caller is a mentor, else a new one. */
const mentorOf = async (f: F, caller: Caller) => (caller === Role.MENTOR ? id(await f.mentorOf(t.accounts.MENTOR.personId)) : mentorId(f));
/** A running assignment of `caller` (or of some mentor) to an active venture. */
const assignmentOf = async (f: F, caller: Caller) => {
  const e = await enrollmentAt(f, [E.APPLIED, E.ADMITTED, E.ACTIVE]);
  return f.assignment(await mentorOf(f, caller), e.id, '2020-06-01');
};
/** A session under an assignment of `caller`. */
const sessionOf = async (f: F, caller: Caller, deleted = false) =>
  id(await f.session(await assignmentOf(f, caller), { heldAt: '2020-07-01T10:00:00Z', deletedAt: deleted ? new Date() : null }));
const collaborationId = async (f: F) =>
  id(await f.collaboration(id(await f.venture()), id(await f.organization()), [[CollaborationStage.EXPLORING, '2022-01-01']]));
const engagementId = async (f: F) => id(await f.engagement([[EngagementStatus.PROPOSED, '2022-01-01']]));
/** A collaboration and an engagement with a change after the first, to correct. */
const collaborationAt = async (f: F) =>
  id(
    await f.collaboration(id(await f.venture()), id(await f.organization()), [
      [CollaborationStage.EXPLORING, '2022-01-01'],
      [CollaborationStage.PILOT, '2022-02-01'],
    ]),
  );
const engagementAt = async (f: F) =>
  id(
    await f.engagement([
      [EngagementStatus.PROPOSED, '2022-01-01'],
      [EngagementStatus.ACTIVE, '2022-02-01'],
    ]),
  );
const volunteerOf = async (f: F) => {
  const p = id(await f.person());
  const g = id(await f.engagement([[EngagementStatus.PROPOSED, '2022-01-01']], { volunteers: [{ personId: p, hours: 1 }] }));
  return { g, p };
};
/** The hour entry of a new volunteer (1 hour). */
const hourEntryOf = async (f: F) => {
  const { g } = await volunteerOf(f);
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `SELECT h.id FROM pro_bono_hour_entries h JOIN pro_bono_volunteers v ON v.id = h.volunteer_id WHERE v.engagement_id = $1`,
    [g],
  );
  return { id: row.id };
};
const eventId = async (f: F) => id(await f.event());
const contactOf = async (f: F) => {
  const c = await collaborationId(f);
  const p = id(await f.person());
  await f.contact(c, p, ContactSide.PARTNER);
  return { c, p };
};
const enrollmentAt = async (f: F, statuses: E[]) => {
  const { cohort, venture } = await active(f);
  return f.enrollment(
    cohort.id,
    venture.id,
    statuses.map((s, i) => [s, `2020-0${i + 1}-01`]),
  );
};

/** Every query and mutation of the schema, with variables that make it succeed, and who may call it. */
const OPERATIONS: Record<string, Operation> = {
  // queries
  organization: {
    allowed: READ,
    doc: `query($id: ID!) { organization(id: $id) { id } }`,
    vars: async (f) => ({ id: id(await f.organization()) }),
  },
  organizations: { allowed: READ, doc: `{ organizations { totalCount } }` },
  program: {
    allowed: READ_WITH_MENTOR,
    doc: `query($id: ID!) { program(id: $id) { id } }`,
    vars: async (f) => ({ id: id(await f.program()) }),
  },
  programs: { allowed: READ_WITH_MENTOR, doc: `{ programs { totalCount } }` },
  cohort: {
    allowed: READ_WITH_MENTOR,
    doc: `query($id: ID!) { cohort(id: $id) { id } }`,
    vars: async (f) => ({ id: (await active(f)).cohort.id }),
  },
  cohorts: { allowed: READ_WITH_MENTOR, doc: `{ cohorts { totalCount } }` },
  person: { allowed: READ, doc: `query($id: ID!) { person(id: $id) { id } }`, vars: async (f) => ({ id: id(await f.person()) }) },
  people: { allowed: READ, doc: `{ people { totalCount } }` },
  venture: { allowed: READ, doc: `query($id: ID!) { venture(id: $id) { id } }`, vars: async (f) => ({ id: id(await f.venture()) }) },
  ventures: { allowed: READ, doc: `{ ventures { totalCount } }` },
  ventureSectors: { allowed: READ, doc: `{ ventureSectors { count } }` },
  likelyDuplicates: { allowed: WRITE, doc: `{ likelyDuplicates(kind: PERSON) { totalCount } }` },
  enrollment: {
    allowed: READ,
    doc: `query($id: ID!) { enrollment(id: $id) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED])) }),
  },
  enrollments: { allowed: READ, doc: `{ enrollments { totalCount } }` },
  me: { allowed: SIGNED_IN, doc: `{ me { id } }` },
  user: { allowed: ADMIN, doc: `query($id: ID!) { user(id: $id) { id } }`, vars: async (f) => ({ id: id(await f.user([Role.STAFF])) }) },
  users: { allowed: ADMIN, doc: `{ users { totalCount } }` },
  myApiTokens: { allowed: SIGNED_IN, doc: `{ myApiTokens { id } }` },
  auditLog: { allowed: WRITE, doc: `{ auditLog { totalCount } }` },
  mentor: { allowed: READ, doc: `query($id: ID!) { mentor(id: $id) { id } }`, vars: async (f) => ({ id: await mentorId(f) }) },
  mentors: { allowed: READ, doc: `{ mentors { totalCount } }` },
  myAssignments: { allowed: [Role.ADMIN, Role.MENTOR], doc: `{ myAssignments { id } }` },
  myVentures: { allowed: [Role.ADMIN, Role.MENTOR], doc: `{ myVentures { id } }` },
  mentoringSession: {
    allowed: READ_WITH_MENTOR,
    doc: `query($id: ID!) { mentoringSession(id: $id) { id } }`,
    vars: async (f, c) => ({ id: await sessionOf(f, c) }),
  },
  mentoringSessions: { allowed: READ, doc: `{ mentoringSessions { totalCount } }` },
  mySessions: { allowed: [Role.ADMIN, Role.MENTOR], doc: `{ mySessions { totalCount } }` },
  myOpenFollowUps: { allowed: [Role.ADMIN, Role.MENTOR], doc: `{ myOpenFollowUps { id } }` },
  mentoringTopics: { allowed: READ_WITH_MENTOR, doc: `{ mentoringTopics { name } }` },
  mentoringStats: { allowed: READ, doc: `{ mentoringStats(groupBy: COHORT) { key } }` },
  neglectedVentures: { allowed: WRITE, doc: `{ neglectedVentures { ventureId } }` },
  mentorLoad: { allowed: WRITE, doc: `{ mentorLoad { mentorId } }` },
  collaboration: {
    allowed: READ,
    doc: `query($id: ID!) { collaboration(id: $id) { id } }`,
    vars: async (f) => ({ id: await collaborationId(f) }),
  },
  collaborations: { allowed: READ, doc: `{ collaborations { totalCount } }` },
  socialIssues: { allowed: READ_WITH_MENTOR, doc: `{ socialIssues { name } }` },
  proBonoEngagement: {
    allowed: READ,
    doc: `query($id: ID!) { proBonoEngagement(id: $id) { id } }`,
    vars: async (f) => ({ id: await engagementId(f) }),
  },
  proBonoEngagements: { allowed: READ, doc: `{ proBonoEngagements { totalCount } }` },
  volunteerHours: { allowed: READ, doc: `{ volunteerHours(groupBy: FISCAL_YEAR) { period hours } }` },
  event: { allowed: READ, doc: `query($id: ID!) { event(id: $id) { id } }`, vars: async (f) => ({ id: await eventId(f) }) },
  events: { allowed: READ, doc: `{ events { totalCount } }` },
  analytics: { allowed: READ, doc: `{ analytics { cohortComparison { year } } }` },
  metricDefinitions: { allowed: READ_WITH_MENTOR, doc: `{ metricDefinitions { code } }` },
  outcomeRecords: { allowed: READ, doc: `{ outcomeRecords { totalCount } }` },
  recognitions: { allowed: READ, doc: `{ recognitions { totalCount } }` },
  // mutations
  createMetricDefinition: {
    allowed: WRITE,
    doc: `mutation($c: String!) { createMetricDefinition(input: { code: $c, name: "M", unit: COUNT, kind: FLOW, aggregation: SUM }) { id } }`,
    vars: async () => ({ c: `M_${Math.random().toString(36).slice(2, 10).toUpperCase()}` }),
  },
  recordOutcome: {
    allowed: WRITE,
    doc: `mutation($v: ID!) { recordOutcome(input: { ventureId: $v, metricCode: "EMPLOYEES_FTE", value: 3, asOf: "2024-03-31", source: SURVEY }) { id } }`,
    vars: async (f) => ({ v: id(await f.venture()) }),
  },
  correctOutcome: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { correctOutcome(input: { id: $id, value: 4 }) { id } }`,
    vars: async (f) => ({ id: id(await f.outcome(id(await f.venture()), 'EMPLOYEES_FTE', 3)) }),
  },
  createRecognition: {
    allowed: WRITE,
    doc: `mutation($v: ID!) { createRecognition(input: { name: "R", kind: AWARD, year: 2020, ventureId: $v }) { id } }`,
    vars: async (f) => ({ v: id(await f.venture()) }),
  },
  deleteRecognition: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteRecognition(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.recognition({ ventureId: id(await f.venture()) })) }),
  },
  addCollaborationContact: {
    allowed: WRITE,
    doc: `mutation($c: ID!, $p: ID!) { addCollaborationContact(input: { collaborationId: $c, personId: $p, side: VENTURE, role: "CEO" }) { role } }`,
    vars: async (f) => ({ c: await collaborationId(f), p: id(await f.person()) }),
  },
  removeCollaborationContact: {
    allowed: WRITE,
    doc: `mutation($c: ID!, $p: ID!) { removeCollaborationContact(input: { collaborationId: $c, personId: $p }) { id } }`,
    vars: async (f) => contactOf(f),
  },
  createSocialIssue: {
    allowed: WRITE,
    doc: `mutation($n: String!) { createSocialIssue(input: { name: $n }) { id } }`,
    vars: async () => ({ n: `issue ${Math.random()}` }),
  },
  updateSocialIssue: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateSocialIssue(input: { id: $id, description: "d" }) { id } }`,
    vars: async (f) => ({ id: id(await f.socialIssue()) }),
  },
  deleteSocialIssue: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteSocialIssue(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.socialIssue()) }),
  },
  createProBonoEngagement: {
    allowed: WRITE,
    doc: `mutation($o: ID!) { createProBonoEngagement(input: { title: "G", beneficiaryOrganizationId: $o, startedOn: "2024-01-01" }) { id } }`,
    vars: async (f) => ({ o: id(await f.organization()) }),
  },
  updateProBonoEngagement: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateProBonoEngagement(input: { id: $id, title: "G2" }) { id } }`,
    vars: async (f) => ({ id: await engagementId(f) }),
  },
  changeProBonoEngagementStatus: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { changeProBonoEngagementStatus(input: { engagementId: $id, status: ACTIVE, on: "2023-01-01" }) { id } }`,
    vars: async (f) => ({ id: await engagementId(f) }),
  },
  undoProBonoEngagementStatusChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { undoProBonoEngagementStatusChange(input: { engagementId: $id, reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: await engagementAt(f) }),
  },
  redateProBonoEngagementStatusChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { redateProBonoEngagementStatusChange(input: { engagementId: $id, on: "2022-03-01", reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: await engagementAt(f) }),
  },
  deleteProBonoEngagement: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteProBonoEngagement(input: { id: $id, reason: "Mistake" }) }`,
    vars: async (f) => ({ id: await engagementId(f) }),
  },
  addProBonoVolunteer: {
    allowed: WRITE,
    doc: `mutation($g: ID!, $p: ID!) { addProBonoVolunteer(input: { engagementId: $g, personId: $p, role: "lead", hours: 2, on: "2023-01-01" }) { role } }`,
    vars: async (f) => ({ g: await engagementId(f), p: id(await f.person()) }),
  },
  updateProBonoVolunteer: {
    allowed: WRITE,
    doc: `mutation($g: ID!, $p: ID!) { updateProBonoVolunteer(input: { engagementId: $g, personId: $p, hours: 5, on: "2023-01-01" }) { hours } }`,
    vars: async (f) => volunteerOf(f),
  },
  addProBonoHourEntry: {
    allowed: WRITE,
    doc: `mutation($g: ID!, $p: ID!) { addProBonoHourEntry(input: { engagementId: $g, personId: $p, workedOn: "2023-01-01", hours: 2 }) { id } }`,
    vars: async (f) => volunteerOf(f),
  },
  updateProBonoHourEntry: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateProBonoHourEntry(input: { id: $id, hours: 3 }) { id } }`,
    vars: async (f) => hourEntryOf(f),
  },
  removeProBonoHourEntry: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { removeProBonoHourEntry(input: { id: $id }) { id } }`,
    vars: async (f) => hourEntryOf(f),
  },
  createEvent: {
    allowed: WRITE,
    doc: `mutation { createEvent(input: { title: "E", kind: WORKSHOP, startsOn: "2024-01-01", online: true }) { id } }`,
  },
  updateEvent: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateEvent(input: { id: $id, title: "E2" }) { id } }`,
    vars: async (f) => ({ id: await eventId(f) }),
  },
  deleteEvent: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteEvent(input: { id: $id }) }`,
    vars: async (f) => ({ id: await eventId(f) }),
  },
  createCollaboration: {
    allowed: WRITE,
    doc: `mutation($v: ID!, $o: ID!) { createCollaboration(input: { ventureId: $v, organizationId: $o, title: "C", domain: HEALTHCARE, kind: OTHER, startedOn: "2022-01-01" }) { id } }`,
    vars: async (f) => ({ v: id(await f.venture()), o: id(await f.organization()) }),
  },
  updateCollaboration: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateCollaboration(input: { id: $id, title: "C2" }) { id } }`,
    vars: async (f) => ({ id: await collaborationId(f) }),
  },
  changeCollaborationStage: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { changeCollaborationStage(input: { collaborationId: $id, stage: PILOT, on: "2023-01-01" }) { id } }`,
    vars: async (f) => ({ id: await collaborationId(f) }),
  },
  undoCollaborationStageChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { undoCollaborationStageChange(input: { collaborationId: $id, reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: await collaborationAt(f) }),
  },
  redateCollaborationStageChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { redateCollaborationStageChange(input: { collaborationId: $id, on: "2022-03-01", reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: await collaborationAt(f) }),
  },
  deleteCollaboration: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteCollaboration(input: { id: $id, reason: "Mistake" }) }`,
    vars: async (f) => ({ id: await collaborationId(f) }),
  },
  undoEnrollmentStatusChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { undoEnrollmentStatusChange(input: { enrollmentId: $id, reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED])) }),
  },
  redateEnrollmentStatusChange: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { redateEnrollmentStatusChange(input: { enrollmentId: $id, on: "2020-02-15", reason: "Mistake" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED])) }),
  },
  createMentoringTopic: {
    allowed: WRITE,
    doc: `mutation($n: String!) { createMentoringTopic(input: { name: $n }) { id } }`,
    vars: async () => ({ n: `topic ${Math.random()}` }),
  },
  logMentoringSession: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($a: ID!) { logMentoringSession(input: { assignmentId: $a, heldAt: "2020-07-01T10:00:00Z", durationMinutes: 60, format: ONLINE }) { id } }`,
    vars: async (f, c) => ({ a: (await assignmentOf(f, c)).id }),
  },
  updateMentoringSession: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($id: ID!) { updateMentoringSession(input: { id: $id, summary: "Pricing" }) { id } }`,
    vars: async (f, c) => ({ id: await sessionOf(f, c) }),
  },
  deleteMentoringSession: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($id: ID!) { deleteMentoringSession(input: { id: $id }) { id } }`,
    vars: async (f, c) => ({ id: await sessionOf(f, c) }),
  },
  restoreMentoringSession: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { restoreMentoringSession(input: { id: $id }) { id } }`,
    vars: async (f, c) => ({ id: await sessionOf(f, c, true) }),
  },
  addFollowUp: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($s: ID!) { addFollowUp(input: { sessionId: $s, text: "Call the bank" }) { id } }`,
    vars: async (f, c) => ({ s: await sessionOf(f, c) }),
  },
  updateFollowUp: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($id: ID!) { updateFollowUp(input: { id: $id, dueOn: "2020-08-01" }) { id } }`,
    vars: async (f, c) => ({ id: id(await f.followUp(await sessionOf(f, c))) }),
  },
  setFollowUpDone: {
    allowed: [Role.ADMIN, Role.STAFF, Role.MENTOR],
    doc: `mutation($id: ID!) { setFollowUpDone(input: { id: $id, done: true }) { id } }`,
    vars: async (f, c) => ({ id: id(await f.followUp(await sessionOf(f, c))) }),
  },
  createMentor: {
    allowed: WRITE,
    doc: `mutation($p: ID!) { createMentor(input: { personId: $p }) { id } }`,
    vars: async (f) => ({ p: id(await f.person()) }),
  },
  updateMentor: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateMentor(input: { id: $id, capacity: 4 }) { id } }`,
    vars: async (f) => ({ id: await mentorId(f) }),
  },
  assignMentor: {
    allowed: WRITE,
    doc: `mutation($m: ID!, $e: ID!) { assignMentor(input: { mentorId: $m, enrollmentId: $e, startsOn: "2020-06-01" }) { id } }`,
    vars: async (f) => ({ m: await mentorId(f), e: id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED])) }),
  },
  endAssignment: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { endAssignment(input: { assignmentId: $id, endsOn: "2020-12-31" }) { id } }`,
    vars: async (f) => ({
      id: id(await f.assignment(await mentorId(f), id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED])), '2020-06-01')),
    }),
  },
  createOrganization: { allowed: WRITE, doc: `mutation { createOrganization(input: { name: "O", kind: NPO }) { id } }` },
  updateOrganization: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateOrganization(input: { id: $id, name: "O2" }) { id } }`,
    vars: async (f) => ({ id: id(await f.organization()) }),
  },
  deleteOrganization: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteOrganization(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.organization()) }),
  },
  createProgram: {
    allowed: WRITE,
    doc: `mutation($org: ID!, $name: String!) { createProgram(input: { name: $name, organizerId: $org }) { id } }`,
    vars: async (f) => ({ org: id(await f.organization()), name: `P ${Math.random()}` }),
  },
  updateProgram: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateProgram(input: { id: $id, foundedYear: 2002 }) { id } }`,
    vars: async (f) => ({ id: id(await f.program()) }),
  },
  deleteProgram: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteProgram(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.program()) }),
  },
  createCohort: {
    allowed: WRITE,
    doc: `mutation($p: ID!) { createCohort(input: { programId: $p, name: "C", year: 2021 }) { id } }`,
    vars: async (f) => ({ p: id(await f.program()) }),
  },
  updateCohort: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateCohort(input: { id: $id, status: ACTIVE }) { id } }`,
    vars: async (f) => ({ id: (await active(f)).cohort.id }),
  },
  deleteCohort: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteCohort(input: { id: $id }) }`,
    vars: async (f) => ({ id: (await active(f)).cohort.id }),
  },
  createPerson: { allowed: WRITE, doc: `mutation { createPerson(input: { name: "N" }) { id } }` },
  updatePerson: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updatePerson(input: { id: $id, name: "N2" }) { id } }`,
    vars: async (f) => ({ id: id(await f.person()) }),
  },
  deletePerson: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deletePerson(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.person()) }),
  },
  mergePeople: {
    allowed: WRITE,
    doc: `mutation($s: ID!, $m: ID!) { mergePeople(input: { survivorId: $s, mergedId: $m }) { survivor { id } } }`,
    vars: async (f) => ({ s: id(await f.person()), m: id(await f.person()) }),
  },
  mergeVentures: {
    allowed: WRITE,
    doc: `mutation($s: ID!, $m: ID!) { mergeVentures(input: { survivorId: $s, mergedId: $m }) { survivor { id } } }`,
    vars: async (f) => ({ s: id(await f.venture()), m: id(await f.venture()) }),
  },
  addAffiliation: {
    allowed: WRITE,
    doc: `mutation($p: ID!, $o: ID!) { addAffiliation(input: { personId: $p, organizationId: $o }) { id } }`,
    vars: async (f) => ({ p: id(await f.person()), o: id(await f.organization()) }),
  },
  updateAffiliation: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateAffiliation(input: { id: $id, role: "CTO" }) { id } }`,
    vars: async (f) => ({ id: id(await f.affiliation(id(await f.person()), id(await f.organization()))) }),
  },
  endAffiliation: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { endAffiliation(input: { id: $id, on: "2024-03-31" }) { id } }`,
    vars: async (f) => ({ id: id(await f.affiliation(id(await f.person()), id(await f.organization()))) }),
  },
  removeAffiliation: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { removeAffiliation(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.affiliation(id(await f.person()), id(await f.organization()))) }),
  },
  createVenture: { allowed: WRITE, doc: `mutation { createVenture(input: { name: "V" }) { id } }` },
  updateVenture: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { updateVenture(input: { id: $id, sdgs: [CLIMATE_ACTION] }) { id } }`,
    vars: async (f) => ({ id: id(await f.venture()) }),
  },
  deleteVenture: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { deleteVenture(input: { id: $id }) }`,
    vars: async (f) => ({ id: id(await f.venture()) }),
  },
  enrollVenture: {
    allowed: WRITE,
    doc: `mutation($c: ID!, $v: ID!) { enrollVenture(input: { cohortId: $c, ventureId: $v, on: "2020-01-01" }) { id } }`,
    vars: async (f) => {
      const { cohort, venture } = await active(f);
      return { c: cohort.id, v: venture.id };
    },
  },
  admitVenture: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { admitVenture(input: { enrollmentId: $id, on: "2021-01-01" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED])) }),
  },
  startProgram: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { startProgram(input: { enrollmentId: $id, on: "2020-06-01" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED])) }),
  },
  graduateVenture: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { graduateVenture(input: { enrollmentId: $id, on: "2021-02-28" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED, E.ADMITTED, E.ACTIVE])) }),
  },
  withdrawVenture: {
    allowed: WRITE,
    doc: `mutation($id: ID!) { withdrawVenture(input: { enrollmentId: $id, on: "2021-01-01" }) { id } }`,
    vars: async (f) => ({ id: id(await enrollmentAt(f, [E.APPLIED])) }),
  },
  login: {
    allowed: EVERYONE,
    doc: `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`,
    vars: async (f) => ({ email: (await f.user([Role.ANALYST], passwordHash)).email, password: PASSWORD }),
  },
  createApiToken: { allowed: SIGNED_IN, doc: `mutation { createApiToken(input: { name: "notebook" }) { token } }` },
  // Every role may read mentoring sessions (a mentor those of their ventures); lists a role may not read are refused in exports.e2e-spec.
  createDownloadLink: {
    allowed: SIGNED_IN,
    doc: `mutation { createDownloadLink(input: { export: "mentoring-sessions", format: XLSX }) { url expiresAt } }`,
  },
  revokeApiToken: {
    allowed: SIGNED_IN,
    doc: `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { id } }`,
    vars: async (f, caller) => {
      if (caller === 'ANONYMOUS') return { id: '00000000-0000-4000-8000-000000000000' };
      return { id: id(await f.apiToken(t.accounts[caller].userId)) };
    },
  },
  createUser: {
    allowed: ADMIN,
    doc: `mutation($e: String!) { createUser(input: { email: $e, password: "${PASSWORD}", roles: [ANALYST], name: "New" }) { id } }`,
    vars: async () => ({ e: `new${Math.random()}@test.example` }),
  },
  setRoles: {
    allowed: ADMIN,
    doc: `mutation($id: ID!) { setRoles(input: { userId: $id, roles: [STAFF, ANALYST] }) { id } }`,
    vars: async (f) => ({ id: id(await f.user([Role.STAFF])) }),
  },
  deactivateUser: {
    allowed: ADMIN,
    doc: `mutation($id: ID!) { deactivateUser(input: { userId: $id }) { id } }`,
    vars: async (f) => ({ id: id(await f.user([Role.STAFF])) }),
  },
  reactivateUser: {
    allowed: ADMIN,
    doc: `mutation($id: ID!) { reactivateUser(input: { userId: $id }) { id } }`,
    vars: async (f) => ({ id: id(await f.user([Role.STAFF], '!', { active: false })) }),
  },
  changePassword: {
    allowed: SIGNED_IN,
    doc: `mutation { changePassword(input: { currentPassword: "${PASSWORD}", newPassword: "${PASSWORD}" }) { id } }`,
    vars: async (_f, caller) => {
      if (caller !== 'ANONYMOUS')
        await t.dataSource.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [passwordHash, t.accounts[caller].userId]);
      return {};
    },
  },
};

describe('authorization matrix: every role × every operation', () => {
  const f = t.f;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });

  it('declares an access rule on every query and mutation of the schema, and the matrix covers them all', () => {
    const { schema } = t.server.app.get(GraphQLSchemaHost);
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    const declared = new Map<string, unknown>();
    const providers = [...t.server.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of providers) {
      const prototype = wrapper.instance ? Object.getPrototypeOf(wrapper.instance) : undefined;
      if (!prototype) continue;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        const method = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata('graphql:resolver_type', method);
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = Reflect.getMetadata('graphql:resolver_name', method) ?? key;
        declared.set(name, Reflect.getMetadata(ACCESS_RULE, method) ?? Reflect.getMetadata(ACCESS_RULE, wrapper.metatype as object));
      }
    }
    const undeclared = rootFields.filter((name) => !declared.get(name));
    expect(undeclared).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...rootFields].sort());
  });

  const callers: Caller[] = ['ANONYMOUS', ...ALL_ROLES];
  const cases = Object.entries(OPERATIONS).flatMap(([name, op]) =>
    callers.map((caller) => [name, caller, op.allowed.includes(caller)] as const),
  );

  it.each(cases)('%s as %s → allowed: %s', async (name, caller, allowed) => {
    const op = OPERATIONS[name];
    const variables = op.vars ? await op.vars(f, caller) : {};
    const statements: string[] = [];
    const { onSql } = await import('../src/database/sql-logger.js');
    const stop = onSql((sql) => statements.push(sql));
    let result: GqlResult<Record<string, unknown>>;
    try {
      result = await t.gqlAs<Record<string, unknown>>(caller, op.doc, variables);
    } finally {
      stop();
    }
    if (allowed) {
      expect(result.errors).toBeUndefined();
      // Root fields are nullable: an answer must be there, not only the key.
      expect(result.data?.[name] ?? null).not.toBeNull();
    } else {
      expectError(result, caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      // Root fields are nullable (partial results): the refused field is null, nothing else is there.
      expect(result.data).toEqual({ [name]: null });
      // Refused before any resolver: the only SQL is the caller's own account lookup.
      expect(statements.filter((sql) => !/FROM "?users"? /.test(sql))).toEqual([]);
    }
  });
});
