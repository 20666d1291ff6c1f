import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsLocalDate, OptionalNotNull, OptionalNullable } from '../../common/validation/decorators.js';
import { AssignmentRole } from '../assignment-role.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

const trimmedList = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
);
const IsTagList = () => [IsArray(), ArrayMaxSize(30), IsString({ each: true }), Length(1, 60, { each: true })];
const applyAll =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class CreateMentorInput {
  @Field(() => ID, { description: 'The person who mentors.' }) @IsId() personId: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @trimmedList @applyAll(IsTagList()) expertise?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @trimmedList @applyAll(IsTagList()) languages?: string[];
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() affiliationOrganizationId?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: 3 }) @IsOptional() @IsInt() @Min(1) @Max(50) capacity?: number;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateMentorInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field(() => [String], { nullable: true }) @OptionalNotNull() @trimmedList @applyAll(IsTagList()) expertise?: string[];
  @Field(() => [String], { nullable: true }) @OptionalNotNull() @trimmedList @applyAll(IsTagList()) languages?: string[];
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() affiliationOrganizationId?: string | null;
  @Field(() => Int, { nullable: true }) @OptionalNotNull() @IsInt() @Min(1) @Max(50) capacity?: number;
  @Field({ nullable: true }) @OptionalNotNull() @IsBoolean() active?: boolean;
}

@InputType()
export class AssignMentorInput {
  @Field(() => ID) @IsId() mentorId: string;
  @Field(() => ID, { description: 'The venture in its cohort.' }) @IsId() enrollmentId: string;
  @Field(() => AssignmentRole, { defaultValue: AssignmentRole.LEAD }) @IsEnum(AssignmentRole) role: AssignmentRole = AssignmentRole.LEAD;
  @Field(() => LocalDate) @IsLocalDate() startsOn: string;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() endsOn?: string | null;
}

@InputType()
export class EndAssignmentInput {
  @Field(() => ID) @IsId() assignmentId: string;
  @Field(() => LocalDate, { description: 'Not before the assignment started.' }) @IsLocalDate() endsOn: string;
}

@InputType()
export class MentorFilter {
  @Field({ nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field({ nullable: true, description: 'Mentors with this expertise (exact, case-insensitive).' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  expertise?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() affiliationOrganizationId?: string;
}

@ArgsType()
export class MentorsArgs extends PageArgs {
  @Field(() => MentorFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorFilter)
  filter?: MentorFilter;
}
