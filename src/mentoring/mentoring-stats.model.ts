import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime } from '../common/graphql/scalars.js';

@ObjectType({
  description: 'Mentoring in one group (cohort, mentor, topic or month), summed by PostgreSQL. Deleted sessions do not count.',
})
export class MentoringStatsRow {
  @Field({ description: 'Cohort id, mentor id, topic name, or month (YYYY-MM).' }) key: string;
  @Field({ description: "The cohort with its program, the mentor's name, the topic, or the month." }) label: string;
  @Field(() => Int) sessionCount: number;
  @Field(() => Float, { description: 'Sum of durations / 60. A session with two topics counts under both.' }) hours: number;
  @Field(() => Int) ventureCount: number;
}

@ObjectType({ description: 'A venture in an active cohort that nobody has met lately.' })
export class NeglectedVenture {
  @Field(() => ID) ventureId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => DateTime, { nullable: true, description: 'Its latest session; null if it never had one.' }) lastSessionAt: Date | null;
}

@ObjectType({ description: "A mentor's current load against their capacity." })
export class MentorLoad {
  @Field(() => ID) mentorId: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Ventures with an assignment running today.' }) activeVentures: number;
}
