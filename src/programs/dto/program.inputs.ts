import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import {
  IsId,
  IsMonth,
  IsName,
  IsText,
  IsTimeZone,
  IsYear,
  OptionalNotNull,
  OptionalNullable,
} from '../../common/validation/decorators.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class ProgramPartnerInput {
  @Field(() => ID) @IsId() organizationId: string;
  @Field(() => String, { nullable: true, description: 'e.g. "official partner".' })
  @OptionalNullable()
  @IsName(100)
  role?: string | null;
}

@InputType()
export class CreateProgramInput {
  @Field() @IsName() name: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => Int, { nullable: true }) @OptionalNullable() @IsYear() foundedYear?: number | null;
  @Field(() => ID, { description: 'The organizing organization (e.g. ETIC).' }) @IsId() organizerId: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Tokyo; DEFAULT_TIME_ZONE when left out.' })
  @OptionalNotNull()
  @IsTimeZone()
  timeZone?: string;
  @Field(() => Int, { nullable: true, description: "The fiscal year's first month (1–12); DEFAULT_FISCAL_YEAR_START_MONTH when left out." })
  @OptionalNotNull()
  @IsMonth()
  fiscalYearStartMonth?: number;
  @Field(() => [ProgramPartnerInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProgramPartnerInput)
  partners?: ProgramPartnerInput[];
}

@InputType({ description: 'Fields left out stay as they are; `partners`, when given, replaces the list.' })
export class UpdateProgramInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() name?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => Int, { nullable: true }) @OptionalNullable() @IsYear() foundedYear?: number | null;
  @Field(() => ID, { nullable: true }) @OptionalNotNull() @IsId() organizerId?: string;
  @Field(() => String, { nullable: true }) @OptionalNotNull() @IsTimeZone() timeZone?: string;
  @Field(() => Int, { nullable: true }) @OptionalNotNull() @IsMonth() fiscalYearStartMonth?: number;
  @Field(() => [ProgramPartnerInput], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProgramPartnerInput)
  partners?: ProgramPartnerInput[];
}

@InputType()
export class ProgramFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() organizerId?: string;
  @Field(() => ID, { nullable: true, description: 'Programs this organization organizes or partners.' })
  @IsOptional()
  @IsId()
  organizationId?: string;
  @Field({ nullable: true, description: 'Case-insensitive match on the name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export enum ProgramOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(ProgramOrderField, { name: 'ProgramOrderField' });

@InputType()
export class ProgramOrder {
  @Field(() => ProgramOrderField, { defaultValue: ProgramOrderField.NAME })
  @IsEnum(ProgramOrderField)
  field: ProgramOrderField = ProgramOrderField.NAME;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class ProgramsArgs extends PageArgs {
  @Field(() => ProgramFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramFilter)
  filter?: ProgramFilter;
  @Field(() => ProgramOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramOrder)
  orderBy?: ProgramOrder;
}
