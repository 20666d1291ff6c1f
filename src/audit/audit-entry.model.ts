import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
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
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'What else the entry says, as recorded; an update keeps its changed fields under `changes` (the same as the field `changes`).',
  })
  details: Record<string, unknown> | null;
}

@ObjectType({ description: 'One field an update changed: its value before and after, or, for a private field, only that it changed.' })
export class AuditChange {
  @Field({ description: 'The field as recorded (e.g. name, sdgs, founders, privateNotes).' }) field: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'The value before, as JSON: instants as ISO strings, dates as YYYY-MM-DD, decimals as numbers, lists as lists. Null when redacted.',
  })
  old: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after, in the same form. Null when redacted.' }) new: unknown;
  @Field({ description: "A private field (a mentor's private notes): it changed, and its values are not kept." }) redacted: boolean;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntry, 'AuditEntry') {}
