import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  COMPANY = 'COMPANY',
  CORPORATE_UNIT = 'CORPORATE_UNIT',
  NPO = 'NPO',
  LOCAL_GOVERNMENT = 'LOCAL_GOVERNMENT',
  EDUCATIONAL_INSTITUTION = 'EDUCATIONAL_INSTITUTION',
  EMPLOYEE_GROUP = 'EMPLOYEE_GROUP',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
