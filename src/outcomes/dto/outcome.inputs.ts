import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { LocalDate } from '../../common/graphql/scalars.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import {
  IsDecimal,
  IsId,
  IsLocalDate,
  IsName,
  IsText,
  IsYear,
  OptionalNotNull,
  OptionalNullable,
} from '../../common/validation/decorators.js';
import { Currency, MetricAggregation, MetricKind, MetricUnit, OutcomeSource, RecognitionKind } from '../outcome.enum.js';

/** A measured value: 0 or more, at most four decimals. */
const IsValue = () => IsDecimal(4, 0, 1e15);

@InputType()
export class CreateMetricDefinitionInput {
  @Field({ description: 'Upper case, digits and _; e.g. WASTE_DIVERTED_TONNES.' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,49}$/, { message: 'code must be 2-50 upper-case letters, digits or _' })
  code: string;
  @Field() @IsName(100) name: string;
  @Field(() => MetricUnit) @IsEnum(MetricUnit) unit: MetricUnit;
  @Field(() => MetricKind) @IsEnum(MetricKind) kind: MetricKind;
  @Field(() => MetricAggregation) @IsEnum(MetricAggregation) aggregation: MetricAggregation;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType({ description: 'FLOW metrics take periodStart and periodEnd; STOCK metrics take asOf. MONEY needs a currency.' })
export class RecordOutcomeInput {
  @Field(() => ID) @IsId() ventureId: string;
  @Field({ description: 'A code from metricDefinitions, e.g. FUNDING_RAISED.' }) @IsString() metricCode: string;
  @Field(() => Float) @IsValue() value: number;
  @Field(() => Currency, { nullable: true }) @OptionalNullable() @IsEnum(Currency) currency?: Currency | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() periodStart?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() periodEnd?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() asOf?: string | null;
  @Field(() => OutcomeSource) @IsEnum(OutcomeSource) source: OutcomeSource;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(1000) sourceReference?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(2000) note?: string | null;
}

@InputType({ description: 'Records a corrected value: the old record stays in history, superseded. Fields left out are copied.' })
export class CorrectOutcomeInput {
  @Field(() => ID) @IsId() id: string;
  @Field(() => Float, { nullable: true }) @OptionalNotNull() @IsValue() value?: number;
  @Field(() => Currency, { nullable: true }) @OptionalNullable() @IsEnum(Currency) currency?: Currency | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() periodStart?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() periodEnd?: string | null;
  @Field(() => LocalDate, { nullable: true }) @OptionalNullable() @IsLocalDate() asOf?: string | null;
  @Field(() => OutcomeSource, { nullable: true }) @OptionalNotNull() @IsEnum(OutcomeSource) source?: OutcomeSource;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText(1000) sourceReference?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was corrected.' }) @OptionalNullable() @IsText(2000) note?: string | null;
}

@InputType()
export class OutcomeRecordFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ventureId?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) metricCodes?: string[];
  @Field(() => [OutcomeSource], { nullable: true }) @IsOptional() @IsEnum(OutcomeSource, { each: true }) sources?: OutcomeSource[];
  @Field(() => LocalDate, { nullable: true, description: 'Values dated (asOf or periodEnd) on or after this day.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() to?: string;
  @Field({ nullable: true, description: 'Include corrected (superseded) records too.' })
  @IsOptional()
  @IsBoolean()
  includeSuperseded?: boolean;
}

@ArgsType()
export class OutcomeRecordsArgs extends PageArgs {
  @Field(() => OutcomeRecordFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeRecordFilter)
  filter?: OutcomeRecordFilter;
}

@InputType({ description: 'A venture, a person, or both.' })
export class CreateRecognitionInput {
  @Field() @IsName() name: string;
  @Field(() => RecognitionKind) @IsEnum(RecognitionKind) kind: RecognitionKind;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() awardingOrganizationId?: string | null;
  @Field(() => Int) @IsYear() year: number;
  @Field(() => LocalDate, { nullable: true, description: 'Within `year`.' }) @OptionalNullable() @IsLocalDate() receivedOn?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() ventureId?: string | null;
  @Field(() => ID, { nullable: true }) @OptionalNullable() @IsId() personId?: string | null;
  @Field(() => String, { nullable: true }) @OptionalNullable() @IsText() description?: string | null;
}

@InputType()
export class RecognitionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() ventureId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() personId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId() awardingOrganizationId?: string;
  @Field(() => [RecognitionKind], { nullable: true }) @IsOptional() @IsEnum(RecognitionKind, { each: true }) kinds?: RecognitionKind[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsYear() yearFrom?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsYear() yearTo?: number;
}

@ArgsType()
export class RecognitionsArgs extends PageArgs {
  @Field(() => RecognitionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecognitionFilter)
  filter?: RecognitionFilter;
}
