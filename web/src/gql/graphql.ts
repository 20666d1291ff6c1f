/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Hours a volunteer worked on one day. */
export type AddProBonoHourEntryInput = {
  engagementId: string | number;
  /** More than 0, at most two decimals. */
  hours: number;
  note?: string | null | undefined;
  /** The volunteer (a person already added to the engagement). */
  personId: string | number;
  /** The day worked: not in the future, not before they joined. */
  workedOn: string;
};

export type AddProBonoVolunteerInput = {
  engagementId: string | number;
  hours?: number;
  /** The day they joined. */
  on: string;
  personId: string | number;
  role: string;
};

/** Alumni (graduated ventures) matching every condition given. */
export type AlumniSearchFilter = {
  cohortYearFrom?: number | null | undefined;
  cohortYearTo?: number | null | undefined;
  collaborationDomains?: Array<CollaborationDomain> | null | undefined;
  /** Has a collaboration now at one of these stages. */
  collaborationStages?: Array<CollaborationStage> | null | undefined;
  /** Cohorts of this fiscal year: the one their start date falls in, in their program's calendar (the cohort's year without a start date). */
  fiscalYear?: number | null | undefined;
  /** Cohorts of this fiscal year or later (see fiscalYear). */
  fromFiscalYear?: number | null | undefined;
  outcomeThresholds?: Array<OutcomeThreshold> | null | undefined;
  /** Has a collaboration with one of these organizations (or their units). */
  partnerIds?: Array<string | number> | null | undefined;
  programIds?: Array<string | number> | null | undefined;
  /** true: the venture or one of its founders was recognized; false: neither. */
  recognized?: boolean | null | undefined;
  /** Ventures serving any of these goals. */
  sdgs?: Array<Sdg> | null | undefined;
  /** Venture sectors (exact). */
  sectors?: Array<string> | null | undefined;
  /** Cohorts of this fiscal year or earlier (see fiscalYear). */
  toFiscalYear?: number | null | undefined;
};

/** Which cohorts and ventures a report covers; all conditions given must hold. */
export type AnalyticsFilter = {
  cohortYearFrom?: number | null | undefined;
  cohortYearTo?: number | null | undefined;
  /** Cohorts of this fiscal year: the one their start date falls in, in their program's calendar (the cohort's year without a start date). */
  fiscalYear?: number | null | undefined;
  /** Cohorts of this fiscal year or later (see fiscalYear). */
  fromFiscalYear?: number | null | undefined;
  programIds?: Array<string | number> | null | undefined;
  /** Ventures serving any of these goals. */
  sdgs?: Array<Sdg> | null | undefined;
  /** Venture sectors (exact). */
  sectors?: Array<string> | null | undefined;
  /** Cohorts of this fiscal year or earlier (see fiscalYear). */
  toFiscalYear?: number | null | undefined;
};

export type AssignMentorInput = {
  endsOn?: string | null | undefined;
  /** The venture in its cohort. */
  enrollmentId: string | number;
  mentorId: string | number;
  role?: AssignmentRole;
  startsOn: string;
};

export type AssignmentRole =
  | 'LEAD'
  | 'SUPPORT';

export type CohortStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED';

export type CollaborationDomain =
  | 'AGRICULTURE'
  | 'COMMUNITY'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'ENERGY'
  | 'ENVIRONMENT'
  | 'HEALTHCARE'
  | 'OTHER';

export type CollaborationKind =
  | 'BUSINESS_ALLIANCE'
  | 'DEMONSTRATION_PROJECT'
  | 'INVESTMENT'
  | 'OTHER'
  | 'PROCUREMENT'
  | 'PROOF_OF_CONCEPT';

export type CollaborationStage =
  | 'COMMERCIAL'
  | 'DEMONSTRATION'
  | 'ENDED'
  | 'EXPLORING'
  | 'PILOT';

export type CreateCohortInput = {
  /** Not before startsOn. */
  endsOn?: string | null | undefined;
  name: string;
  programId: string | number;
  /** The first day, in the program's time zone. */
  startsOn?: string | null | undefined;
  status?: CohortStatus | null | undefined;
  /** Fiscal year (in the program's fiscal calendar, named by the year it starts in); one cohort per program and year. Must be the fiscal year startsOn falls in; left out, it is that year (then startsOn is required). */
  year?: number | null | undefined;
};

