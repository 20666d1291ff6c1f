import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/connection.types.js';
import { DateTime } from '../common/graphql/scalars.js';
import { OrganizationKind } from './organization-kind.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: 'A company, corporate unit, NPO, local government, school or employee group.' })
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true, description: 'Country (ISO 3166-1 alpha-2 or name).' }) country: string | null;
  @Field(() => String, { nullable: true, description: 'Prefecture, state or city.' }) region: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
  @VersionField() version: number;
}

@ObjectType()
export class OrganizationConnection extends Paginated(Organization, 'Organization') {}
