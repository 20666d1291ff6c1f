import { registerEnumType } from '@nestjs/graphql';

export enum EngagementStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EngagementStatus, { name: 'EngagementStatus' });

/** The moves an engagement may make; COMPLETED and CANCELLED are final. */
export const ENGAGEMENT_TRANSITIONS: Record<EngagementStatus, EngagementStatus[]> = {
  PROPOSED: [EngagementStatus.ACTIVE, EngagementStatus.CANCELLED],
  ACTIVE: [EngagementStatus.COMPLETED, EngagementStatus.CANCELLED],
  COMPLETED: [],
  CANCELLED: [],
};
