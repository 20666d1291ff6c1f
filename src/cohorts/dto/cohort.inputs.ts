import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs, SortDirection } from '../../common/pagination/connection.types.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { IsId, IsName, IsYear, OptionalNotNull, OptionalNullable, IsLocalDate } from '../../common/validation/decorators.js';
import { CohortStatus } from '../cohort-status.enum.js';
import { BasedOnVersionField } from '../../common/graphql/version.fields.js';

@InputType()
export class CreateCohortInput {
  @Field(() => ID) @IsId() programId: string;
  @Field() @IsName() name: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "Fiscal year (in the program's fiscal calendar, named by the year it starts in); one cohort per program and year. " +
      'Must be the fiscal year startsOn falls in; left out, it is that year (then startsOn is required).',
  })
  @OptionalNotNull()
  @IsYear()
  year?: number;
  @Field(() => LocalDate, { nullable: true, description: "The first day, in the program's time zone." })
  @OptionalNullable()
  @IsLocalDate()
  startsOn?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Not before startsOn.' }) @OptionalNullable() @IsLocalDate() endsOn?:
    string | null;
  @Field(() => CohortStatus, { nullable: true, defaultValue: CohortStatus.PLANNED })
  @IsOptional()
  @IsEnum(CohortStatus)
  status?: CohortStatus;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional field.' })
export class UpdateCohortInput {
  @Field(() => ID) @IsId() id: string;
  @BasedOnVersionField() version?: number | null;
  @Field({ nullable: true }) @OptionalNotNull() @IsName() name?: string;
  @Field(() => Int, { nullable: true, description: 'The fiscal year startsOn falls in.' }) @OptionalNotNull() @IsYear() year?: number;
  @Field(() => LocalDate, { nullable: true, description: 'Must fall in the fiscal year `year`.' })
  @OptionalNullable()
  @IsLocalDate()
  startsOn?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() endsOn?: string | null;
  @Field(() => CohortStatus, { nullable: true }) @OptionalNotNull() @IsEnum(CohortStatus) status?: CohortStatus;
}

@InputType()
export class CohortFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() programId?: string;
  @Field(() => Int, { nullable: true, description: 'From this fiscal year on (inclusive).' })
  @IsOptional()
  @IsYear()
  yearFrom?: number;
  @Field(() => Int, { nullable: true, description: 'Up to this fiscal year (inclusive).' })
  @IsOptional()
  @IsYear()
  yearTo?: number;
  @Field(() => [CohortStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(CohortStatus, { each: true })
  statuses?: CohortStatus[];
}

export enum CohortOrderField {
  YEAR = 'YEAR',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CohortOrderField, { name: 'CohortOrderField' });

@InputType()
export class CohortOrder {
  @Field(() => CohortOrderField, { defaultValue: CohortOrderField.YEAR })
  @IsEnum(CohortOrderField)
  field: CohortOrderField = CohortOrderField.YEAR;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class CohortsArgs extends PageArgs {
  @Field(() => CohortFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;
  @Field(() => CohortOrder, { nullable: true, description: 'Default: newest year first.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortOrder)
  orderBy?: CohortOrder;
}
