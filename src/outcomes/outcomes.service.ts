import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { findByAny, type GetOptions, getOrThrow, isUuid, rowToEntity } from '../common/persistence.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import type { CorrectOutcomeInput, CreateMetricDefinitionInput, OutcomeRecordsArgs, RecordOutcomeInput } from './dto/outcome.inputs.js';
import { MetricDefinitionEntity, OutcomeRecordEntity } from './outcome.entity.js';
import { MetricKind, MetricUnit } from './outcome.enum.js';

type OutcomeValues = Pick<OutcomeRecordEntity, 'value' | 'currency' | 'periodStart' | 'periodEnd' | 'asOf'>;

/** Metric definitions and outcome records; corrections keep the old record, superseded. */
@Injectable()
export class OutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly ventures: VenturesService,
    private readonly calendar: ProgramCalendar,
  ) {}

  listMetrics(): Promise<MetricDefinitionEntity[]> {
    return this.dataSource.manager.find(MetricDefinitionEntity, { order: { code: 'ASC' } });
  }

  findMetricsByIds(ids: readonly string[]): Promise<MetricDefinitionEntity[]> {
    return findByAny(this.dataSource.manager, MetricDefinitionEntity, 'id', ids);
  }

  getRecord(id: string, options: GetOptions = {}): Promise<OutcomeRecordEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, OutcomeRecordEntity, 'OutcomeRecord', id, options);
  }

  findRecordsByIds(ids: readonly string[]): Promise<OutcomeRecordEntity[]> {
    return findByAny(this.dataSource.manager, OutcomeRecordEntity, 'id', ids);
  }

  /** Current records of each venture, latest date first. */
  async findCurrentByVentureIds(ids: readonly string[]): Promise<OutcomeRecordEntity[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM outcome_records WHERE venture_id = ANY($1::uuid[]) AND superseded_at IS NULL
        ORDER BY COALESCE(as_of, period_end) DESC, id`,
      [ids.filter(isUuid)],
    );
    return rows.map((row) => rowToEntity(this.dataSource.manager, OutcomeRecordEntity, row));
  }

  /** Every version of each lineage, oldest first. */
  findLineages(lineageIds: readonly string[]): Promise<OutcomeRecordEntity[]> {
    return findByAny(this.dataSource.manager, OutcomeRecordEntity, 'lineageId', lineageIds, ['createdAt', 'id']);
  }

  list(args: OutcomeRecordsArgs): Promise<Connection<OutcomeRecordEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(OutcomeRecordEntity, 'o');
    const f = args.filter;
    if (!f?.includeSuperseded) qb.andWhere('o.superseded_at IS NULL');
    if (f?.ventureId) qb.andWhere('o.venture_id = :ventureId', { ventureId: f.ventureId });
    if (f?.metricCodes?.length) {
      qb.andWhere('o.metric_id IN (SELECT id FROM metric_definitions WHERE code = ANY(:codes))', { codes: f.metricCodes });
    }
    if (f?.sources?.length) qb.andWhere('o.source IN (:...sources)', { sources: f.sources });
    if (f?.from) qb.andWhere('COALESCE(o.as_of, o.period_end) >= :from', { from: f.from });
    if (f?.to) qb.andWhere('COALESCE(o.as_of, o.period_end) <= :to', { to: f.to });
    return paginate(
      qb,
      { column: 'COALESCE(o.as_of, o.period_end)', value: (o) => (o.asOf ?? o.periodEnd) as string, direction: SortDirection.DESC },
      args,
    );
  }

  createMetric(input: CreateMetricDefinitionInput, actor: Viewer): Promise<MetricDefinitionEntity> {
    return this.audit.transaction(actor, 'createMetricDefinition', async (m) => {
      if (await m.existsBy(MetricDefinitionEntity, { code: input.code }))
        throw new ConflictError('A metric with this code exists already', { field: 'input.code' });
      return m.save(m.create(MetricDefinitionEntity, { ...input, description: input.description ?? null }));
    });
  }

  record(input: RecordOutcomeInput, actor: Viewer): Promise<OutcomeRecordEntity> {
    return this.audit.transaction(actor, 'recordOutcome', async (m) => {
      await this.ventures.getById(input.ventureId, { manager: m, field: 'input.ventureId' });
      const metric = await m.findOneBy(MetricDefinitionEntity, { code: input.metricCode });
      if (!metric) throw new NotFoundError('MetricDefinition', input.metricCode, 'input.metricCode');
      const values = {
        value: input.value,
        currency: input.currency ?? null,
        periodStart: input.periodStart ?? null,
        periodEnd: input.periodEnd ?? null,
        asOf: input.asOf ?? null,
      };
      this.assertValues(metric, values, await this.calendar.zoneOf(m, { ventureId: input.ventureId }));
      const record = m.create(OutcomeRecordEntity, {
        ...values,
        ventureId: input.ventureId,
        metricId: metric.id,
        source: input.source,
        sourceReference: input.sourceReference ?? null,
        note: input.note ?? null,
        supersededAt: null,
        recordedByUserId: actor.userId,
      });
      // The first record of a lineage names it.
      record.lineageId = record.id = (await m.query<{ id: string }[]>(`SELECT gen_random_uuid() AS id`))[0].id;
      return m.save(record);
    });
  }

  /** A correction: a new record of the same lineage; the old one is kept, superseded. */
  correct(input: CorrectOutcomeInput, actor: Viewer): Promise<OutcomeRecordEntity> {
    return this.audit.transaction(actor, 'correctOutcome', async (m, entry) => {
      const old = await this.getRecord(input.id, { manager: m, field: 'input.id', lock: true });
      if (old.supersededAt)
        throw new ConflictError('This record has been corrected already: correct the current one', { field: 'input.id' });
      const metric = await m.findOneByOrFail(MetricDefinitionEntity, { id: old.metricId });
      const pick = <K extends keyof CorrectOutcomeInput & keyof OutcomeRecordEntity>(key: K) =>
        input[key] === undefined ? old[key] : input[key];
      const values = {
        value: input.value ?? old.value,
        currency: pick('currency') ?? null,
        periodStart: pick('periodStart') ?? null,
        periodEnd: pick('periodEnd') ?? null,
        asOf: pick('asOf') ?? null,
      };
      this.assertValues(metric, values, await this.calendar.zoneOf(m, { ventureId: old.ventureId }));
      old.supersededAt = new Date();
      await m.save(old);
      const { id: _id, createdAt: _c, updatedAt: _u, ...kept } = old;
      const corrected = await m.save(
        m.create(OutcomeRecordEntity, {
          ...kept,
          ...values,
          source: input.source ?? old.source,
          sourceReference: pick('sourceReference') ?? null,
          note: pick('note') ?? null,
          supersededAt: null,
          recordedByUserId: actor.userId,
        }),
      );
      // The correction's entry compares the record it replaces with the new one.
      entry.recordChanges(old, corrected, { ignore: ['supersededAt', 'recordedByUserId'] });
      return corrected;
    });
  }

  /** The rules of a metric: money needs a currency (and only money has one), flows a period, stocks a date (not after today in `zone`). */
  private assertValues(metric: MetricDefinitionEntity, v: OutcomeValues, zone: string): void {
    if (metric.unit === MetricUnit.MONEY && !v.currency)
      throw new ValidationError({ field: 'input.currency', message: `is required for ${metric.code} (money)` });
    if (metric.unit !== MetricUnit.MONEY && v.currency)
      throw new ValidationError({ field: 'input.currency', message: `${metric.code} is not money` });
    if (metric.unit === MetricUnit.PERCENT && v.value > 100)
      throw new ValidationError({ field: 'input.value', message: 'a percentage must be between 0 and 100' });
    if (metric.kind === MetricKind.FLOW) {
      if (v.asOf)
        throw new ValidationError({
          field: 'input.asOf',
          message: `${metric.code} is measured over a period: give periodStart and periodEnd`,
        });
      if (!v.periodStart) throw new ValidationError({ field: 'input.periodStart', message: `is required for ${metric.code}` });
      if (!v.periodEnd) throw new ValidationError({ field: 'input.periodEnd', message: `is required for ${metric.code}` });
      if (v.periodEnd < v.periodStart) throw new ValidationError({ field: 'input.periodEnd', message: 'must not be before periodStart' });
      this.calendar.assertNotFuture(v.periodEnd, 'input.periodEnd', zone);
    } else {
      if (v.periodStart || v.periodEnd)
        throw new ValidationError({
          field: v.periodStart ? 'input.periodStart' : 'input.periodEnd',
          message: `${metric.code} is a level on a date: give asOf`,
        });
      if (!v.asOf) throw new ValidationError({ field: 'input.asOf', message: `is required for ${metric.code}` });
      this.calendar.assertNotFuture(v.asOf, 'input.asOf', zone);
    }
  }
}
