import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTime, LocalDate } from '../common/graphql/scalars.js';
import { Paginated } from '../common/pagination/connection.types.js';
import { Currency, MetricAggregation, MetricKind, MetricUnit, OutcomeSource, RecognitionKind } from './outcome.enum.js';

@ObjectType({ description: 'What can be measured about a venture.' })
export class MetricDefinition {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable code, e.g. FUNDING_RAISED.' }) code: string;
  @Field() name: string;
  @Field(() => MetricUnit) unit: MetricUnit;
  @Field(() => MetricKind) kind: MetricKind;
  @Field(() => MetricAggregation, { description: 'How values of a group and interval combine.' }) aggregation: MetricAggregation;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: 'One measured value of a venture; corrections are new records of the same lineage.' })
export class OutcomeRecord {
  @Field(() => ID) id: string;
  @Field(() => Float) value: number;
  @Field(() => Currency, { nullable: true, description: 'Set for MONEY metrics only.' }) currency: Currency | null;
  @Field(() => LocalDate, { nullable: true, description: 'FLOW metrics: the period measured.' }) periodStart: string | null;
  @Field(() => LocalDate, { nullable: true }) periodEnd: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'STOCK metrics: the date of the level.' }) asOf: string | null;
  @Field(() => OutcomeSource) source: OutcomeSource;
  @Field(() => String, { nullable: true }) sourceReference: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => DateTime, { description: 'When it was recorded.' }) createdAt: Date;
  @Field(() => DateTime, { nullable: true, description: 'When a correction replaced it; null for the current value.' })
  supersededAt: Date | null;
}

@ObjectType({ description: 'An award or media selection.' })
export class Recognition {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RecognitionKind) kind: RecognitionKind;
  @Field(() => Int) year: number;
  @Field(() => LocalDate, { nullable: true, description: 'The day, when known.' }) receivedOn: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType()
export class OutcomeRecordConnection extends Paginated(OutcomeRecord, 'OutcomeRecord') {}

@ObjectType()
export class RecognitionConnection extends Paginated(Recognition, 'Recognition') {}
