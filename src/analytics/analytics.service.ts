import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import type { Connection } from '../common/pagination/connection.types.js';
import { decodeCursor } from '../common/pagination/cursor.js';
import { toConnection } from '../common/pagination/paginate.js';
import { rowToEntity } from '../common/persistence.js';
import { ReadRouting } from '../common/read-routing.js';
import { SqlParams } from '../common/sql.js';
import { preparedQuery } from '../common/prepared-query.js';
import { MetricUnit } from '../outcomes/outcome.enum.js';
import { MetricDefinitionEntity } from '../outcomes/outcome.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import type { CohortComparisonRow, CollaborationFunnelGroup, OutcomeSeries, ProBonoImpact } from './analytics.model.js';
import {
  alumniSearchConditions,
  cohortComparisonQuery,
  collaborationFunnelQuery,
  type FunnelRow,
  outcomeSeriesQuery,
  proBonoImpactQuery,
  type SeriesRow,
} from './analytics.queries.js';
import {
  type AlumniSearchArgs,
  type AnalyticsFilter,
  FunnelGroupBy,
  type OutcomeSeriesArgs,
  ProBonoGroupBy,
  type ProBonoImpactArgs,
} from './dto/analytics.inputs.js';
import { ReportCache } from './report-cache.js';
import { Clock } from '../common/clock.js';

/**
 * The analysts' reports. Each is one or two SQL statements (analytics.queries.ts: CTEs, GROUP BY,
 * FILTER, percentile_cont, window functions); JavaScript only reshapes rows. Definitions are in
 * the README ("Analytics") and on the GraphQL fields. Reports are cached for
 * ANALYTICS_CACHE_SECONDS while no write happened (report-cache.ts).
 */
