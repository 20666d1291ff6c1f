// The benchmarked requests, shared by the runner and the baseline.

export const SEARCH_FILTER = {
  cohortYearFrom: 2005,
  sectors: ['healthcare', 'education'],
  collaborationStages: ['PILOT', 'DEMONSTRATION'],
};

const COMPARISON_FIELDS = `cohortId programName year fiscalYear provisional enrolled graduated graduationRate withdrawn alumniWithCollaboration collaborationShare
  medianDaysToFirstCollaboration p75DaysToFirstCollaboration collaborationsByStage { stage count } alumniReachedCommercial
  fundingRaised { currency amount } recognitions proBonoEngagementsAfterGraduation volunteerHoursAfterGraduation mentoringHours`;

export const OPERATIONS = {
  nested: {
    title: 'nested alumni query (10 cohorts → 20 graduates → collaborations, session count, pro bono after graduation)',
    as: 'analyst',
    query: `query Nested { cohorts(first: 10) { edges { node { year program { name } alumni(first: 20) { name collaborations { title stage }
      mentoringSessionCount afterGraduation { proBonoSupport { daysAfterGraduation engagement { title } } } } } } } }`,
    operationName: 'Nested',
    variables: () => ({}),
  },
  journey: {
    title: "a venture's journey (README: BANSO-CO through its cohort, and what came after graduation)",
    as: 'analyst',
    query: `query Journey($id: ID!) { venture(id: $id) { name graduatedOn sdgs originOrganization { name }
      enrollments { status cohort { year program { name } } history { fromStatus toStatus occurredOn } }
      afterGraduation { graduatedOn collaborations { daysAfterGraduation collaboration { title kind stage } }
        proBonoSupport { daysAfterGraduation engagement { title status } } } } }`,
    operationName: 'Journey',
    // Set by the runner: a graduated venture with collaborations and pro bono support after graduation.
    variables: (context) => ({ id: context.journeyVentureId }),
  },
  cohortPage: {
    title: "the console's cohort page (staff: a cohort's enrollments with their ventures)",
    as: 'staff',
    query: `query CohortEnrollments($id: ID!) { cohort(id: $id) { id name year program { name }
      enrollments { id status statusOn venture { id name } } } }`,
    operationName: 'CohortEnrollments',
    // Set by the runner: the cohort with the most enrollments.
    variables: (context) => ({ id: context.cohortPageId }),
  },
  comparison: {
    title: 'analytics.cohortComparison over all cohorts',
    as: 'analyst',
    query: `query Comparison { analytics { cohortComparison { ${COMPARISON_FIELDS} } } }`,
    operationName: 'Comparison',
    variables: () => ({}),
  },
  search: {
    title: 'alumniSearch with three filters, page 3 of 50',
    as: 'analyst',
    query: `query Search($after: String) { analytics { alumniSearch(first: 50, after: $after, filter: {
      cohortYearFrom: ${SEARCH_FILTER.cohortYearFrom}, sectors: ${JSON.stringify(SEARCH_FILTER.sectors)}, collaborationStages: [${SEARCH_FILTER.collaborationStages.join(', ')}] }) {
      totalCount edges { node { id name sector } } } } }`,
    operationName: 'Search',
    // Set by the runner: the cursor at the end of page 2.
    variables: (context) => ({ after: context.page3Cursor }),
  },
  write: {
    title: 'logMentoringSession (a write with its audit entry)',
    as: 'staff',
    query: `mutation Log($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id } }`,
    operationName: 'Log',
    // A new start time each request, spread over the running assignments: never a duplicate.
    variables: (context) => {
      const n = context.counter++;
      const assignmentId = context.assignments[n % context.assignments.length];
      const heldAt = new Date(Date.UTC(2025, 0, 1) + context.offsetSeconds * 1000 + n * 1000).toISOString();
      return { input: { assignmentId, heldAt, durationMinutes: 60, format: 'ONLINE' } };
    },
  },
};
