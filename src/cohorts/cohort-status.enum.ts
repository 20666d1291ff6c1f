import { registerEnumType } from '@nestjs/graphql';

export enum CohortStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
registerEnumType(CohortStatus, { name: 'CohortStatus' });
