import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { numericColumn } from '../common/persistence.js';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { Currency, MetricAggregation, MetricKind, MetricUnit, OutcomeSource, RecognitionKind } from './outcome.enum.js';

/** What can be measured about a venture (inspired by IRIS+); the starter set comes with the migration. */
@Entity('metric_definitions')
@Index('uq_metric_definitions_code', ['code'], { unique: true })
@Check('ck_metric_definitions_code', `code ~ '^[A-Z][A-Z0-9_]{1,49}$'`)
@Check('ck_metric_definitions_unit', `unit IN (${sqlList(Object.values(MetricUnit))})`)
@Check('ck_metric_definitions_kind', `kind IN (${sqlList(Object.values(MetricKind))})`)
@Check('ck_metric_definitions_aggregation', `aggregation IN (${sqlList(Object.values(MetricAggregation))})`)
export class MetricDefinitionEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  unit: MetricUnit;

  @Column({ type: 'text' })
  kind: MetricKind;

  @Column({ type: 'text' })
  aggregation: MetricAggregation;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/**
 * One measured value of a venture: for a FLOW over [periodStart, periodEnd], for a STOCK as of a
 * date. A correction is a new record with the same lineage; the old one gets `supersededAt`.
 */
@Entity('outcome_records')
@Index('idx_outcome_records_current', { synchronize: false })
@Index('uq_outcome_records_lineage_current', { synchronize: false })
@Check('ck_outcome_records_currency', `currency IS NULL OR currency IN (${sqlList(Object.values(Currency))})`)
@Check('ck_outcome_records_source', `source IN (${sqlList(Object.values(OutcomeSource))})`)
@Check('ck_outcome_records_value', `value >= 0`)
@Check(
  'ck_outcome_records_dates',
  `(as_of IS NOT NULL AND period_start IS NULL AND period_end IS NULL) OR (as_of IS NULL AND period_start IS NOT NULL AND period_end IS NOT NULL AND period_end >= period_start)`,
)
export class OutcomeRecordEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venture_id' })
  venture?: Relation<VentureEntity>;

  @Index()
  @Column({ type: 'uuid' })
  metricId: string;

  @ManyToOne(() => MetricDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'metric_id' })
  metric?: Relation<MetricDefinitionEntity>;

  @Column(numericColumn(20, 4))
  value: number;

  @Column({ type: 'text', nullable: true })
  currency: Currency | null;

  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd: string | null;

  @Column({ type: 'date', nullable: true })
  asOf: string | null;

  @Column({ type: 'text' })
  source: OutcomeSource;

  /** A URL, report title or survey name. */
  @Column({ type: 'text', nullable: true })
  sourceReference: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The id of the first record of this value; every correction shares it. */
  @Index()
  @Column({ type: 'uuid' })
  lineageId: string;

  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;
}

/** An award or media selection of a venture and/or a person. */
@Entity('recognitions')
@Check('ck_recognitions_kind', `kind IN (${sqlList(Object.values(RecognitionKind))})`)
@Check('ck_recognitions_recipient', `num_nonnulls(venture_id, person_id) >= 1`)
@Check('ck_recognitions_year', `year BETWEEN 1900 AND 2200 AND (received_on IS NULL OR extract(year FROM received_on) = year)`)
export class RecognitionEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: RecognitionKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  awardingOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'awarding_organization_id' })
  awardingOrganization?: Relation<OrganizationEntity>;

  @Index()
  @Column({ type: 'int' })
  year: number;

  /** The day, when known. */
  @Column({ type: 'date', nullable: true })
  receivedOn: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ventureId: string | null;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venture_id' })
  venture?: Relation<VentureEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