export type CreateCollaborationInput = {
  description?: string | null | undefined;
  domain: CollaborationDomain;
  kind: CollaborationKind;
  /** Often a corporate unit, such as NEC Body Care under NEC. */
  organizationId: string | number;
  sdgs?: Array<Sdg> | null | undefined;
  /** The stage it started in (not ENDED). */
  stage?: CollaborationStage;
  /** Not before the venture was founded. */
  startedOn: string;
  title: string;
  ventureId: string | number;
};

/** A place, online, or both. */
export type CreateEventInput = {
  attendance?: EventAttendanceInput | null | undefined;
  /** Must belong to programId when both are given. */
  cohortId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** Defaults to startsOn. */
  endsOn?: string | null | undefined;
  /** The pro bono engagement it belongs to. */
  engagementId?: string | number | null | undefined;
  kind: EventKind;
  online?: boolean;
  organizerIds?: Array<string | number> | null | undefined;
  partnerIds?: Array<string | number> | null | undefined;
  place?: string | null | undefined;
  programId?: string | number | null | undefined;
  sdgs?: Array<Sdg> | null | undefined;
  startsOn: string;
  title: string;
};

/** Exactly one of beneficiaryOrganizationId and beneficiaryVentureId. */
export type CreateProBonoEngagementInput = {
  /** An NPO, a local government, an educational institution… */
  beneficiaryOrganizationId?: string | number | null | undefined;
  /** An alumni venture. */
  beneficiaryVentureId?: string | number | null | undefined;
  deliverables?: string | null | undefined;
  description?: string | null | undefined;
  /** The matching intermediary, e.g. Service Grant. */
  intermediaryId?: string | number | null | undefined;
  /** The group that runs it, e.g. the Pro Bono Club. */
  organizerId?: string | number | null | undefined;
  sdgs?: Array<Sdg> | null | undefined;
  skills?: Array<string> | null | undefined;
  socialIssueIds?: Array<string | number> | null | undefined;
  startedOn: string;
  /** PROPOSED (startedOn is the plan) or ACTIVE (startedOn is the day it began). */
  status?: EngagementStatus;
  /** A collaboration of the beneficiary venture that this engagement supports. */
  supportedCollaborationId?: string | number | null | undefined;
  title: string;
};

export type CreateVentureInput = {
  description?: string | null | undefined;
  foundedOn?: string | null | undefined;
  founders?: Array<FounderInput> | null | undefined;
  name: string;
  /** e.g. the university it spun out of. */
  originOrganizationId?: string | number | null | undefined;
  /** The school's own id (e.g. a student number): trimmed, at most 64 characters, unique. */
  reference?: string | null | undefined;
  sdgs?: Array<Sdg> | null | undefined;
  sector?: string | null | undefined;
  website?: string | null | undefined;
};

export type Currency =
  | 'EUR'
  | 'JPY'
  | 'USD';

export type EngagementStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PROPOSED';

export type EnrollVentureInput = {
  cohortId: string | number;
  note?: string | null | undefined;
  /** When it happened, a day in the program's time zone; not after the program's today. */
  on: string;
  /** APPLIED (default) or ADMITTED when the application is recorded after the fact. */
  status?: EnrollmentStatus;
  ventureId: string | number;
};

export type EnrollmentStatus =
  | 'ACTIVE'
  | 'ADMITTED'
  | 'APPLIED'
  | 'GRADUATED'
  | 'WITHDRAWN';

/** A dated status change of one enrollment. */
export type EnrollmentTransitionInput = {
  enrollmentId: string | number;
  /** e.g. the reason for a withdrawal. */
  note?: string | null | undefined;
  /** When it happened, a day in the program's time zone: not after the program's today, not before the previous change. */
  on: string;
};

/** Counts are 0 or more; leave out what was not counted. */
export type EventAttendanceInput = {
  alumni?: number | null | undefined;
  employees?: number | null | undefined;
  families?: number | null | undefined;
  inPerson?: number | null | undefined;
  note?: string | null | undefined;
  online?: number | null | undefined;
  students?: number | null | undefined;
};

export type EventKind =
  | 'FESTIVAL_PROGRAM'
  | 'FORUM'
  | 'OTHER'
  | 'WORKSHOP';

export type FollowUpInput = {
  dueOn?: string | null | undefined;
  /** Who does it (a founder, the mentor, …). */
  ownerPersonId?: string | number | null | undefined;
  text: string;
};

export type FounderInput = {
  personId: string | number;
  role?: string | null | undefined;
};

