import { graphql } from '../../gql';

/** The venture page's operations. */

export const StaffVenture = graphql(`
  query StaffVenture($id: ID!) {
    venture(id: $id) {
      id
      name
      sector
      sdgs
      website
      foundedOn
      description
      founders {
        role
        person {
          id
          name
          nameKana
        }
      }
      enrollments {
        id
        status
        statusOn
        cohort {
          id
          name
          year
          program {
            id
            name
            timeZone
            fiscalYearStartMonth
          }
        }
      }
      collaborations {
        id
        title
        stage
        stageOn
        organization {
          id
          name
        }
      }
      proBonoSupport {
        id
        title
        status
        startedOn
        volunteerTotals {
          totalHours
          volunteerCount
        }
        volunteers {
          role
          hours
          joinedOn
          person {
            id
            name
          }
        }
      }
      timeline(first: 100) {
        __typename
        ... on TimelineEnrollmentChange {
          on
          entryKind
          fromStatus
          toStatus
          voidedAt
          cohort {
            id
            name
            year
          }
        }
        ... on TimelineMentoringMonth {
          on
          sessionCount
          totalMinutes
        }
        ... on TimelineCollaborationStageChange {
          on
          entryKind
          fromStage
          toStage
          voidedAt
          collaboration {
            id
            title
            organization {
              id
              name
            }
          }
        }
        ... on TimelineEngagementStatusChange {
          on
          entryKind
          fromEngagementStatus
          toEngagementStatus
          voidedAt
          engagement {
            id
            title
          }
        }
        ... on TimelineOutcome {
          on
          record {
            id
            value
            currency
            metric {
              code
              name
              unit
            }
          }
        }
        ... on TimelineRecognition {
          on
          recognition {
            id
            name
            kind
            year
          }
        }
      }
    }
  }
`);

export const FormChoices = graphql(`
  query StaffFormChoices {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    metricDefinitions {
      code
      name
      unit
      kind
    }
  }
`);

export const SearchPeople = graphql(`
  query StaffSearchPeople($search: String) {
    people(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateCollaboration = graphql(`
  mutation StaffCreateCollaboration($input: CreateCollaborationInput!) {
    createCollaboration(input: $input) {
      id
      title
    }
  }
`);

export const CreateEngagement = graphql(`
  mutation StaffCreateEngagement($input: CreateProBonoEngagementInput!) {
    createProBonoEngagement(input: $input) {
      id
      title
    }
  }
`);

export const AddVolunteer = graphql(`
  mutation StaffAddVolunteer($input: AddProBonoVolunteerInput!) {
    addProBonoVolunteer(input: $input) {
      role
      joinedOn
    }
  }
`);

export const AddHours = graphql(`
  mutation StaffAddHours($input: AddProBonoHourEntryInput!) {
    addProBonoHourEntry(input: $input) {
      id
      hours
    }
  }
`);

export const RecordOutcome = graphql(`
  mutation StaffRecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      id
      value
    }
  }
`);
