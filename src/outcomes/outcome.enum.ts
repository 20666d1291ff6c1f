import { registerEnumType } from '@nestjs/graphql';

export enum MetricUnit {
  COUNT = 'COUNT',
  PEOPLE = 'PEOPLE',
  MONEY = 'MONEY',
  PERCENT = 'PERCENT',
}
registerEnumType(MetricUnit, { name: 'MetricUnit' });

/** STOCK: a level on a date (employees); FLOW: an amount over a period (revenue, funding raised). */
export enum MetricKind {
  STOCK = 'STOCK',
  FLOW = 'FLOW',
}
registerEnumType(MetricKind, { name: 'MetricKind' });

/** How values of one group and interval combine: SUM for flows, LAST (latest date) or AVG for stocks. */
export enum MetricAggregation {
  SUM = 'SUM',
  LAST = 'LAST',
  AVG = 'AVG',
}
registerEnumType(MetricAggregation, { name: 'MetricAggregation' });

export enum Currency {
  JPY = 'JPY',
  USD = 'USD',
  EUR = 'EUR',
}
registerEnumType(Currency, { name: 'Currency' });

export enum OutcomeSource {
  SURVEY = 'SURVEY',
  PUBLIC_REPORT = 'PUBLIC_REPORT',
  VENTURE_REPORT = 'VENTURE_REPORT',
  STAFF_ESTIMATE = 'STAFF_ESTIMATE',
  OTHER = 'OTHER',
}
registerEnumType(OutcomeSource, { name: 'OutcomeSource' });

export enum RecognitionKind {
  AWARD = 'AWARD',
  MEDIA_SELECTION = 'MEDIA_SELECTION',
  GRANT = 'GRANT',
  OTHER = 'OTHER',
}
registerEnumType(RecognitionKind, { name: 'RecognitionKind' });
