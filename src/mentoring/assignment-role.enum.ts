import { registerEnumType } from '@nestjs/graphql';

export enum AssignmentRole {
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
}
registerEnumType(AssignmentRole, { name: 'AssignmentRole' });
