import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsDecimal, IsId, IsLocalDate, IsName, IsText, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { EngagementStatus } from '../pro-bono.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

/** Hours contributed: 0 or more, at most two decimals. */
const IsHours = () => IsDecimal(2, 0, 99999);

@InputType()
export class CreateSocialIssueInput {
  @Field() @IsName(100) name: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateSocialIssueInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName(100) name?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType({ description: 'Exactly one of beneficiaryOrganizationId and beneficiaryVentureId.' })
export class CreateProBonoEngagementInput {
  @Field() @IsName() title: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => ID, { nullable: true, description: 'An NPO, a local government, an educational institution…' })
  @OptionalNullable()
  @IsId()
  beneficiaryOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'An alumni venture.' }) @OptionalNullable() @IsId() beneficiaryVentureId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The group that runs it, e.g. the Pro Bono Club.' })
  @OptionalNullable()
  @IsId()
  organizerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The matching intermediary, e.g. Service Grant.' })
  @OptionalNullable()
  @IsId()
  intermediaryId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A collaboration of the beneficiary venture that this engagement supports.' })
  @OptionalNullable()
  @IsId()
  supportedCollaborationId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsId({ each: true }) socialIssueIds?: string[];
  @Field(() => [Sdg], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  skills?: string[];
  @Field(() => EngagementStatus, {
    defaultValue: EngagementStatus.PROPOSED,
    description: 'PROPOSED (startedOn is the plan) or ACTIVE (startedOn is the day it began).',
  })
  @IsIn([EngagementStatus.PROPOSED, EngagementStatus.ACTIVE], { message: 'status must be PROPOSED or ACTIVE' })
  status: EngagementStatus = EngagementStatus.PROPOSED;
  @Field(() => LocalDate) @IsLocalDate() startedOn: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() deliverables?: string | null;
}

@InputType({
  description: 'Fields left out stay as they are; lists given replace the old ones. The status moves with changeProBonoEngagementStatus.',
})
export class UpdateProBonoEngagementInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() title?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() organizerId?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() intermediaryId?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() supportedCollaborationId?: string | null;
  @Field(() => [ID], { nullable: true }) @OptionalNotNull() @IsArray() @ArrayMaxSize(20) @IsId({ each: true }) socialIssueIds?: string[];
  @Field(() => [Sdg], { nullable: true }) @OptionalNotNull() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => [String], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  skills?: string[];
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() deliverables?: string | null;
}

@InputType({
  description: 'PROPOSED → ACTIVE → COMPLETED, or CANCELLED before completion; dated, never before the previous change nor in the future.',
})
export class ChangeProBonoEngagementStatusInput {
  @Field(() => ID) @IsId() engagementId: string;
  @Field(() => EngagementStatus) @IsEnum(EngagementStatus) status: EngagementStatus;
  @Field(() => LocalDate) @IsLocalDate() on: string;
}

@InputType()
export class AddProBonoVolunteerInput {
  @Field(() => ID) @IsId() engagementId: string;
  @Field(() => ID) @IsId() personId: string;
  @Field() @IsName(100) role: string;
  @Field(() => Float, { defaultValue: 0 }) @IsHours() hours: number = 0;
  @Field(() => LocalDate, { description: 'The day they joined.' }) @IsLocalDate() on: string;
}

@InputType({ description: 'A dated change of role and/or hours (the new total, not an increment).' })
export class UpdateProBonoVolunteerInput {
  @Field(() => ID) @IsId() engagementId: string;
  @Field(() => ID) @IsId() personId: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName(100) role?: string;
  @Field(() => Float, { nullable: true }) @OptionalNotNull() @IsHours() hours?: number;
  @Field(() => LocalDate) @IsLocalDate() on: string;
}

@InputType()
export class ProBonoEngagementFilter {
  @Field(() => [EngagementStatus], { nullable: true })
  @IsOptional()
  @IsEnum(EngagementStatus, { each: true })
  statuses?: EngagementStatus[];
  @Field(() => ID, { nullable: true, description: 'Engagements for this venture.' }) @IsOptional() @IsId() beneficiaryVentureId?: string;
  @Field(() => ID, { nullable: true, description: 'Engagements whose beneficiary, organizer or intermediary is this organization.' })
  @IsOptional()
  @IsId()
  organizationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() supportedCollaborationId?: string;
  @Field(() => [ID], { nullable: true, description: 'Any of these social issues.' })
  @IsOptional()
  @IsArray()
  @IsId({ each: true })
  socialIssueIds?: string[];
  @Field(() => [Sdg], { nullable: true, description: 'Any of these goals.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Sdg, { each: true })
  sdgs?: Sdg[];
  @Field(() => String, { nullable: true, description: 'Engagements that used this skill (exact, case-insensitive).' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  skill?: string;
  @Field(() => ID, { nullable: true, description: 'Engagements this person volunteered in.' })
  @IsOptional()
  @IsId()
  volunteerPersonId?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() startedFrom?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() startedTo?: string;
}

@ArgsType()
export class ProBonoEngagementsArgs extends PageArgs {
  @Field(() => ProBonoEngagementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProBonoEngagementFilter)
  filter?: ProBonoEngagementFilter;
}
