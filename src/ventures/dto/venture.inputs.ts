import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import {
  IsId,
  IsName,
  IsReference,
  IsText,
  IsWebsite,
  OptionalNotNull,
  OptionalNullable,
  IsLocalDate,
} from '../../common/validation/decorators.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class FounderInput {
  @Field(() => ID) @IsId() personId: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) role?: string | null;
}

@InputType()
export class CreateVentureInput {
  @Field() @IsName() name: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) sector?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() foundedOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'e.g. the university it spun out of.' })
  @OptionalNullable()
  @IsId()
  originOrganizationId?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsWebsite() website?: string | null;
  @Field(() => [Sdg], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => String, {
    nullable: true,
    description: "The school's own id (e.g. a student number): trimmed, at most 64 characters, unique.",
  })
  @OptionalNullable()
  @IsReference()
  reference?: string | null;

  @Field(() => [FounderInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FounderInput)
  founders?: FounderInput[];
}

@InputType({ description: 'Fields left out stay as they are; `founders` and `sdgs`, when given, replace the lists.' })
export class UpdateVentureInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() name?: string;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsName(100) sector?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() foundedOn?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() originOrganizationId?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsWebsite() website?: string | null;
  @Field(() => [Sdg], { nullable: true }) @OptionalNotNull() @IsArray() @IsEnum(Sdg, { each: true }) sdgs?: Sdg[];
  @Field(() => String, {
    nullable: true,
    description: "The school's own id (e.g. a student number): trimmed, at most 64 characters, unique.",
  })
  @OptionalNullable()
  @IsReference()
  reference?: string | null;

  @Field(() => [FounderInput], { nullable: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FounderInput)
  founders?: FounderInput[];
}

@InputType()
export class VentureFilter {
  @Field(() => ID, { nullable: true, description: 'Ventures enrolled in this cohort (any status).' })
  @IsOptional()
  @IsId()
  cohortId?: string;
  @Field({ nullable: true, description: 'Case-insensitive (see ventureSectors).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sector?: string;
  @Field(() => [Sdg], { nullable: true, description: 'Ventures serving any of these goals.' })
  @IsOptional()
  @IsArray()
  @IsEnum(Sdg, { each: true })
  sdgs?: Sdg[];
  @Field({ nullable: true, description: 'true: graduated from some cohort; false: never graduated.' })
  @IsOptional()
  @IsBoolean()
  graduated?: boolean;
  @Field({
    nullable: true,
    description:
      "Part of the name, or of a founder's name, reading or Latin spelling: NFKC-normalised, case-, width- and kana-insensitive.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export enum VentureOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(VentureOrderField, { name: 'VentureOrderField' });

@InputType()
export class VentureOrder {
  @Field(() => VentureOrderField, { defaultValue: VentureOrderField.NAME })
  @IsEnum(VentureOrderField)
  field: VentureOrderField = VentureOrderField.NAME;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class VenturesArgs extends PageArgs {
  @Field(() => VentureFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VentureFilter)
  filter?: VentureFilter;
  @Field(() => VentureOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VentureOrder)
  orderBy?: VentureOrder;
}
