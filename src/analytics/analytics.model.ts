import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CollaborationStage } from '../collaborations/collaboration.enum.js';
import { LocalDate } from '../common/graphql/scalars.js';
import { Currency } from '../outcomes/outcome.enum.js';

@ObjectType({ description: 'Read-only reports computed in PostgreSQL. Staff, analysts and admins.' })
export class Analytics {}

@ObjectType()
export class MoneyAmount {
  @Field(() => Currency) currency: Currency;
  @Field(() => Float) amount: number;
}

@ObjectType()
export class StageCount {
  @Field(() => CollaborationStage) stage: CollaborationStage;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'One cohort compared with the others; see the README for each definition.' })
export class CohortComparisonRow {
  @Field(() => ID) cohortId: string;
  @Field() programName: string;
  @Field(() => Int) year: number;
  @Field(() => Int, {
    description: "The fiscal year the cohort started in, in its program's calendar (fiscalYearStartMonth); its year without a start date.",
  })
  fiscalYear: number;
  @Field({
    description:
      "true while the cohort is still running: not COMPLETED, its last day (endsOn) not yet past in the program's time zone, or an enrollment still ADMITTED or ACTIVE. Its figures (graduationRate above all) are so far, not final.",
  })
  provisional: boolean;
  @Field(() => Int, { description: 'Enrollments that were admitted (an ADMITTED step in their history).' }) enrolled: number;
  @Field(() => Int) graduated: number;
  @Field(() => Float, {
    nullable: true,
    description: 'graduated / enrolled; null when nobody was enrolled. So far only, when provisional.',
  })
  graduationRate: number | null;
  @Field(() => Int, { description: 'Admitted enrollments that withdrew.' }) withdrawn: number;
  @Field(() => Int, { description: 'Graduates with at least one collaboration started on or after their graduation.' })
  alumniWithCollaboration: number;
  @Field(() => Float, { nullable: true, description: 'alumniWithCollaboration / graduated.' }) collaborationShare: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from graduation to the first collaboration (percentile_cont).' })
  medianDaysToFirstCollaboration: number | null;
  @Field(() => Float, { nullable: true }) p75DaysToFirstCollaboration: number | null;
  @Field(() => [StageCount], { description: "Graduates' collaborations (started after graduation) by current stage." })
  collaborationsByStage: StageCount[];
  @Field(() => Int, { description: 'Graduates with a collaboration that reached COMMERCIAL.' }) alumniReachedCommercial: number;
  @Field(() => [MoneyAmount], { description: 'Current FUNDING_RAISED records of the graduates, summed per currency (never converted).' })
  fundingRaised: MoneyAmount[];
  @Field(() => Int, { description: 'Recognitions of the graduated ventures.' }) recognitions: number;
  @Field(() => Int, { description: 'Engagements for graduates that became ACTIVE on or after graduation.' })
  proBonoEngagementsAfterGraduation: number;
  @Field(() => Float, { description: 'Volunteer hours of those engagements.' }) volunteerHoursAfterGraduation: number;
  @Field(() => Float, { description: 'Hours of live mentoring sessions of the cohort.' }) mentoringHours: number;
}

@ObjectType()
export class FunnelStage {
  @Field(() => CollaborationStage) stage: CollaborationStage;
  @Field(() => Int, { description: 'Collaborations that reached this stage or a later one (skipped stages count as passed).' })
  reached: number;
  @Field(() => Float, { nullable: true, description: 'reached / reached at the stage before; null for the first stage.' })
  conversionFromPrevious: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days spent in the stage, over stays that have ended.' }) medianDaysInStage:
    number | null;
}

@ObjectType()
export class CollaborationFunnelGroup {
  @Field({ description: 'The domain, the partner id, or "ALL".' }) key: string;
  @Field() label: string;
  @Field(() => Int) collaborations: number;
  @Field(() => Int) ended: number;
  @Field(() => [FunnelStage]) stages: FunnelStage[];
}

@ObjectType()
export class ProBonoImpactGroup {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) engagements: number;
  @Field(() => Int) volunteers: number;
  @Field(() => Float) hours: number;
}

@ObjectType({ description: 'Engagements that started (became ACTIVE), their distinct volunteers and hours.' })
export class ProBonoImpact {
  @Field(() => [ProBonoImpactGroup]) groups: ProBonoImpactGroup[];
  @Field(() => Int) engagements: number;
  @Field(() => Int) volunteers: number;
  @Field(() => Float) hours: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the volunteers (of companyId, when given) who took part in more than one engagement.',
  })
  repeatVolunteerShare: number | null;
}

@ObjectType()
export class SeriesPoint {
  @Field(() => LocalDate, { description: 'First day of the interval (the earliest, when a fiscal year mixes calendars).' }) period: string;
  @Field(() => LocalDate, { description: 'Last day of the interval (the latest, when a fiscal year mixes calendars).' }) periodEnd: string;
  @Field({ description: 'The interval\'s name: "2024" (YEAR), "2024-Q2" (QUARTER), "2024-05" (MONTH), "FY2024" (FISCAL_YEAR).' })
  label: string;
  @Field(() => Float) value: number;
}

@ObjectType({ description: 'One group of an outcome series; money is one series per currency.' })
export class OutcomeSeries {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Currency, { nullable: true }) currency: Currency | null;
  @Field(() => [SeriesPoint]) points: SeriesPoint[];
}
