import { registerEnumType } from '@nestjs/graphql';

export enum CollaborationStage {
  EXPLORING = 'EXPLORING',
  PILOT = 'PILOT',
  DEMONSTRATION = 'DEMONSTRATION',
  COMMERCIAL = 'COMMERCIAL',
  ENDED = 'ENDED',
}
registerEnumType(CollaborationStage, { name: 'CollaborationStage' });

/** Forward order of the stages; ENDED may follow any of them. */
export const STAGE_ORDER = [
  CollaborationStage.EXPLORING,
  CollaborationStage.PILOT,
  CollaborationStage.DEMONSTRATION,
  CollaborationStage.COMMERCIAL,
];

export enum CollaborationDomain {
  HEALTHCARE = 'HEALTHCARE',
  EDUCATION = 'EDUCATION',
  ENVIRONMENT = 'ENVIRONMENT',
  AGRICULTURE = 'AGRICULTURE',
  COMMUNITY = 'COMMUNITY',
  EMPLOYMENT = 'EMPLOYMENT',
  ENERGY = 'ENERGY',
  OTHER = 'OTHER',
}
registerEnumType(CollaborationDomain, { name: 'CollaborationDomain' });

export enum CollaborationKind {
  PROOF_OF_CONCEPT = 'PROOF_OF_CONCEPT',
  DEMONSTRATION_PROJECT = 'DEMONSTRATION_PROJECT',
  BUSINESS_ALLIANCE = 'BUSINESS_ALLIANCE',
  INVESTMENT = 'INVESTMENT',
  PROCUREMENT = 'PROCUREMENT',
  OTHER = 'OTHER',
}
registerEnumType(CollaborationKind, { name: 'CollaborationKind' });

/** Which side of the collaboration a contact person is on. */
export enum ContactSide {
  VENTURE = 'VENTURE',
  PARTNER = 'PARTNER',
}
registerEnumType(ContactSide, { name: 'ContactSide' });