@Injectable()
export class AnalyticsService {
  private readonly cache: ReportCache;
  /** The fiscal year's first month for rows with no program (an engagement for an organization). */
  private readonly defaultStartMonth: number;
  private replicaCache?: ReportCache;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
    @Optional() private readonly routing?: ReadRouting,
    @Optional() private readonly clock?: Clock,
  ) {
    this.cache = new ReportCache(config?.analyticsCacheSeconds ?? 0);
    this.defaultStartMonth = config?.defaultCalendar.fiscalYearStartMonth ?? 4;
  }

  /**
   * This service reading from where ReadRouting sends `userId`'s reads: the read replica, or the
   * primary (no replica, it lags, or the caller wrote just now). Reports read from the replica
   * are cached apart, so a caller who reads from the primary never gets one.
   */
  readingAs(userId: string | null | undefined): AnalyticsService {
    const source = this.routing?.forReading(userId) ?? this.dataSource;
    if (source === this.dataSource) return this;
    this.replicaCache ??= new ReportCache(this.cache.seconds);
    return Object.create(this, { dataSource: { value: source }, cache: { value: this.replicaCache } }) as AnalyticsService;
  }

  /** One row per cohort; `provisional` by the cohort's state now (a cached report keeps it for the cache's seconds). */
  cohortComparison(filter: AnalyticsFilter | undefined): Promise<CohortComparisonRow[]> {
    return this.cache.get('cohortComparison', filter, () => {
      const { sql, params } = cohortComparisonQuery(filter, this.clock?.now() ?? new Date());
      return this.dataSource.query(sql, params);
    });
  }

  /** Stage by stage: how many collaborations got there, the conversion from the stage before, and the median stay. */
  collaborationFunnel(groupBy: FunnelGroupBy, filter: AnalyticsFilter | undefined): Promise<CollaborationFunnelGroup[]> {
    return this.cache.get('collaborationFunnel', { groupBy, filter }, async () => {
      const { sql, params } = collaborationFunnelQuery(groupBy, filter);
      const rows: FunnelRow[] = await this.dataSource.query(sql, params);
      return rows;
    });
  }

  /** Engagements that started, their distinct volunteers and hours, per group; plus totals and the repeat share. */
  proBonoImpact(args: ProBonoImpactArgs): Promise<ProBonoImpact> {
    return this.cache.get('proBonoImpact', args, async () => {
      if (
        args.companyId &&
        !(await this.dataSource.query<unknown[]>(`SELECT 1 FROM organizations WHERE id = $1`, [args.companyId])).length
      ) {
        throw new NotFoundError('Organization', args.companyId, 'companyId');
      }
      const { sql, params } = proBonoImpactQuery(args, this.defaultStartMonth);
      const [result]: ProBonoImpact[] = await this.dataSource.query(sql, params);
      if (args.groupBy === ProBonoGroupBy.SDG) {
        for (const g of result.groups) g.label = Sdg[Number(g.label)] ?? g.label;
      }
      return result;
    });
  }

  /**
   * Values of one metric per group and interval, combined per the metric's rule: SUM adds the
   * values dated in the interval; AVG averages them; LAST takes each venture's latest value in
   * the interval and adds those up (the group's level). Money stays per currency.
   */
  outcomeSeries(args: OutcomeSeriesArgs): Promise<OutcomeSeries[]> {
    return this.cache.get('outcomeSeries', args, async () => {
      const metric = await this.dataSource.manager.findOneBy(MetricDefinitionEntity, { code: args.metricCode });
      if (!metric) throw new NotFoundError('MetricDefinition', args.metricCode, 'metricCode');
      const { sql, params } = outcomeSeriesQuery(args, metric, this.defaultStartMonth);
      const rows: SeriesRow[] = await this.dataSource.query(sql, params);
      const series = new Map<string, OutcomeSeries>();
      for (const r of rows) {
        const id = `${r.key}|${r.currency ?? ''}`;
        if (!series.has(id)) series.set(id, { key: r.key, label: r.label, currency: r.currency, points: [] });
        series.get(id)!.points.push({ period: r.period, periodEnd: r.periodEnd, label: r.periodLabel, value: r.value });
      }
      return [...series.values()];
    });
  }

  /**
   * Graduated ventures matching every condition, by name (keyset pages). A page is one statement
   * that walks the (name, id) index from the cursor and stops at `first + 1` matches: its cost
   * follows the page, not the data. `totalCount` (only when selected) must judge every venture,
   * so it is a report like the others: cached per filter (ANALYTICS_CACHE_SECONDS), and paging
   * through one search counts once.
   */
  async alumniSearch(args: AlumniSearchArgs): Promise<Connection<VentureEntity>> {
    const p = new SqlParams();
    const where = alumniSearchConditions(args.filter, await this.thresholdMetrics(args.filter), p).join(' AND ');
    const countParams = [...p.values];
    const cursor = args.after ? decodeCursor(args.after) : null;
    const after = cursor ? ` AND (v.name, v.id) > (${p.add(cursor[0])}, ${p.add(cursor[1])}::uuid)` : '';
    // Prepared: planning this statement costs about as much as running it (one per filter shape).
    const rows: Record<string, unknown>[] =
      args.first === 0
        ? []
        : await preparedQuery(
            this.dataSource,
            `SELECT v.* FROM ventures v WHERE ${where}${after} ORDER BY v.name, v.id LIMIT ${p.add(args.first + 1)}`,
            p.values,
          );
    const ventures = rows.map((r) => rowToEntity(this.dataSource.manager, VentureEntity, r));
    let total: Promise<number> | undefined;
    return toConnection(
      ventures,
      (v) => v.name,
      args,
      () =>
        (total ??= this.cache.get('alumniSearchCount', args.filter ?? {}, async () => {
          const [{ n }]: { n: number }[] = await this.dataSource.query(
            `SELECT count(*)::int AS n FROM ventures v WHERE ${where}`,
            countParams,
          );
          return n;
        })),
    );
  }

  /** The alumniSearch query, shared with the CSV export. */
  async alumniSearchQuery(filter: AlumniSearchArgs['filter']): Promise<SelectQueryBuilder<VentureEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(VentureEntity, 'v');
    const p = new SqlParams();
    const conditions = alumniSearchConditions(filter, await this.thresholdMetrics(filter), p);
    // Query-builder parameters are named: hand ours over as :p1, :p2, …
    const named = (sql: string) => sql.replace(/\$(\d+)/g, ':p$1');
    qb.where(conditions.map(named).join(' AND '), Object.fromEntries(p.values.map((v, i) => [`p${i + 1}`, v])));
    return qb;
  }

  /** The metrics of the search's outcome thresholds, in order; a currency only with money. */
  private async thresholdMetrics(filter: AlumniSearchArgs['filter']): Promise<MetricDefinitionEntity[]> {
    const metrics: MetricDefinitionEntity[] = [];
    for (const [i, t] of (filter?.outcomeThresholds ?? []).entries()) {
      const field = `filter.outcomeThresholds.${i}`;
      const metric = await this.dataSource.manager.findOneBy(MetricDefinitionEntity, { code: t.metricCode });
      if (!metric) throw new NotFoundError('MetricDefinition', t.metricCode, `${field}.metricCode`);
      if (metric.unit === MetricUnit.MONEY && !t.currency)
        throw new ValidationError({ field: `${field}.currency`, message: `is required for ${metric.code} (money)` });
      if (metric.unit !== MetricUnit.MONEY && t.currency)
        throw new ValidationError({ field: `${field}.currency`, message: `${metric.code} is not money` });
      metrics.push(metric);
    }
    return metrics;
  }
}
