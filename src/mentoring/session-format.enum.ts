import { registerEnumType } from '@nestjs/graphql';

export enum SessionFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  PHONE = 'PHONE',
}
registerEnumType(SessionFormat, { name: 'SessionFormat' });
