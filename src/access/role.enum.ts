import { registerEnumType } from '@nestjs/graphql';

/** What a user may do; a user has one or more. ADMIN may do everything. */
export enum Role {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  MENTOR = 'MENTOR',
  ANALYST = 'ANALYST',
}
registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    ADMIN: { description: 'Manages users and roles; may do everything.' },
    STAFF: { description: 'Reads and writes the whole domain.' },
    MENTOR: { description: 'Reads programs and cohorts; writes their own mentoring records.' },
    ANALYST: { description: 'Reads everything except private fields; writes nothing.' },
  },
});
