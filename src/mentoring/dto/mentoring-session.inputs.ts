import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateTime, LocalDate } from '../../common/graphql/scalars.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsLocalDate, IsName, IsText, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { SessionFormat } from '../session-format.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class FollowUpInput {
  @Field() @IsName(500) text: string;
  @Field(() => ID, { nullable: true, description: 'Who does it (a founder, the mentor, …).' }) @OptionalNullable() @IsId() ownerPersonId?:
    string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() dueOn?: string | null;
}

@InputType()
export class LogMentoringSessionInput {
  @Field(() => ID) @IsId() assignmentId: string;
  @Field(() => DateTime, {
    description: "When it started, with a UTC offset; not in the future. Its day, in the program's time zone, is within the assignment.",
  })
  @IsDate()
  heldAt: Date;
  @Field(() => Int, { description: '1..600' }) @IsInt() @Min(1) @Max(600) durationMinutes: number;
  @Field(() => SessionFormat) @IsEnum(SessionFormat) format: SessionFormat;
  @Field(() => [String], { nullable: true, description: 'Names from mentoringTopics.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  topics?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];
  @Field(() => [ID], { nullable: true, description: 'Founders of the venture who were present.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsId({ each: true })
  attendeePersonIds?: string[];
  @Field({ nullable: true, defaultValue: '' }) @IsOptional() @IsText(20000) summary?: string;
  @Field({ nullable: true, defaultValue: '', description: 'Only you and staff can read these.' })
  @IsOptional()
  @IsText(20000)
  privateNotes?: string;
  @Field(() => [FollowUpInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FollowUpInput)
  followUps?: FollowUpInput[];
  @Field(() => String, {
    nullable: true,
    description: 'Sending the same key again returns the session already logged instead of a second one.',
  })
  @OptionalNullable()
  @IsString()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; every edit is kept as a revision.' })
export class UpdateMentoringSessionInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => DateTime, { nullable: true }) @OptionalNotNull() @IsDate() heldAt?: Date;
  @Field(() => Int, { nullable: true }) @OptionalNotNull() @IsInt() @Min(1) @Max(600) durationMinutes?: number;
  @Field(() => SessionFormat, { nullable: true }) @OptionalNotNull() @IsEnum(SessionFormat) format?: SessionFormat;
  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  topics?: string[];
  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];
  @Field(() => [ID], { nullable: true }) @OptionalNotNull() @IsArray() @ArrayMaxSize(20) @IsId({ each: true }) attendeePersonIds?: string[];
  @Field({ nullable: true }) @OptionalNotNull() @IsText(20000) summary?: string;
  @Field({ nullable: true }) @OptionalNotNull() @IsText(20000) privateNotes?: string;
}

@InputType()
export class SessionIdInput {
  @Field(() => ID) @IsId() id: string;
}

@InputType({ description: 'A follow-up added to a session already logged.' })
export class AddFollowUpInput {
  @Field(() => ID) @IsId() sessionId: string;
  @Field() @IsName(500) text: string;
  @Field(() => ID, { nullable: true, description: 'Who does it (a founder, the mentor, …).' })
  @OptionalNullable()
  @IsId()
  ownerPersonId?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Not before the day of the session.' })
  @OptionalNullable()
  @IsLocalDate()
  dueOn?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears the owner or the due date. Done or not: setFollowUpDone.' })
export class UpdateFollowUpInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName(500) text?: string;
  @Field(() => ID, { nullable: true, description: 'Reassigns it to this person.' }) @OptionalNullable() @IsId() ownerPersonId?:
    string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Not before the day of the session.' })
  @OptionalNullable()
  @IsLocalDate()
  dueOn?: string | null;
}

@InputType()
export class SetFollowUpDoneInput {
  @Field(() => ID) @IsId() id: string;
  @Field() @IsBoolean() done: boolean;
}

@InputType()
export class CreateMentoringTopicInput {
  @Field() @IsName(100) name: string;
}

@InputType()
export class MentoringSessionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ventureId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() mentorId?: string;
  @Field(() => DateTime, { nullable: true, description: 'Held at or after.' }) @IsOptional() @IsDate() from?: Date;
  @Field(() => DateTime, { nullable: true, description: 'Held before.' }) @IsOptional() @IsDate() to?: Date;
  @Field({ nullable: true, description: 'Sessions with this topic (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  topic?: string;
  @Field({ nullable: true, description: 'Deleted sessions too (staff).' }) @IsOptional() @IsBoolean() includeDeleted?: boolean;
}

@ArgsType()
export class MentoringSessionsArgs extends PageArgs {
  @Field(() => MentoringSessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentoringSessionFilter)
  filter?: MentoringSessionFilter;
}