/** MOVE: a change as recorded. UNDO / REDATE: a correction of the move named by `correctionOf`. */
export type HistoryEntryKind =
  /** A change as recorded. */
  | 'MOVE'
  /** Moved the date of the move named by `correctionOf` (now voided); this row takes its place. */
  | 'REDATE'
  /** Undid the move named by `correctionOf` (which is now voided); dated the day the correction was made. */
  | 'UNDO';

export type LogMentoringSessionInput = {
  assignmentId: string | number;
  /** Founders of the venture who were present. */
  attendeePersonIds?: Array<string | number> | null | undefined;
  /** 1..600 */
  durationMinutes: number;
  followUps?: Array<FollowUpInput> | null | undefined;
  format: SessionFormat;
  /** When it started, with a UTC offset; not in the future. Its day, in the program's time zone, is within the assignment. */
  heldAt: string;
  /** Sending the same key again returns the session already logged instead of a second one. */
  idempotencyKey?: string | null | undefined;
  /** Only you and staff can read these. */
  privateNotes?: string | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  /** Names from mentoringTopics. */
  topics?: Array<string> | null | undefined;
};

export type MetricKind =
  | 'FLOW'
  | 'STOCK';

export type MetricUnit =
  | 'COUNT'
  | 'MONEY'
  | 'PEOPLE'
  | 'PERCENT';

export type OutcomeSource =
  | 'OTHER'
  | 'PUBLIC_REPORT'
  | 'STAFF_ESTIMATE'
  | 'SURVEY'
  | 'VENTURE_REPORT';

/** The current value (summed over all records of the metric, per currency for money) must reach `min`. */
export type OutcomeThreshold = {
  /** Required for money metrics. */
  currency?: Currency | null | undefined;
  metricCode: string;
  min: number;
};

export type RecognitionKind =
  | 'AWARD'
  | 'GRANT'
  | 'MEDIA_SELECTION'
  | 'OTHER';

/** FLOW metrics take periodStart and periodEnd; STOCK metrics take asOf. MONEY needs a currency. */
export type RecordOutcomeInput = {
  asOf?: string | null | undefined;
  currency?: Currency | null | undefined;
  /** A code from metricDefinitions, e.g. FUNDING_RAISED. */
  metricCode: string;
  note?: string | null | undefined;
  periodEnd?: string | null | undefined;
  periodStart?: string | null | undefined;
  source: OutcomeSource;
  sourceReference?: string | null | undefined;
  value: number;
  ventureId: string | number;
};

/** Moves the date of an enrollment's latest status change. */
export type RedateEnrollmentStatusChangeInput = {
  enrollmentId: string | number;
  /** The right date: not before the change before it, not in the future (the program's time zone), not the same date. */
  on: string;
  /** Why (required); kept in the history and the audit log. */
  reason: string;
};

export type Role =
  /** Manages users and roles; may do everything. */
  | 'ADMIN'
  /** Reads everything except private fields; writes nothing. */
  | 'ANALYST'
  /** Reads programs and cohorts; writes their own mentoring records. */
  | 'MENTOR'
  /** Reads and writes the whole domain. */
  | 'STAFF';

/** UN Sustainable Development Goal (goal number 1..17). */
export type Sdg =
  | 'AFFORDABLE_AND_CLEAN_ENERGY'
  | 'CLEAN_WATER_AND_SANITATION'
  | 'CLIMATE_ACTION'
  | 'DECENT_WORK_AND_ECONOMIC_GROWTH'
  | 'GENDER_EQUALITY'
  | 'GOOD_HEALTH_AND_WELL_BEING'
  | 'INDUSTRY_INNOVATION_AND_INFRASTRUCTURE'
  | 'LIFE_BELOW_WATER'
  | 'LIFE_ON_LAND'
  | 'NO_POVERTY'
  | 'PARTNERSHIPS_FOR_THE_GOALS'
  | 'PEACE_JUSTICE_AND_STRONG_INSTITUTIONS'
  | 'QUALITY_EDUCATION'
  | 'REDUCED_INEQUALITIES'
  | 'RESPONSIBLE_CONSUMPTION_AND_PRODUCTION'
  | 'SUSTAINABLE_CITIES_AND_COMMUNITIES'
  | 'ZERO_HUNGER';

export type SessionFormat =
  | 'IN_PERSON'
  | 'ONLINE'
  | 'PHONE';

export type SetFollowUpDoneInput = {
  done: boolean;
  id: string | number;
};

/** Undoes an enrollment's latest status change: the status returns to the one before (GRADUATED and WITHDRAWN too). */
export type UndoEnrollmentStatusChangeInput = {
  enrollmentId: string | number;
  /** Why (required); kept in the history and the audit log. */
  reason: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, roles: Array<Role>, person: { name: string } } | null };

