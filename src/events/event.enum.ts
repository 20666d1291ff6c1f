import { registerEnumType } from '@nestjs/graphql';

export enum EventKind {
  FORUM = 'FORUM',
  FESTIVAL_PROGRAM = 'FESTIVAL_PROGRAM',
  WORKSHOP = 'WORKSHOP',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind' });

export enum EventOrganizationRole {
  ORGANIZER = 'ORGANIZER',
  PARTNER = 'PARTNER',
}
registerEnumType(EventOrganizationRole, { name: 'EventOrganizationRole' });
