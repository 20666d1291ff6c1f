import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { AssignmentRole } from './assignment-role.enum.js';
import { VersionField } from '../common/graphql/version.fields.js';

@ObjectType({ description: "A person's mentor profile." })
export class Mentor {
  @Field(() => ID) id: string;
  @Field(() => [String]) expertise: string[];
  @Field(() => [String]) languages: string[];
  @Field(() => Int, { description: 'Most ventures mentored at the same time.' }) capacity: number;
  @Field() active: boolean;
  @Field(() => DateTime) createdAt: Date;
  @VersionField() version: number;
}

@ObjectType({ description: "A mentor paired with a venture's enrollment in a cohort, for a period." })
export class MentorAssignment {
  @Field(() => ID) id: string;
  @Field(() => AssignmentRole) role: AssignmentRole;
  @Field(() => LocalDate) startsOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'Null while the assignment runs.' }) endsOn: string | null;
}

@ObjectType()
export class MentorConnection extends Paginated(Mentor, 'Mentor') {}
