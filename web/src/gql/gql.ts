/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      roles\n      person {\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AnalystChoices {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    ventureSectors {\n      sector\n      count\n    }\n    metricDefinitions {\n      code\n      name\n      unit\n    }\n  }\n": typeof types.AnalystChoicesDocument,
    "\n  query AnalystInsights($filter: AnalyticsFilter, $fromFiscalYear: Int, $toFiscalYear: Int, $metricCode: String!, $withSeries: Boolean!) {\n    analytics {\n      cohortComparison(filter: $filter) {\n        cohortId\n        programName\n        year\n        fiscalYear\n        provisional\n        enrolled\n        graduated\n        withdrawn\n        graduationRate\n      }\n      collaborationFunnel(filter: $filter) {\n        key\n        label\n        collaborations\n        stages {\n          stage\n          reached\n          conversionFromPrevious\n          medianDaysInStage\n        }\n      }\n      proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear) {\n        engagements\n        volunteers\n        hours\n        groups {\n          key\n          label\n          engagements\n          volunteers\n          hours\n        }\n      }\n      outcomeSeries(filter: $filter, metricCode: $metricCode, interval: FISCAL_YEAR, groupBy: COHORT) @include(if: $withSeries) {\n        key\n        label\n        currency\n        points {\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnalystInsightsDocument,
    "\n  query AlumniSearch($filter: AlumniSearchFilter, $after: String) {\n    analytics {\n      alumniSearch(filter: $filter, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            sector\n            sdgs\n            foundedOn\n            graduatedOn\n            website\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlumniSearchDocument,
    "\n  query AlumniPartners {\n    organizations(first: 100, filter: { topLevel: true }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AlumniPartnersDocument,
    "\n  query MentorHome {\n    myAssignments {\n      id\n      startsOn\n      endsOn\n      role\n      enrollment {\n        id\n        status\n        venture {\n          id\n          name\n          founders {\n            person {\n              id\n              name\n            }\n          }\n        }\n        cohort {\n          id\n          name\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n    myOpenFollowUps {\n      id\n      text\n      dueOn\n    }\n    mentoringTopics {\n      id\n      name\n    }\n  }\n": typeof types.MentorHomeDocument,
    "\n  query MySessions {\n    mySessions(first: 20) {\n      edges {\n        node {\n          id\n          heldAt\n          durationMinutes\n          format\n          topics\n          summary\n          attendees {\n            id\n            name\n          }\n          venture {\n            id\n            name\n          }\n          assignment {\n            id\n            enrollment {\n              id\n              cohort {\n                id\n                program {\n                  id\n                  timeZone\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation LogSession($input: LogMentoringSessionInput!) {\n    logMentoringSession(input: $input) {\n      id\n      heldAt\n      followUps {\n        id\n      }\n    }\n  }\n": typeof types.LogSessionDocument,
    "\n  mutation SetFollowUpDone($input: SetFollowUpDoneInput!) {\n    setFollowUpDone(input: $input) {\n      id\n      done\n      doneAt\n    }\n  }\n": typeof types.SetFollowUpDoneDocument,
    "\n  query StaffCohorts {\n    cohorts(first: 50) {\n      edges {\n        node {\n          id\n          name\n          year\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffCohortsDocument,
    "\n  query CohortEnrollments($id: ID!) {\n    cohort(id: $id) {\n      id\n      enrollments {\n        id\n        status\n        statusOn\n        venture {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CohortEnrollmentsDocument,
    "\n  mutation AdmitVenture($input: EnrollmentTransitionInput!) {\n    admitVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": typeof types.AdmitVentureDocument,
    "\n  mutation StartProgram($input: EnrollmentTransitionInput!) {\n    startProgram(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": typeof types.StartProgramDocument,
    "\n  mutation GraduateVenture($input: EnrollmentTransitionInput!) {\n    graduateVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": typeof types.GraduateVentureDocument,
    "\n  mutation WithdrawVenture($input: EnrollmentTransitionInput!) {\n    withdrawVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": typeof types.WithdrawVentureDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      roles\n      person {\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AnalystChoices {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    ventureSectors {\n      sector\n      count\n    }\n    metricDefinitions {\n      code\n      name\n      unit\n    }\n  }\n": types.AnalystChoicesDocument,
    "\n  query AnalystInsights($filter: AnalyticsFilter, $fromFiscalYear: Int, $toFiscalYear: Int, $metricCode: String!, $withSeries: Boolean!) {\n    analytics {\n      cohortComparison(filter: $filter) {\n        cohortId\n        programName\n        year\n        fiscalYear\n        provisional\n        enrolled\n        graduated\n        withdrawn\n        graduationRate\n      }\n      collaborationFunnel(filter: $filter) {\n        key\n        label\n        collaborations\n        stages {\n          stage\n          reached\n          conversionFromPrevious\n          medianDaysInStage\n        }\n      }\n      proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear) {\n        engagements\n        volunteers\n        hours\n        groups {\n          key\n          label\n          engagements\n          volunteers\n          hours\n        }\n      }\n      outcomeSeries(filter: $filter, metricCode: $metricCode, interval: FISCAL_YEAR, groupBy: COHORT) @include(if: $withSeries) {\n        key\n        label\n        currency\n        points {\n          label\n          value\n        }\n      }\n    }\n  }\n": types.AnalystInsightsDocument,
    "\n  query AlumniSearch($filter: AlumniSearchFilter, $after: String) {\n    analytics {\n      alumniSearch(filter: $filter, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            sector\n            sdgs\n            foundedOn\n            graduatedOn\n            website\n          }\n        }\n      }\n    }\n  }\n": types.AlumniSearchDocument,
    "\n  query AlumniPartners {\n    organizations(first: 100, filter: { topLevel: true }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AlumniPartnersDocument,
    "\n  query MentorHome {\n    myAssignments {\n      id\n      startsOn\n      endsOn\n      role\n      enrollment {\n        id\n        status\n        venture {\n          id\n          name\n          founders {\n            person {\n              id\n              name\n            }\n          }\n        }\n        cohort {\n          id\n          name\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n    myOpenFollowUps {\n      id\n      text\n      dueOn\n    }\n    mentoringTopics {\n      id\n      name\n    }\n  }\n": types.MentorHomeDocument,
    "\n  query MySessions {\n    mySessions(first: 20) {\n      edges {\n        node {\n          id\n          heldAt\n          durationMinutes\n          format\n          topics\n          summary\n          attendees {\n            id\n            name\n          }\n          venture {\n            id\n            name\n          }\n          assignment {\n            id\n            enrollment {\n              id\n              cohort {\n                id\n                program {\n                  id\n                  timeZone\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation LogSession($input: LogMentoringSessionInput!) {\n    logMentoringSession(input: $input) {\n      id\n      heldAt\n      followUps {\n        id\n      }\n    }\n  }\n": types.LogSessionDocument,
    "\n  mutation SetFollowUpDone($input: SetFollowUpDoneInput!) {\n    setFollowUpDone(input: $input) {\n      id\n      done\n      doneAt\n    }\n  }\n": types.SetFollowUpDoneDocument,
    "\n  query StaffCohorts {\n    cohorts(first: 50) {\n      edges {\n        node {\n          id\n          name\n          year\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n": types.StaffCohortsDocument,
    "\n  query CohortEnrollments($id: ID!) {\n    cohort(id: $id) {\n      id\n      enrollments {\n        id\n        status\n        statusOn\n        venture {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CohortEnrollmentsDocument,
    "\n  mutation AdmitVenture($input: EnrollmentTransitionInput!) {\n    admitVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": types.AdmitVentureDocument,
    "\n  mutation StartProgram($input: EnrollmentTransitionInput!) {\n    startProgram(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": types.StartProgramDocument,
    "\n  mutation GraduateVenture($input: EnrollmentTransitionInput!) {\n    graduateVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": types.GraduateVentureDocument,
    "\n  mutation WithdrawVenture($input: EnrollmentTransitionInput!) {\n    withdrawVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n": types.WithdrawVentureDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      roles\n      person {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      roles\n      person {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystChoices {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    ventureSectors {\n      sector\n      count\n    }\n    metricDefinitions {\n      code\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query AnalystChoices {\n    programs(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    ventureSectors {\n      sector\n      count\n    }\n    metricDefinitions {\n      code\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalystInsights($filter: AnalyticsFilter, $fromFiscalYear: Int, $toFiscalYear: Int, $metricCode: String!, $withSeries: Boolean!) {\n    analytics {\n      cohortComparison(filter: $filter) {\n        cohortId\n        programName\n        year\n        fiscalYear\n        provisional\n        enrolled\n        graduated\n        withdrawn\n        graduationRate\n      }\n      collaborationFunnel(filter: $filter) {\n        key\n        label\n        collaborations\n        stages {\n          stage\n          reached\n          conversionFromPrevious\n          medianDaysInStage\n        }\n      }\n      proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear) {\n        engagements\n        volunteers\n        hours\n        groups {\n          key\n          label\n          engagements\n          volunteers\n          hours\n        }\n      }\n      outcomeSeries(filter: $filter, metricCode: $metricCode, interval: FISCAL_YEAR, groupBy: COHORT) @include(if: $withSeries) {\n        key\n        label\n        currency\n        points {\n          label\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalystInsights($filter: AnalyticsFilter, $fromFiscalYear: Int, $toFiscalYear: Int, $metricCode: String!, $withSeries: Boolean!) {\n    analytics {\n      cohortComparison(filter: $filter) {\n        cohortId\n        programName\n        year\n        fiscalYear\n        provisional\n        enrolled\n        graduated\n        withdrawn\n        graduationRate\n      }\n      collaborationFunnel(filter: $filter) {\n        key\n        label\n        collaborations\n        stages {\n          stage\n          reached\n          conversionFromPrevious\n          medianDaysInStage\n        }\n      }\n      proBonoImpact(groupBy: FISCAL_YEAR, fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear) {\n        engagements\n        volunteers\n        hours\n        groups {\n          key\n          label\n          engagements\n          volunteers\n          hours\n        }\n      }\n      outcomeSeries(filter: $filter, metricCode: $metricCode, interval: FISCAL_YEAR, groupBy: COHORT) @include(if: $withSeries) {\n        key\n        label\n        currency\n        points {\n          label\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniSearch($filter: AlumniSearchFilter, $after: String) {\n    analytics {\n      alumniSearch(filter: $filter, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            sector\n            sdgs\n            foundedOn\n            graduatedOn\n            website\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlumniSearch($filter: AlumniSearchFilter, $after: String) {\n    analytics {\n      alumniSearch(filter: $filter, first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            name\n            sector\n            sdgs\n            foundedOn\n            graduatedOn\n            website\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlumniPartners {\n    organizations(first: 100, filter: { topLevel: true }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlumniPartners {\n    organizations(first: 100, filter: { topLevel: true }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorHome {\n    myAssignments {\n      id\n      startsOn\n      endsOn\n      role\n      enrollment {\n        id\n        status\n        venture {\n          id\n          name\n          founders {\n            person {\n              id\n              name\n            }\n          }\n        }\n        cohort {\n          id\n          name\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n    myOpenFollowUps {\n      id\n      text\n      dueOn\n    }\n    mentoringTopics {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MentorHome {\n    myAssignments {\n      id\n      startsOn\n      endsOn\n      role\n      enrollment {\n        id\n        status\n        venture {\n          id\n          name\n          founders {\n            person {\n              id\n              name\n            }\n          }\n        }\n        cohort {\n          id\n          name\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n    myOpenFollowUps {\n      id\n      text\n      dueOn\n    }\n    mentoringTopics {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions(first: 20) {\n      edges {\n        node {\n          id\n          heldAt\n          durationMinutes\n          format\n          topics\n          summary\n          attendees {\n            id\n            name\n          }\n          venture {\n            id\n            name\n          }\n          assignment {\n            id\n            enrollment {\n              id\n              cohort {\n                id\n                program {\n                  id\n                  timeZone\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions(first: 20) {\n      edges {\n        node {\n          id\n          heldAt\n          durationMinutes\n          format\n          topics\n          summary\n          attendees {\n            id\n            name\n          }\n          venture {\n            id\n            name\n          }\n          assignment {\n            id\n            enrollment {\n              id\n              cohort {\n                id\n                program {\n                  id\n                  timeZone\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSession($input: LogMentoringSessionInput!) {\n    logMentoringSession(input: $input) {\n      id\n      heldAt\n      followUps {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogSession($input: LogMentoringSessionInput!) {\n    logMentoringSession(input: $input) {\n      id\n      heldAt\n      followUps {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFollowUpDone($input: SetFollowUpDoneInput!) {\n    setFollowUpDone(input: $input) {\n      id\n      done\n      doneAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetFollowUpDone($input: SetFollowUpDoneInput!) {\n    setFollowUpDone(input: $input) {\n      id\n      done\n      doneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCohorts {\n    cohorts(first: 50) {\n      edges {\n        node {\n          id\n          name\n          year\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCohorts {\n    cohorts(first: 50) {\n      edges {\n        node {\n          id\n          name\n          year\n          program {\n            id\n            name\n            timeZone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortEnrollments($id: ID!) {\n    cohort(id: $id) {\n      id\n      enrollments {\n        id\n        status\n        statusOn\n        venture {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortEnrollments($id: ID!) {\n    cohort(id: $id) {\n      id\n      enrollments {\n        id\n        status\n        statusOn\n        venture {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdmitVenture($input: EnrollmentTransitionInput!) {\n    admitVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"): (typeof documents)["\n  mutation AdmitVenture($input: EnrollmentTransitionInput!) {\n    admitVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProgram($input: EnrollmentTransitionInput!) {\n    startProgram(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"): (typeof documents)["\n  mutation StartProgram($input: EnrollmentTransitionInput!) {\n    startProgram(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraduateVenture($input: EnrollmentTransitionInput!) {\n    graduateVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"): (typeof documents)["\n  mutation GraduateVenture($input: EnrollmentTransitionInput!) {\n    graduateVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawVenture($input: EnrollmentTransitionInput!) {\n    withdrawVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawVenture($input: EnrollmentTransitionInput!) {\n    withdrawVenture(input: $input) {\n      id\n      status\n      statusOn\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;