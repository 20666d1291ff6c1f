import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { visibleTo } from '../access/field-access.js';
import { DateTime } from '../common/graphql/scalars.js';
import { Paginated } from '../common/pagination/connection.types.js';

@ObjectType({ description: 'One successful mutation, as recorded (append-only).' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => DateTime) at: Date;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field(() => String, { nullable: true, description: "The actor's sign-in email at the time: admins only.", middleware: [visibleTo()] })
  actorEmail: string | null;
  @Field() operation: string;
  @Field(() => [ID]) entityIds: string[];
  @Field(() => GraphQLJSONObject, { nullable: true }) details: Record<string, unknown> | null;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntry, 'AuditEntry') {}
