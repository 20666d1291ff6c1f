/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type AssignmentRole =
  | 'LEAD'
  | 'SUPPORT';

export type CollaborationDomain =
  | 'AGRICULTURE'
  | 'COMMUNITY'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'ENERGY'
  | 'ENVIRONMENT'
  | 'HEALTHCARE'
  | 'OTHER';

export type CollaborationStage =
  | 'COMMERCIAL'
  | 'DEMONSTRATION'
  | 'ENDED'
  | 'EXPLORING'
  | 'PILOT';

export type Currency =
  | 'EUR'
  | 'JPY'
  | 'USD';

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

export type FollowUpInput = {
  dueOn?: string | null | undefined;
  /** Who does it (a founder, the mentor, …). */
  ownerPersonId?: string | number | null | undefined;
  text: string;
};

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

export type MetricUnit =
  | 'COUNT'
  | 'MONEY'
  | 'PEOPLE'
  | 'PERCENT';

/** The current value (summed over all records of the metric, per currency for money) must reach `min`. */
export type OutcomeThreshold = {
  /** Required for money metrics. */
  currency?: Currency | null | undefined;
  metricCode: string;
  min: number;
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

export type StaffCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCohortsQuery = { cohorts: { edges: Array<{ node: { id: string, name: string, year: number, program: { id: string, name: string, timeZone: string } } }> } | null };

export type CohortEnrollmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CohortEnrollmentsQuery = { cohort: { id: string, enrollments: Array<{ id: string, status: EnrollmentStatus, statusOn: string, venture: { id: string, name: string } }> | null } | null };

export type AdmitVentureMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type AdmitVentureMutation = { admitVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type StartProgramMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type StartProgramMutation = { startProgram: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type GraduateVentureMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type GraduateVentureMutation = { graduateVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };

export type WithdrawVentureMutationVariables = Exact<{
  input: EnrollmentTransitionInput;
}>;


export type WithdrawVentureMutation = { withdrawVenture: { id: string, status: EnrollmentStatus, statusOn: string } | null };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AnalystChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ventureSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metricDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]} as unknown as DocumentNode<AnalystChoicesQuery, AnalystChoicesQueryVariables>;
export const AnalystInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalystInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromFiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toFiscalYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metricCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohortId"}},{"kind":"Field","name":{"kind":"Name","value":"programName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"graduated"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"graduationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborationFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFromPrevious"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysInStage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proBonoImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"FISCAL_YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"fromFiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromFiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toFiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toFiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"engagements"}},{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"metricCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metricCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"EnumValue","value":"FISCAL_YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COHORT"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSeries"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalystInsightsQuery, AnalystInsightsQueryVariables>;
export const AlumniSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlumniSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlumniSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alumniSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"sdgs"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"graduatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlumniSearchQuery, AlumniSearchQueryVariables>;
export const AlumniPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlumniPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"topLevel"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlumniPartnersQuery, AlumniPartnersQueryVariables>;
export const MentorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"founders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOpenFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringTopics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MentorHomeQuery, MentorHomeQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const LogSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogMentoringSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logMentoringSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogSessionMutation, LogSessionMutationVariables>;
export const SetFollowUpDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFollowUpDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUpDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<SetFollowUpDoneMutation, SetFollowUpDoneMutationVariables>;
export const StaffCohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffCohortsQuery, StaffCohortsQueryVariables>;
export const CohortEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"venture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortEnrollmentsQuery, CohortEnrollmentsQueryVariables>;
export const AdmitVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<AdmitVentureMutation, AdmitVentureMutationVariables>;
export const StartProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<StartProgramMutation, StartProgramMutationVariables>;
export const GraduateVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraduateVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graduateVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<GraduateVentureMutation, GraduateVentureMutationVariables>;
export const WithdrawVentureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawVenture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollmentTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawVenture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}}]}}]}}]} as unknown as DocumentNode<WithdrawVentureMutation, WithdrawVentureMutationVariables>;