export type AnalystChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalystChoicesQuery = { programs: { edges: Array<{ node: { id: string, name: string } }> } | null, ventureSectors: Array<{ sector: string, count: number }> | null, metricDefinitions: Array<{ code: string, name: string, unit: MetricUnit }> | null };

export type AnalystInsightsQueryVariables = Exact<{
  filter?: AnalyticsFilter | null | undefined;
  fromFiscalYear?: number | null | undefined;
  toFiscalYear?: number | null | undefined;
  metricCode: string;
  withSeries: boolean;
}>;


export type AnalystInsightsQuery = { analytics: { cohortComparison: Array<{ cohortId: string, programName: string, year: number, fiscalYear: number, provisional: boolean, enrolled: number, graduated: number, withdrawn: number, graduationRate: number | null }>, collaborationFunnel: Array<{ key: string, label: string, collaborations: number, stages: Array<{ stage: CollaborationStage, reached: number, conversionFromPrevious: number | null, medianDaysInStage: number | null }> }>, proBonoImpact: { engagements: number, volunteers: number, hours: number, groups: Array<{ key: string, label: string, engagements: number, volunteers: number, hours: number }> }, outcomeSeries?: Array<{ key: string, label: string, currency: Currency | null, points: Array<{ label: string, value: number }> }> } | null };

export type AlumniSearchQueryVariables = Exact<{
  filter?: AlumniSearchFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AlumniSearchQuery = { analytics: { alumniSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, sector: string | null, sdgs: Array<Sdg>, foundedOn: string | null, graduatedOn: string | null, website: string | null } }> } } | null };

export type AlumniPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AlumniPartnersQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type MentorHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorHomeQuery = { myAssignments: Array<{ id: string, startsOn: string, endsOn: string | null, role: AssignmentRole, enrollment: { id: string, status: EnrollmentStatus, venture: { id: string, name: string, founders: Array<{ person: { id: string, name: string } }> }, cohort: { id: string, name: string, program: { id: string, name: string, timeZone: string } } } }> | null, myOpenFollowUps: Array<{ id: string, text: string, dueOn: string | null }> | null, mentoringTopics: Array<{ id: string, name: string }> | null };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: { edges: Array<{ node: { id: string, heldAt: string, durationMinutes: number, format: SessionFormat, topics: Array<string>, summary: string, attendees: Array<{ id: string, name: string }>, venture: { id: string, name: string }, assignment: { id: string, enrollment: { id: string, cohort: { id: string, program: { id: string, timeZone: string } } } } } }> } | null };

export type LogSessionMutationVariables = Exact<{
  input: LogMentoringSessionInput;
}>;


export type LogSessionMutation = { logMentoringSession: { id: string, heldAt: string, followUps: Array<{ id: string }> } | null };

export type SetFollowUpDoneMutationVariables = Exact<{
  input: SetFollowUpDoneInput;
}>;


export type SetFollowUpDoneMutation = { setFollowUpDone: { id: string, done: boolean, doneAt: string | null } | null };

export type StaffProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffProgramsQuery = { programs: { edges: Array<{ node: { id: string, name: string, timeZone: string, fiscalYearStartMonth: number } }> } | null, cohorts: { edges: Array<{ node: { id: string, name: string, year: number, status: CohortStatus, startsOn: string | null, endsOn: string | null, program: { id: string } } }> } | null };

export type StaffCreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type StaffCreateCohortMutation = { createCohort: { id: string, name: string, year: number } | null };

export type StaffCohortQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffCohortQuery = { cohort: { id: string, name: string, year: number, status: CohortStatus, startsOn: string | null, endsOn: string | null, program: { id: string, name: string, timeZone: string, fiscalYearStartMonth: number }, enrollments: Array<{ id: string, status: EnrollmentStatus, statusOn: string, venture: { id: string, name: string }, history: Array<{ id: string, kind: HistoryEntryKind, fromStatus: EnrollmentStatus | null, toStatus: EnrollmentStatus, occurredOn: string, voidedAt: string | null }>, mentorAssignments: Array<{ id: string, role: AssignmentRole, startsOn: string, endsOn: string | null, mentor: { id: string, person: { id: string, name: string } } }> }> | null } | null, mentorLoad: Array<{ mentorId: string, activeVentures: number, capacity: number, mentor: { id: string, person: { id: string, name: string } } }> | null, events: { edges: Array<{ node: { id: string, title: string, kind: EventKind, startsOn: string, endsOn: string, place: string | null, online: boolean } }> } | null };

