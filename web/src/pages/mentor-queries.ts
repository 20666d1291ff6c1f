import { graphql } from '../gql';

export const MentorHome = graphql(`
  query MentorHome {
    myAssignments {
      id
      startsOn
      endsOn
      role
      enrollment {
        id
        status
        venture {
          id
          name
          founders {
            person {
              id
              name
            }
          }
        }
        cohort {
          id
          name
          program {
            id
            name
            timeZone
          }
        }
      }
    }
    myOpenFollowUps {
      id
      text
      dueOn
    }
    mentoringTopics {
      id
      name
    }
  }
`);

export const MySessions = graphql(`
  query MySessions {
    mySessions(first: 20) {
      edges {
        node {
          id
          heldAt
          durationMinutes
          format
          topics
          summary
          attendees {
            id
            name
          }
          venture {
            id
            name
          }
          assignment {
            id
            enrollment {
              id
              cohort {
                id
                program {
                  id
                  timeZone
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const LogSession = graphql(`
  mutation LogSession($input: LogMentoringSessionInput!) {
    logMentoringSession(input: $input) {
      id
      heldAt
      followUps {
        id
      }
    }
  }
`);

export const SetFollowUpDone = graphql(`
  mutation SetFollowUpDone($input: SetFollowUpDoneInput!) {
    setFollowUpDone(input: $input) {
      id
      done
      doneAt
    }
  }
`);
