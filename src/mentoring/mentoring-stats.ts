import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DateTime } from '../common/graphql/scalars.js';
import { IsId } from '../common/validation/decorators.js';

export enum MentoringStatsGroup {
  COHORT = 'COHORT',
  MENTOR = 'MENTOR',
  TOPIC = 'TOPIC',
  MONTH = 'MONTH',
}
registerEnumType(MentoringStatsGroup, { name: 'MentoringStatsGroup' });

@ObjectType({ description: 'Mentoring in one group (cohort, mentor, topic or month), summed by PostgreSQL. Deleted sessions do not count.' })
export class MentoringStatsRow {
  @Field({ description: 'Cohort id, mentor id, topic name, or month (YYYY-MM).' }) key: string;
  @Field({ description: 'The cohort with its program, the mentor\'s name, the topic, or the month.' }) label: string;
  @Field(() => Int) sessionCount: number;
  @Field(() => Float, { description: 'Sum of durations / 60. A session with two topics counts under both.' }) hours: number;
  @Field(() => Int) ventureCount: number;
}

@InputType()
export class MentoringStatsFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() programId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2200) yearFrom?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2200) yearTo?: number;
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

export enum MentorLoadStatus {
  OVER = 'OVER',
  AT = 'AT',
  UNDER = 'UNDER',
}
registerEnumType(MentorLoadStatus, { name: 'MentorLoadStatus' });

@InputType()
export class MentorLoadFilter {
  @Field(() => MentorLoadStatus, { nullable: true }) @IsOptional() @IsEnum(MentorLoadStatus) status?: MentorLoadStatus;
}