export type StaffAdmitMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type StaffAdmitMutation = { admitVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffStartMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type StaffStartMutation = { startProgram: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffGraduateMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type StaffGraduateMutation = { graduateVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffWithdrawMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type StaffWithdrawMutation = { withdrawVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffUndoMutationVariables = Exact<{
  input: UndoEnrollmentStatusChangeInput;
}>;


export type StaffUndoMutation = { undoEnrollmentStatusChange: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffRedateMutationVariables = Exact<{
  input: RedateEnrollmentStatusChangeInput;
}>;


export type StaffRedateMutation = { redateEnrollmentStatusChange: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffSearchVenturesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type StaffSearchVenturesQuery = { ventures: { edges: Array<{ node: { id: string, name: string, sector: string | null } }> } | null };

export type StaffCreateVentureMutationVariables = Exact<{
  input: CreateVentureInput;
}>;


export type StaffCreateVentureMutation = { createVenture: { id: string, name: string } | null };

export type StaffEnrollVentureMutationVariables = Exact<{
  input: EnrollVentureInput;
}>;


export type StaffEnrollVentureMutation = { enrollVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StaffAssignMentorMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type StaffAssignMentorMutation = { assignMentor: { id: string, startsOn: string } | null };

export type StaffCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type StaffCreateEventMutation = { createEvent: { id: string, title: string } | null };

export type StaffVentureQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffVentureQuery = { venture: { id: string, name: string, sector: string | null, sdgs: Array<Sdg>, website: string | null, foundedOn: string | null, description: string | null, founders: Array<{ role: string | null, person: { id: string, name: string, nameKana: string | null } }>, enrollments: Array<{ id: string, status: EnrollmentStatus, statusOn: string, cohort: { id: string, name: string, year: number, program: { id: string, name: string, timeZone: string, fiscalYearStartMonth: number } } }> | null, collaborations: Array<{ id: string, title: string, stage: CollaborationStage, stageOn: string, organization: { id: string, name: string } }> | null, proBonoSupport: Array<{ id: string, title: string, status: EngagementStatus, startedOn: string, volunteerTotals: { totalHours: number, volunteerCount: number }, volunteers: Array<{ role: string, hours: number, joinedOn: string, person: { id: string, name: string } }> }> | null, timeline: Array<
      | { __typename: 'TimelineCollaborationStageChange', on: string, entryKind: HistoryEntryKind, fromStage: CollaborationStage | null, toStage: CollaborationStage, voidedAt: string | null, collaboration: { id: string, title: string, organization: { id: string, name: string } } }
      | { __typename: 'TimelineEngagementStatusChange', on: string, entryKind: HistoryEntryKind, fromEngagementStatus: EngagementStatus | null, toEngagementStatus: EngagementStatus, voidedAt: string | null, engagement: { id: string, title: string } }
      | { __typename: 'TimelineEnrollmentChange', on: string, entryKind: HistoryEntryKind, fromStatus: EnrollmentStatus | null, toStatus: EnrollmentStatus, voidedAt: string | null, cohort: { id: string, name: string, year: number } }
      | { __typename: 'TimelineMentoringMonth', on: string, sessionCount: number, totalMinutes: number }
      | { __typename: 'TimelineOutcome', on: string, record: { id: string, value: number, currency: Currency | null, metric: { code: string, name: string, unit: MetricUnit } } }
      | { __typename: 'TimelineRecognition', on: string, recognition: { id: string, name: string, kind: RecognitionKind, year: number } }
    > | null } | null };

export type StaffFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffFormChoicesQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } | null, metricDefinitions: Array<{ code: string, name: string, unit: MetricUnit, kind: MetricKind }> | null };

export type StaffSearchPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type StaffSearchPeopleQuery = { people: { edges: Array<{ node: { id: string, name: string } }> } | null };

export type StaffCreateCollaborationMutationVariables = Exact<{
  input: CreateCollaborationInput;
}>;


export type StaffCreateCollaborationMutation = { createCollaboration: { id: string, title: string } | null };

export type StaffCreateEngagementMutationVariables = Exact<{
  input: CreateProBonoEngagementInput;
}>;


export type StaffCreateEngagementMutation = { createProBonoEngagement: { id: string, title: string } | null };

export type StaffAddVolunteerMutationVariables = Exact<{
  input: AddProBonoVolunteerInput;
}>;


export type StaffAddVolunteerMutation = { addProBonoVolunteer: { role: string, joinedOn: string } | null };

export type StaffAddHoursMutationVariables = Exact<{
  input: AddProBonoHourEntryInput;
}>;


export type StaffAddHoursMutation = { addProBonoHourEntry: { id: string, hours: number } | null };

export type StaffRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type StaffRecordOutcomeMutation = { recordOutcome: { id: string, value: number } | null };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AnalystChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ventureSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metricDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<AnalystChoicesQuery, AnalystChoicesQueryVariables>;
export const AnalystInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromFiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toFiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"graduated"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"graduationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysInStage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proBonoImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"FISCAL_YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"fromFiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromFiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toFiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toFiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"metricCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"FISCAL_YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COHORT"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystInsightsQuery, AnalystInsightsQueryVariables>;
export const AlumniSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlumniSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlumniSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alumniSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"graduatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlumniSearchQuery, AlumniSearchQueryVariables>;
export const AlumniPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlumniPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topLevel"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlumniPartnersQuery, AlumniPartnersQueryVariables>;
export const MentorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"founders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOpenFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MentorHomeQuery, MentorHomeQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const LogSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogMentoringSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logMentoringSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const SetFollowUpDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFollowUpDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUpDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<SetFollowUpDoneMutation, SetFollowUpDoneMutationVariables>;
export const StaffProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffProgramsQuery, StaffProgramsQueryVariables>;
export const StaffCreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<StaffCreateCohortMutation, StaffCreateCohortMutationVariables>;
export const StaffCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorId"}},{"kind":"Field","name":{"kind":"Name","value":"activeVentures"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffCohortQuery, StaffCohortQueryVariables>;
export const StaffAdmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAdmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffAdmitMutation, StaffAdmitMutationVariables>;
export const StaffStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffStartMutation, StaffStartMutationVariables>;
export const StaffGraduateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffGraduate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graduateVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffGraduateMutation, StaffGraduateMutationVariables>;
export const StaffWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffWithdrawMutation, StaffWithdrawMutationVariables>;
export const StaffUndoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoEnrollmentStatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoEnrollmentStatusChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffUndoMutation, StaffUndoMutationVariables>;
export const StaffRedateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRedate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedateEnrollmentStatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redateEnrollmentStatusChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffRedateMutation, StaffRedateMutationVariables>;
export const StaffSearchVenturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSearchVentures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ventures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSearchVenturesQuery, StaffSearchVenturesQueryVariables>;
export const StaffCreateVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVentureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffCreateVentureMutation, StaffCreateVentureMutationVariables>;
export const StaffEnrollVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffEnrollVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollVentureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StaffEnrollVentureMutation, StaffEnrollVentureMutationVariables>;
export const StaffAssignMentorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAssignMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<StaffAssignMentorMutation, StaffAssignMentorMutationVariables>;
export const StaffCreateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StaffCreateEventMutation, StaffCreateEventMutationVariables>;
export const StaffVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"founders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKana"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYearStartMonth"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proBonoSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEnrollmentChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineMentoringMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineCollaborationStageChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEngagementStatusChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"entryKind"}},{"kind":"Field","name":{"kind":"Name","value":"fromEngagementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toEngagementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"engagement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"metric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineRecognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffVentureQuery, StaffVentureQueryVariables>;
export const StaffFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffFormChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metricDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<StaffFormChoicesQuery, StaffFormChoicesQueryVariables>;
export const StaffSearchPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffSearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffSearchPeopleQuery, StaffSearchPeopleQueryVariables>;
export const StaffCreateCollaborationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCollaborationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCollaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StaffCreateCollaborationMutation, StaffCreateCollaborationMutationVariables>;
export const StaffCreateEngagementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffCreateEngagement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProBonoEngagementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProBonoEngagement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StaffCreateEngagementMutation, StaffCreateEngagementMutationVariables>;
export const StaffAddVolunteerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAddVolunteer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProBonoVolunteerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProBonoVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<StaffAddVolunteerMutation, StaffAddVolunteerMutationVariables>;
export const StaffAddHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffAddHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProBonoHourEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProBonoHourEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<StaffAddHoursMutation, StaffAddHoursMutationVariables>;
export const StaffRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<StaffRecordOutcomeMutation, StaffRecordOutcomeMutationVariables>;