import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { VersionField } from '../common/graphql/version.fields.js';
import { SessionFormat } from './session-format.enum.js';

@ObjectType({ description: 'A topic from the list staff maintain.' })
export class MentoringTopic {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'One logged mentoring meeting under an assignment.' })
export class MentoringSession {
  @Field(() => ID) id: string;
  @Field(() => DateTime) heldAt: Date;
  @Field(() => Int, { description: '1..600' }) durationMinutes: number;
  @Field(() => SessionFormat) format: SessionFormat;
  @Field(() => [String], { description: 'Topics from the staff-maintained list.' }) topics: string[];
  @Field(() => [String], { description: 'Free tags.' }) tags: string[];
  @Field({ description: 'Readable by staff and analysts (and the mentors of the venture).' }) summary: string;
  @Field({ description: 'Logged by staff on behalf of the mentor.' }) onBehalf: boolean;
  @Field(() => Int, { description: 'Starts at 1; every edit adds one and keeps a revision.' }) version: number;
  @Field(() => DateTime, {
    nullable: true,
    description: 'Set while deleted (staff can restore): staff only.',
    middleware: [visibleTo(Role.STAFF)],
  })
  deletedAt: Date | null;
  @Field(() => DateTime) createdAt: Date;
  @Field(() => DateTime) updatedAt: Date;
}

@ObjectType({ description: 'The state of a session after one create or edit.' })
export class MentoringSessionRevision {
  @Field(() => Int) version: number;
  @Field(() => GraphQLJSONObject) snapshot: Record<string, unknown>;
  @Field(() => ID) editedByUserId: string;
  @Field(() => DateTime) editedAt: Date;
}

@ObjectType({ description: 'Something to do after a session.' })
export class FollowUpAction {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field(() => LocalDate, { nullable: true }) dueOn: string | null;
  @Field() done: boolean;
  @Field(() => DateTime, { nullable: true }) doneAt: Date | null;
  @VersionField() version: number;
}

@ObjectType({ description: 'Mentoring in one cohort, summed by the database.' })
export class MentoringSummary {
  @Field(() => Int) sessionCount: number;
  @Field(() => Int) totalMinutes: number;
  @Field(() => Int, { description: 'Ventures with at least one session.' }) ventureCount: number;
  @Field(() => DateTime, { nullable: true }) lastHeldAt: Date | null;
}

@ObjectType()
export class MentoringSessionConnection extends Paginated(MentoringSession, 'MentoringSession') {}
