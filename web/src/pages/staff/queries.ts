import { graphql } from '../../gql';

/** The staff pages' operations (typed by `npm run codegen:web` from schema.gql). */

export const StaffPrograms = graphql(`
  query StaffPrograms {
    programs(first: 50) {
      edges {
        node {
          id
          name
          timeZone
          fiscalYearStartMonth
        }
      }
    }
    cohorts(first: 100) {
      edges {
        node {
          id
          name
          year
          status
          startsOn
          endsOn
          program {
            id
          }
        }
      }
    }
  }
`);

export const CreateCohort = graphql(`
  mutation StaffCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      name
      year
    }
  }
`);

export const StaffCohort = graphql(`
  query StaffCohort($id: ID!) {
    cohort(id: $id) {
      id
      name
      year
      status
      startsOn
      endsOn
      program {
        id
        name
        timeZone
        fiscalYearStartMonth
      }
      enrollments(first: 100) {
        id
        status
        statusOn
        venture {
          id
          name
        }
        history {
          id
          kind
          fromStatus
          toStatus
          occurredOn
          voidedAt
        }
        mentorAssignments {
          id
          role
          startsOn
          endsOn
          mentor {
            id
            person {
              id
              name
            }
          }
        }
      }
    }
    mentorLoad {
      mentorId
      activeVentures
      capacity
      mentor {
        id
        person {
          id
          name
        }
      }
    }
    events(first: 50, filter: { cohortId: $id }) {
      edges {
        node {
          id
          title
          kind
          startsOn
          endsOn
          place
          online
        }
      }
    }
  }
`);

export const Admit = graphql(`
  mutation StaffAdmit($input: EnrollmentTransitionInput!) {
    admitVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);
export const Start = graphql(`
  mutation StaffStart($input: EnrollmentTransitionInput!) {
    startProgram(input: $input) {
      id
      status
      statusOn
    }
  }
`);
export const Graduate = graphql(`
  mutation StaffGraduate($input: EnrollmentTransitionInput!) {
    graduateVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);
export const Withdraw = graphql(`
  mutation StaffWithdraw($input: EnrollmentTransitionInput!) {
    withdrawVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);
export const Undo = graphql(`
  mutation StaffUndo($input: UndoEnrollmentStatusChangeInput!) {
    undoEnrollmentStatusChange(input: $input) {
      id
      status
      statusOn
    }
  }
`);
export const Redate = graphql(`
  mutation StaffRedate($input: RedateEnrollmentStatusChangeInput!) {
    redateEnrollmentStatusChange(input: $input) {
      id
      status
      statusOn
    }
  }
`);

export const SearchVentures = graphql(`
  query StaffSearchVentures($search: String) {
    ventures(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
          sector
        }
      }
    }
  }
`);

export const CreateVenture = graphql(`
  mutation StaffCreateVenture($input: CreateVentureInput!) {
    createVenture(input: $input) {
      id
      name
    }
  }
`);

export const EnrollVenture = graphql(`
  mutation StaffEnrollVenture($input: EnrollVentureInput!) {
    enrollVenture(input: $input) {
      id
      status
      statusOn
    }
  }
`);

export const AssignMentor = graphql(`
  mutation StaffAssignMentor($input: AssignMentorInput!) {
    assignMentor(input: $input) {
      id
      startsOn
    }
  }
`);

export const CreateEvent = graphql(`
  mutation StaffCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
      title
    }
  }
`);
