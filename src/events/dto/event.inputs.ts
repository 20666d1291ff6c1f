import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsLocalDate, IsName, IsText, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { EventKind } from '../event.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

/** An optional head count: a whole number, 0 or more. */
const count = () =>
  applyDecorators(
    Field(() => Int, { nullable: true }),
    OptionalNullable(),
    IsInt(),
    Min(0),
    Max(10_000_000),
  );

@InputType({ description: 'Counts are 0 or more; leave out what was not counted.' })
export class EventAttendanceInput {
  @count() inPerson?: number | null;
  @count() online?: number | null;
  @count() students?: number | null;
  @count() alumni?: number | null;
  @count() employees?: number | null;
  @count() families?: number | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(500) note?: string | null;
}

@InputType({ description: 'A place, online, or both.' })
export class CreateEventInput {
  @Field() @IsName() title: string;
  @Field(() => EventKind) @IsEnum(EventKind) kind: EventKind;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => LocalDate) @IsLocalDate() startsOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'Defaults to startsOn.' }) @OptionalNullable() @IsLocalDate() endsOn?:
    string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(300) place?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() online: boolean = false;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsId({ each: true }) organizerIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsId({ each: true }) partnerIds?: string[];
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() programId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Must belong to programId when both are given.' }) @OptionalNullable() @IsId() cohortId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The pro bono engagement it belongs to.' }) @OptionalNullable() @IsId() engagementId?:
    string | null;
  @Field(() => [Sdg], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => EventAttendanceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventAttendanceInput)
  attendance?: EventAttendanceInput;
}

@InputType({ description: 'Fields left out stay as they are; lists and attendance given replace the old ones.' })
export class UpdateEventInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() title?: string;
  @Field(() => EventKind, { nullable: true }) @OptionalNotNull() @IsEnum(EventKind) kind?: EventKind;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNotNull() @IsLocalDate() startsOn?: string;
  @Field(() => LocalDate, { nullable: true }) @OptionalNotNull() @IsLocalDate() endsOn?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(300) place?: string | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsBoolean() online?: boolean;
  @Field(() => [ID], { nullable: true }) @OptionalNotNull() @IsArray() @ArrayMaxSize(20) @IsId({ each: true }) organizerIds?: string[];
  @Field(() => [ID], { nullable: true }) @OptionalNotNull() @IsArray() @ArrayMaxSize(50) @IsId({ each: true }) partnerIds?: string[];
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() programId?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() cohortId?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() engagementId?: string | null;
  @Field(() => [Sdg], { nullable: true }) @OptionalNotNull() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => EventAttendanceInput, { nullable: true })
  @OptionalNotNull()
  @ValidateNested()
  @Type(() => EventAttendanceInput)
  attendance?: EventAttendanceInput;
}

@InputType()
export class EventFilter {
  @Field(() => [EventKind], { nullable: true }) @IsOptional() @IsEnum(EventKind, { each: true }) kinds?: EventKind[];
  @Field(() => LocalDate, { nullable: true, description: 'Events that end on or after this day.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Events that start on or before this day.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
  @Field(() => ID, { nullable: true, description: 'Organized or partnered by this organization.' })
  @IsOptional()
  @IsId()
  organizationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() programId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() cohortId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() engagementId?: string;
  @Field(() => [Sdg], { nullable: true, description: 'Any of these goals.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Sdg, { each: true })
  sdgs?: Sdg[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() online?: boolean;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => EventFilter) filter?: EventFilter;
}
