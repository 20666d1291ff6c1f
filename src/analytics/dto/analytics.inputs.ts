import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsNumber, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { CollaborationDomain, CollaborationStage } from '../../collaborations/collaboration.enum.js';
import { LocalDate } from '../../common/graphql/scalars.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { PageArgs } from '../../common/pagination/connection.types.js';
import { IsId, IsLocalDate, IsSdgList, IsYear } from '../../common/validation/decorators.js';
import { Currency } from '../../outcomes/outcome.enum.js';

/** Which cohorts and ventures a report looks at; every condition given must hold. */
@InputType({ description: 'Which cohorts and ventures a report covers; all conditions given must hold.' })
export class AnalyticsFilter {
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @IsId({ each: true }) programIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsYear() cohortYearFrom?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsYear() cohortYearTo?: number;
  @Field(() => Int, {
    nullable: true,
    description:
      "Cohorts of this fiscal year: the one their start date falls in, in their program's calendar (the cohort's year without a start date).",
  })
  @IsOptional()
  @IsYear()
  fiscalYear?: number;
  @Field(() => Int, { nullable: true, description: 'Cohorts of this fiscal year or later (see fiscalYear).' })
  @IsOptional()
  @IsYear()
  fromFiscalYear?: number;
  @Field(() => Int, { nullable: true, description: 'Cohorts of this fiscal year or earlier (see fiscalYear).' })
  @IsOptional()
  @IsYear()
  toFiscalYear?: number;
  @Field(() => [String], { nullable: true, description: 'Venture sectors (exact).' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  sectors?: string[];
  @Field(() => [Sdg], { nullable: true, description: 'Ventures serving any of these goals.' }) @IsOptional() @IsSdgList() sdgs?: Sdg[];
}

export enum FunnelGroupBy {
  NONE = 'NONE',
  DOMAIN = 'DOMAIN',
  PARTNER = 'PARTNER',
}
registerEnumType(FunnelGroupBy, { name: 'FunnelGroupBy', description: 'PARTNER: the organization of the collaboration.' });

export enum ProBonoGroupBy {
  YEAR = 'YEAR',
  FISCAL_YEAR = 'FISCAL_YEAR',
  SOCIAL_ISSUE = 'SOCIAL_ISSUE',
  SDG = 'SDG',
  BENEFICIARY_KIND = 'BENEFICIARY_KIND',
}
registerEnumType(ProBonoGroupBy, {
  name: 'ProBonoGroupBy',
  description: "YEAR: the calendar year the engagement started; FISCAL_YEAR: the fiscal year it started, in its program's calendar.",
});

export enum SeriesGroupBy {
  COHORT = 'COHORT',
  SECTOR = 'SECTOR',
  VENTURE = 'VENTURE',
}
registerEnumType(SeriesGroupBy, { name: 'SeriesGroupBy' });

export enum SeriesInterval {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
  FISCAL_YEAR = 'FISCAL_YEAR',
}
registerEnumType(SeriesInterval, {
  name: 'SeriesInterval',
  description: "FISCAL_YEAR: each value in the fiscal year of its program's calendar (the cohort's program, or the venture's latest).",
});

/** Fiscal years a report's dated rows (engagements, outcome records) must fall in. */
@ArgsType()
class FiscalYearRange {
  @Field(() => Int, {
    nullable: true,
    description: "Only engagements that started, or values dated, in this fiscal year or later (each in its program's calendar).",
  })
  @IsOptional()
  @IsYear()
  fromFiscalYear?: number;
  @Field(() => Int, { nullable: true, description: 'Only engagements that started, or values dated, in this fiscal year or earlier.' })
  @IsOptional()
  @IsYear()
  toFiscalYear?: number;
}

@ArgsType()
export class CohortComparisonArgs {
  @Field(() => AnalyticsFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AnalyticsFilter) filter?: AnalyticsFilter;
}

@ArgsType()
export class CollaborationFunnelArgs {
  @Field(() => FunnelGroupBy, { defaultValue: FunnelGroupBy.NONE }) @IsEnum(FunnelGroupBy) groupBy: FunnelGroupBy = FunnelGroupBy.NONE;
  @Field(() => AnalyticsFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AnalyticsFilter) filter?: AnalyticsFilter;
}

@ArgsType()
export class ProBonoImpactArgs extends FiscalYearRange {
  @Field(() => ProBonoGroupBy, { defaultValue: ProBonoGroupBy.YEAR }) @IsEnum(ProBonoGroupBy) groupBy: ProBonoGroupBy = ProBonoGroupBy.YEAR;
  @Field(() => LocalDate, { nullable: true, description: 'Engagements that started on or after this day.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() to?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The partner company whose volunteers count for repeatVolunteerShare (people affiliated with it or its units); all volunteers when left out.',
  })
  @IsOptional()
  @IsId()
  companyId?: string;
}

@ArgsType()
export class OutcomeSeriesArgs extends FiscalYearRange {
  @Field({ description: 'A metric code, e.g. FUNDING_RAISED.' }) @IsString() metricCode: string;
  @Field(() => SeriesGroupBy, { defaultValue: SeriesGroupBy.COHORT }) @IsEnum(SeriesGroupBy) groupBy: SeriesGroupBy = SeriesGroupBy.COHORT;
  @Field(() => SeriesInterval, { defaultValue: SeriesInterval.YEAR }) @IsEnum(SeriesInterval) interval: SeriesInterval =
    SeriesInterval.YEAR;
  @Field(() => LocalDate, { nullable: true, description: 'Values dated (asOf / periodEnd) on or after this day.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
  @Field(() => LocalDate, { nullable: true }) @IsOptional() @IsLocalDate() to?: string;
  @Field(() => AnalyticsFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AnalyticsFilter) filter?: AnalyticsFilter;
}

@InputType({ description: 'The current value (summed over all records of the metric, per currency for money) must reach `min`.' })
export class OutcomeThreshold {
  @Field() @IsString() metricCode: string;
  @Field(() => Float) @IsNumber() @Min(0) min: number;
  @Field(() => Currency, { nullable: true, description: 'Required for money metrics.' })
  @IsOptional()
  @IsEnum(Currency)
  currency?: Currency;
}

@InputType({ description: 'Alumni (graduated ventures) matching every condition given.' })
export class AlumniSearchFilter extends AnalyticsFilter {
  @Field(() => [CollaborationStage], { nullable: true, description: 'Has a collaboration now at one of these stages.' })
  @IsOptional()
  @IsArray()
  @IsEnum(CollaborationStage, { each: true })
  collaborationStages?: CollaborationStage[];
  @Field(() => [CollaborationDomain], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CollaborationDomain, { each: true })
  collaborationDomains?: CollaborationDomain[];
  @Field(() => [ID], { nullable: true, description: 'Has a collaboration with one of these organizations (or their units).' })
  @IsOptional()
  @IsArray()
  @IsId({ each: true })
  partnerIds?: string[];
  @Field({ nullable: true, description: 'true: the venture or one of its founders was recognized; false: neither.' })
  @IsOptional()
  @IsBoolean()
  recognized?: boolean;
  @Field(() => [OutcomeThreshold], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => OutcomeThreshold)
  outcomeThresholds?: OutcomeThreshold[];
}

@ArgsType()
export class AlumniSearchArgs extends PageArgs {
  @Field(() => AlumniSearchFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AlumniSearchFilter)
  filter?: AlumniSearchFilter;
}

/** alumniSearch as a download: every match, no pages. */
export class AlumniSearchExportArgs {
  @IsOptional() @ValidateNested() @Type(() => AlumniSearchFilter) filter?: AlumniSearchFilter;
}
