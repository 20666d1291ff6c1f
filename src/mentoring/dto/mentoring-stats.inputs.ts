import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsId } from '../../common/validation/decorators.js';

export enum MentoringStatsGroup {
  COHORT = 'COHORT',
  MENTOR = 'MENTOR',
  TOPIC = 'TOPIC',
  MONTH = 'MONTH',
}
registerEnumType(MentoringStatsGroup, { name: 'MentoringStatsGroup' });

@InputType()
export class MentoringStatsFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() programId?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2200) yearFrom?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1900) @Max(2200) yearTo?: number;
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
