import { Controller, Get, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { Allow, READERS } from '../access/access.decorators.js';
import { TooManyRequestsError, ValidationError } from '../common/errors/domain-errors.js';
import { CollaborationStage, STAGE_ORDER } from '../collaborations/collaboration.enum.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import { AnalyticsService } from './analytics.service.js';
import { csvStream } from './csv.js';
import {
  AlumniSearchExportArgs,
  CohortComparisonArgs,
  CollaborationFunnelArgs,
  OutcomeSeriesArgs,
  ProBonoGroupBy,
  ProBonoImpactArgs,
} from './dto/analytics.inputs.js';

const validation = new InputValidationPipe();

/**
 * Reads `?args=<JSON>`: the same arguments as the GraphQL report, checked by the same rules
 * (BAD_USER_INPUT → 400 with the field).
 */
async function parseArgs<T extends object>(type: new () => T, raw: string | undefined): Promise<T> {
  let value: unknown = {};
  if (raw) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ValidationError({ field: 'args', message: 'must be JSON' });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError({ field: 'args', message: 'must be a JSON object' });
  return (await validation.transform(value, { type: 'body', metatype: type, data: '' })) as T;
}

/** Streaming downloads at once (each holds a database connection while it runs). */
const MAX_STREAMS = 3;
/** A client that reads nothing for this long loses its download (and frees the connection). */
const STALL_MS = 30_000;

const ALUMNI_COLUMNS = [
  'id',
  'name',
  'sector',
  'sdgs',
  'founded_on',
  'graduated_on',
  'cohorts',
  'collaborations',
  'collaboration_stages',
  'website',
];

/** The pro bono CSV's breakdown section per grouping; issues and SDGs overlap (an engagement counts in each of its). */
const PRO_BONO_SECTIONS: Record<ProBonoGroupBy, string> = {
  [ProBonoGroupBy.YEAR]: 'by_year',
  [ProBonoGroupBy.FISCAL_YEAR]: 'by_fiscal_year',
  [ProBonoGroupBy.BENEFICIARY_KIND]: 'by_beneficiary_kind',
  [ProBonoGroupBy.SOCIAL_ISSUE]: 'by_social_issue (overlapping: an engagement counts under each of its issues; do not add up)',
  [ProBonoGroupBy.SDG]: 'by_sdg (overlapping: an engagement counts under each of its SDGs; do not add up)',
};

/**
 * CSV downloads of every report and of alumniSearch: `GET /exports/<report>.csv?args=<JSON>`
 * with the same bearer token and access rule as `analytics`. Reports are small and written
 * from their rows; alumniSearch streams from a database cursor, so memory stays flat however
 * many ventures match.
 */
@Controller('exports')
@Allow(...READERS)
export class ExportsController {
  private streams = 0;

  constructor(
    private readonly analytics: AnalyticsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('cohort-comparison.csv')
  async cohortComparison(@Query('args') raw: string | undefined, @Res() res: Response) {
    const args = await parseArgs(CohortComparisonArgs, raw);
    const rows = await this.analytics.cohortComparison(args.filter);
    const currencies = [...new Set(rows.flatMap((r) => r.fundingRaised.map((m) => m.currency)))].sort();
    const stages = [...STAGE_ORDER, CollaborationStage.ENDED];
    const columns = [
      'cohort_id',
      'program',
      'year',
      'fiscal_year',
      'provisional',
      'enrolled',
      'graduated',
      'graduation_rate',
      'withdrawn',
      'alumni_with_collaboration',
      'collaboration_share',
      'median_days_to_first_collaboration',
      'p75_days_to_first_collaboration',
      ...stages.map((s) => `collaborations_${s.toLowerCase()}`),
      'alumni_reached_commercial',
      ...currencies.map((c) => `funding_raised_${c.toLowerCase()}`),
      'recognitions',
      'pro_bono_engagements_after_graduation',
      'volunteer_hours_after_graduation',
      'mentoring_hours',
    ];
    await this.send(
      res,
      'cohort-comparison.csv',
      columns,
      rows.map((r) => [
        r.cohortId,
        r.programName,
        r.year,
        r.fiscalYear,
        r.provisional,
        r.enrolled,
        r.graduated,
        r.graduationRate,
        r.withdrawn,
        r.alumniWithCollaboration,
        r.collaborationShare,
        r.medianDaysToFirstCollaboration,
        r.p75DaysToFirstCollaboration,
        ...stages.map((s) => r.collaborationsByStage.find((x) => x.stage === s)?.count ?? 0),
        r.alumniReachedCommercial,
        ...currencies.map((c) => r.fundingRaised.find((m) => m.currency === c)?.amount ?? 0),
        r.recognitions,
        r.proBonoEngagementsAfterGraduation,
        r.volunteerHoursAfterGraduation,
        r.mentoringHours,
      ]),
    );
  }

  @Get('collaboration-funnel.csv')
  async collaborationFunnel(@Query('args') raw: string | undefined, @Res() res: Response) {
    const args = await parseArgs(CollaborationFunnelArgs, raw);
    const groups = await this.analytics.collaborationFunnel(args.groupBy, args.filter);
    const columns = ['key', 'label', 'collaborations', 'ended', 'stage', 'reached', 'conversion_from_previous', 'median_days_in_stage'];
    await this.send(
      res,
      'collaboration-funnel.csv',
      columns,
      groups.flatMap((g) =>
        g.stages.map((s) => [g.key, g.label, g.collaborations, g.ended, s.stage, s.reached, s.conversionFromPrevious, s.medianDaysInStage]),
      ),
    );
  }

  @Get('pro-bono-impact.csv')
  async proBonoImpact(@Query('args') raw: string | undefined, @Res() res: Response) {
    const args = await parseArgs(ProBonoImpactArgs, raw);
    const impact = await this.analytics.proBonoImpact(args);
    // The totals count each engagement once; summing an overlapping section would not.
    const section = PRO_BONO_SECTIONS[args.groupBy];
    await this.send(
      res,
      'pro-bono-impact.csv',
      ['section', 'key', 'label', 'engagements', 'volunteers', 'hours'],
      [
        ['total', 'ALL', 'All engagements (each counted once)', impact.engagements, impact.volunteers, impact.hours],
        ...impact.groups.map((g) => [section, g.key, g.label, g.engagements, g.volunteers, g.hours]),
      ],
    );
  }

  @Get('outcome-series.csv')
  async outcomeSeries(@Query('args') raw: string | undefined, @Res() res: Response) {
    const args = await parseArgs(OutcomeSeriesArgs, raw);
    const series = await this.analytics.outcomeSeries(args);
    await this.send(
      res,
      'outcome-series.csv',
      ['key', 'label', 'currency', 'period', 'period_end', 'period_label', 'value'],
      series.flatMap((s) => s.points.map((p) => [s.key, s.label, s.currency, p.period, p.periodEnd, p.label, p.value])),
    );
  }

  /** Streams every match from a cursor (pg-query-stream), 500 rows at a time. */
  @Get('alumni-search.csv')
  async alumniSearch(@Query('args') raw: string | undefined, @Res() res: Response) {
    const args = await parseArgs(AlumniSearchExportArgs, raw);
    const qb = (await this.analytics.alumniSearchQuery(args.filter))
      .select('v.id', 'id')
      .addSelect('v.name', 'name')
      .addSelect('v.sector', 'sector')
      .addSelect('v.sdgs', 'sdgs')
      .addSelect('v.founded_on', 'founded_on')
      .addSelect(`(SELECT min(e.status_on) FROM enrollments e WHERE e.venture_id = v.id AND e.status = 'GRADUATED')`, 'graduated_on')
      .addSelect(
        `(SELECT string_agg(pr.name || ' ' || c.year, '; ' ORDER BY c.year) FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
           JOIN programs pr ON pr.id = c.program_id WHERE e.venture_id = v.id AND e.status = 'GRADUATED')`,
        'cohorts',
      )
      .addSelect(`(SELECT count(*) FROM collaborations col WHERE col.venture_id = v.id)`, 'collaborations')
      .addSelect(
        `(SELECT string_agg(DISTINCT col.stage, '; ') FROM collaborations col WHERE col.venture_id = v.id)`,
        'collaboration_stages',
      )
      .addSelect('v.website', 'website')
      .orderBy('v.name')
      .addOrderBy('v.id');
    const [sql, params] = qb.getQueryAndParameters();
    // Leave most of the pool to the API: a few downloads at a time, and none that stalls forever.
    if (this.streams >= MAX_STREAMS) throw new TooManyRequestsError(5);
    this.streams += 1;
    res.setTimeout(STALL_MS, () => res.destroy());
    const runner = this.dataSource.createQueryRunner();
    try {
      const client = (await runner.connect()) as PoolClient;
      const rows = client.query(new QueryStream(sql, params, { batchSize: 500 }));
      const named = new Transform({
        objectMode: true,
        transform(row: Record<string, unknown>, _encoding, done) {
          done(null, { ...row, sdgs: (row.sdgs as number[]).map((n) => Sdg[n]).join('; ') });
        },
      });
      this.headers(res, 'alumni-search.csv');
      await pipeline(rows, named, csvStream(ALUMNI_COLUMNS), res);
    } finally {
      this.streams -= 1;
      await runner.release();
    }
  }

  private headers(res: Response, filename: string): void {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.setHeader('Cache-Control', 'no-store');
  }

  private async send(res: Response, filename: string, columns: string[], rows: unknown[][]): Promise<void> {
    this.headers(res, filename);
    const csv = csvStream(columns);
    const done = pipeline(csv, res);
    for (const row of rows) csv.write(row);
    csv.end();
    await done;
  }
}
