/**
 * The reports' SQL: builders that return one statement and its parameters, and the plain rows
 * each one answers. No database access here; AnalyticsService runs them and reshapes the rows.
 */
import { STAGE_ORDER } from '../collaborations/collaboration.enum.js';
import { MetricAggregation } from '../outcomes/outcome.enum.js';
import { SqlParams, sqlList } from '../common/sql.js';
import type { MetricDefinitionEntity } from '../outcomes/outcome.entity.js';
import { engagementStarted, VOLUNTEERS_WITH_HOURS } from '../pro-bono/pro-bono.queries.js';
import { effectiveStep } from '../common/history.js';
import type { CollaborationFunnelGroup, OutcomeSeries } from './analytics.model.js';
import { cohortFiscalYear, cohortProvisional, SERIES_BUCKETS, ventureStartMonth } from './calendar.queries.js';
import {
  type AlumniSearchArgs,
  type AnalyticsFilter,
  FunnelGroupBy,
  type OutcomeSeriesArgs,
  ProBonoGroupBy,
  type ProBonoImpactArgs,
  SeriesGroupBy,
  SeriesInterval,
} from './dto/analytics.inputs.js';

/** One statement with its positional parameters. */
export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** `organizationId` and every unit below it, as a subquery of ids. */
const orgSubtree = (param: string) =>
  `(WITH RECURSIVE down AS (SELECT id FROM organizations WHERE id = ANY(${param}::uuid[])
     UNION ALL SELECT o.id FROM organizations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)`;

/** Conditions on cohorts `c` (program, years) and ventures `v` (sector, SDGs) of a filter. */
function scope(f: AnalyticsFilter | undefined, p: SqlParams) {
  const cohort: string[] = ['true'];
  const venture: string[] = ['true'];
  if (f?.programIds?.length) cohort.push(`c.program_id = ANY(${p.add(f.programIds)}::uuid[])`);
  if (f?.cohortYearFrom) cohort.push(`c.year >= ${p.add(f.cohortYearFrom)}`);
  if (f?.cohortYearTo) cohort.push(`c.year <= ${p.add(f.cohortYearTo)}`);
  const fiscalYear = cohortFiscalYear('c', `(SELECT fp.fiscal_year_start_month FROM programs fp WHERE fp.id = c.program_id)`);
  if (f?.fiscalYear) cohort.push(`${fiscalYear} = ${p.add(f.fiscalYear)}`);
  if (f?.fromFiscalYear) cohort.push(`${fiscalYear} >= ${p.add(f.fromFiscalYear)}`);
  if (f?.toFiscalYear) cohort.push(`${fiscalYear} <= ${p.add(f.toFiscalYear)}`);
  if (f?.sectors?.length) venture.push(`v.sector = ANY(${p.add(f.sectors)}::text[])`);
  if (f?.sdgs?.length) venture.push(`v.sdgs && ${p.add(f.sdgs)}::smallint[]`);
  const cohortFiltered = cohort.length > 1;
  return {
    ventureFiltered: venture.length > 1,
    cohort: cohort.join(' AND '),
    venture: venture.join(' AND '),
    /** Ventures `v` with an enrollment in a cohort of the filter (always true without cohort conditions). */
    ventureInCohorts: cohortFiltered
      ? `EXISTS (SELECT 1 FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.venture_id = v.id AND ${ADMITTED} AND ${cohort.join(' AND ')})`
      : 'true',
  };
}

const STAGES = `ARRAY[${sqlList(STAGE_ORDER)}]`;
/** Stage order for ties on one day: stages only move forward, and ENDED comes last. */
const STAGE_RANK = (column: string) => `array_position(${STAGES} || ARRAY['ENDED'], ${column})`;

/** The enrollment `e` was admitted (a move no correction undid): a cohort's members are those who got in, not every applicant. */
const ADMITTED = `EXISTS (SELECT 1 FROM enrollment_events ev WHERE ev.enrollment_id = e.id AND ev.to_status = 'ADMITTED' AND ${effectiveStep('ev')})`;

/**
 * The cohort comparison: one row per cohort of the filter (rows of CohortComparisonRow's shape);
 * `now` decides which cohorts are still running (provisional).
 */
export function cohortComparisonQuery(filter: AnalyticsFilter | undefined, now: Date = new Date()): SqlQuery {
  const p = new SqlParams();
  const s = scope(filter, p);
  const sql = `
      WITH cohort_list AS (
        SELECT c.id, c.year, pr.name AS program_name, ${cohortFiscalYear('c', 'pr.fiscal_year_start_month')} AS fiscal_year,
               ${cohortProvisional(p.add(now.toISOString()))} AS provisional
          FROM cohorts c JOIN programs pr ON pr.id = c.program_id WHERE ${s.cohort}
      ),
      scoped AS (
        SELECT e.cohort_id, e.venture_id, e.status, e.status_on,
               ${ADMITTED} AS admitted
          FROM enrollments e JOIN cohort_list cl ON cl.id = e.cohort_id JOIN ventures v ON v.id = e.venture_id
         WHERE ${s.venture}
      ),
      counts AS (
        SELECT cohort_id,
               count(*) FILTER (WHERE admitted) AS enrolled,
               count(*) FILTER (WHERE status = 'GRADUATED') AS graduated,
               count(*) FILTER (WHERE status = 'WITHDRAWN' AND admitted) AS withdrawn
          FROM scoped GROUP BY cohort_id
      ),
      alumni AS (SELECT cohort_id, venture_id, status_on AS graduated_on FROM scoped WHERE status = 'GRADUATED'),
      collabs AS (
        SELECT a.cohort_id, a.venture_id, col.stage, col.started_on - a.graduated_on AS days,
               EXISTS (SELECT 1 FROM collaboration_stage_changes sc WHERE sc.collaboration_id = col.id AND sc.to_stage = 'COMMERCIAL' AND ${effectiveStep('sc')}) AS commercial
          FROM alumni a JOIN collaborations col ON col.venture_id = a.venture_id AND col.started_on >= a.graduated_on
      ),
      firsts AS (SELECT cohort_id, venture_id, min(days) AS days, bool_or(commercial) AS commercial FROM collabs GROUP BY cohort_id, venture_id),
      collab_stats AS (
        SELECT cohort_id, count(*) AS with_collaboration, count(*) FILTER (WHERE commercial) AS commercial,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days,
               percentile_cont(0.75) WITHIN GROUP (ORDER BY days) AS p75_days
          FROM firsts GROUP BY cohort_id
      ),
      stages AS (
        SELECT cohort_id, jsonb_agg(jsonb_build_object('stage', stage, 'count', n) ORDER BY ${STAGE_RANK('stage')}) AS by_stage
          FROM (SELECT cohort_id, stage, count(*)::int AS n FROM collabs GROUP BY cohort_id, stage) x GROUP BY cohort_id
      ),
      funding AS (
        SELECT cohort_id, jsonb_agg(jsonb_build_object('currency', currency, 'amount', amount) ORDER BY currency) AS amounts
          FROM (SELECT a.cohort_id, o.currency, sum(o.value)::float8 AS amount
                  FROM alumni a
                  JOIN outcome_records o ON o.venture_id = a.venture_id AND o.superseded_at IS NULL
                  JOIN metric_definitions m ON m.id = o.metric_id AND m.code = 'FUNDING_RAISED'
                 GROUP BY a.cohort_id, o.currency) x
         GROUP BY cohort_id
      ),
      recognized AS (SELECT a.cohort_id, count(*) AS n FROM alumni a JOIN recognitions r ON r.venture_id = a.venture_id GROUP BY a.cohort_id),
      pro_bono AS (
        SELECT a.cohort_id, count(DISTINCT p.id) AS engagements, coalesce(sum(vl.hours), 0) AS hours
          FROM alumni a
          JOIN pro_bono_engagements p ON p.beneficiary_venture_id = a.venture_id AND p.started_on >= a.graduated_on AND ${engagementStarted('p')}
          LEFT JOIN ${VOLUNTEERS_WITH_HOURS} vl ON vl.engagement_id = p.id
         GROUP BY a.cohort_id
      ),
      mentoring AS (
        SELECT s.cohort_id, sum(s.duration_minutes) AS minutes
          FROM mentoring_sessions s ${
            // Without venture conditions every session of a listed cohort counts: no join with the enrollments needed.
            s.ventureFiltered
              ? 'JOIN scoped sc ON sc.cohort_id = s.cohort_id AND sc.venture_id = s.venture_id'
              : 'JOIN cohort_list cl ON cl.id = s.cohort_id'
          }
         WHERE s.deleted_at IS NULL GROUP BY s.cohort_id
      )
${COHORT_COMPARISON_SELECT}`;
  return { sql, params: p.values };
}

/** The cohort comparison's final SELECT over its CTEs. */
const COHORT_COMPARISON_SELECT = `SELECT cl.id AS "cohortId", cl.program_name AS "programName", cl.year,
             cl.fiscal_year AS "fiscalYear", cl.provisional,
             coalesce(k.enrolled, 0)::int AS enrolled,
             coalesce(k.graduated, 0)::int AS graduated,
             (k.graduated::float8 / NULLIF(k.enrolled, 0)) AS "graduationRate",
             coalesce(k.withdrawn, 0)::int AS withdrawn,
             coalesce(cs.with_collaboration, 0)::int AS "alumniWithCollaboration",
             (coalesce(cs.with_collaboration, 0)::float8 / NULLIF(k.graduated, 0)) AS "collaborationShare",
             cs.median_days AS "medianDaysToFirstCollaboration",
             cs.p75_days AS "p75DaysToFirstCollaboration",
             coalesce(st.by_stage, '[]') AS "collaborationsByStage",
             coalesce(cs.commercial, 0)::int AS "alumniReachedCommercial",
             coalesce(fu.amounts, '[]') AS "fundingRaised",
             coalesce(rc.n, 0)::int AS recognitions,
             coalesce(pb.engagements, 0)::int AS "proBonoEngagementsAfterGraduation",
             coalesce(pb.hours, 0)::float8 AS "volunteerHoursAfterGraduation",
             (coalesce(mt.minutes, 0) / 60.0)::float8 AS "mentoringHours"
        FROM cohort_list cl
        LEFT JOIN counts k ON k.cohort_id = cl.id
        LEFT JOIN collab_stats cs ON cs.cohort_id = cl.id
        LEFT JOIN stages st ON st.cohort_id = cl.id
        LEFT JOIN funding fu ON fu.cohort_id = cl.id
        LEFT JOIN recognized rc ON rc.cohort_id = cl.id
        LEFT JOIN pro_bono pb ON pb.cohort_id = cl.id
        LEFT JOIN mentoring mt ON mt.cohort_id = cl.id
       ORDER BY cl.program_name, cl.year, cl.id`;

export interface FunnelRow {
  key: string;
  label: string;
  collaborations: number;
  ended: number;
  stages: CollaborationFunnelGroup['stages'];
}

/** Stage by stage per group: reached, conversion from the stage before, median stay. */
export function collaborationFunnelQuery(groupBy: FunnelGroupBy, filter: AnalyticsFilter | undefined): SqlQuery {
  const p = new SqlParams();
  const s = scope(filter, p);
  const key = { NONE: `'ALL'`, DOMAIN: 'col.domain', PARTNER: 'col.organization_id::text' }[groupBy];
  const label = { NONE: `'All collaborations'`, DOMAIN: 'col.domain', PARTNER: 'o.name' }[groupBy];
  return {
    sql: `WITH grouped AS (
         SELECT col.id, col.stage, ${key} AS key, ${label} AS label
           FROM collaborations col JOIN ventures v ON v.id = col.venture_id JOIN organizations o ON o.id = col.organization_id
          WHERE ${s.venture} AND ${s.ventureInCohorts}
       ),
       changes AS (
         SELECT sc.collaboration_id, sc.to_stage, sc.changed_on,
                lead(sc.changed_on) OVER (PARTITION BY sc.collaboration_id ORDER BY sc.changed_on, ${STAGE_RANK('sc.to_stage')}) AS left_on
           FROM collaboration_stage_changes sc JOIN grouped g ON g.id = sc.collaboration_id
          WHERE ${effectiveStep('sc')}
       ),
       reach AS (
         SELECT g.id, g.key, max(array_position(${STAGES}, ch.to_stage)) AS reached
           FROM grouped g JOIN changes ch ON ch.collaboration_id = g.id GROUP BY g.id, g.key
       ),
       stage_list AS (SELECT stage, idx FROM unnest(${STAGES}) WITH ORDINALITY AS s(stage, idx)),
       per_stage AS (
         SELECT r.key, sl.stage, sl.idx, count(*) FILTER (WHERE r.reached >= sl.idx) AS reached
           FROM reach r CROSS JOIN stage_list sl GROUP BY r.key, sl.stage, sl.idx
       ),
       durations AS (
         SELECT g.key, ch.to_stage AS stage, percentile_cont(0.5) WITHIN GROUP (ORDER BY ch.left_on - ch.changed_on) AS median_days
           FROM changes ch JOIN grouped g ON g.id = ch.collaboration_id
          WHERE ch.left_on IS NOT NULL AND ch.to_stage <> 'ENDED'
          GROUP BY g.key, ch.to_stage
       ),
       funnel AS (
         SELECT ps.key, ps.idx,
                jsonb_build_object('stage', ps.stage, 'reached', ps.reached,
                  'conversionFromPrevious', ps.reached::float8 / NULLIF(lag(ps.reached) OVER (PARTITION BY ps.key ORDER BY ps.idx), 0),
                  'medianDaysInStage', d.median_days) AS stage
           FROM per_stage ps LEFT JOIN durations d ON d.key = ps.key AND d.stage = ps.stage
       )
       SELECT t.key, t.label, t.collaborations::int, t.ended::int, (SELECT jsonb_agg(f.stage ORDER BY f.idx) FROM funnel f WHERE f.key = t.key) AS stages
         FROM (SELECT key, min(label) AS label, count(*) AS collaborations, count(*) FILTER (WHERE stage = 'ENDED') AS ended FROM grouped GROUP BY key) t
        ORDER BY t.collaborations DESC, t.label`,
    params: p.values,
  };
}

/**
 * Engagements that started, their volunteers and hours per group: one row of ProBonoImpact's
 * shape, except that SDG groups are labelled by number. `companyId` must exist. An engagement's
 * fiscal year is that of its start, in the calendar of its beneficiary venture's program
 * (ventureStartMonth; `defaultStartMonth` for an organization).
 */
export function proBonoImpactQuery(args: ProBonoImpactArgs, defaultStartMonth: number): SqlQuery {
  const p = new SqlParams();
  const where = [engagementStarted('g')];
  if (args.from) where.push(`g.started_on >= ${p.add(args.from)}`);
  if (args.to) where.push(`g.started_on <= ${p.add(args.to)}`);
  if (args.fromFiscalYear) where.push(`fy.fiscal_year >= ${p.add(args.fromFiscalYear)}`);
  if (args.toFiscalYear) where.push(`fy.fiscal_year <= ${p.add(args.toFiscalYear)}`);
  // The fiscal calendar is looked up only when something asks for fiscal years.
  const fiscal = args.groupBy === ProBonoGroupBy.FISCAL_YEAR || args.fromFiscalYear || args.toFiscalYear;
  const startMonth = fiscal ? ventureStartMonth('g.beneficiary_venture_id', p.add(defaultStartMonth)) : 'NULL::int';
  const keys = {
    [ProBonoGroupBy.YEAR]: `SELECT st.id, extract(year FROM st.started_on)::int::text AS key, extract(year FROM st.started_on)::int::text AS label FROM started st`,
    [ProBonoGroupBy.FISCAL_YEAR]: `SELECT st.id, st.fiscal_year::text, 'FY' || st.fiscal_year FROM started st`,
    [ProBonoGroupBy.SOCIAL_ISSUE]: `SELECT st.id, i.id::text, i.name FROM started st
                                      JOIN pro_bono_engagement_social_issues l ON l.engagement_id = st.id JOIN social_issues i ON i.id = l.social_issue_id`,
    [ProBonoGroupBy.SDG]: `SELECT st.id, lpad(goal::text, 2, '0'), goal::text FROM started st, unnest(st.sdgs) AS goal`,
    [ProBonoGroupBy.BENEFICIARY_KIND]: `SELECT st.id, coalesce(o.kind, 'VENTURE'), coalesce(o.kind, 'VENTURE') FROM started st
                                          LEFT JOIN organizations o ON o.id = st.beneficiary_organization_id`,
  }[args.groupBy];
  // The company's volunteers: affiliated with it (or a unit) on the day the engagement started.
  const company = args.companyId
    ? `WHERE EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = vol.person_id AND a.organization_id IN ${orgSubtree(p.add([args.companyId]))}
         AND (a.starts_on IS NULL OR a.starts_on <= vol.started_on) AND (a.ends_on IS NULL OR a.ends_on >= vol.started_on))`
    : '';
  return {
    sql: `WITH started AS (
              SELECT g.id, g.started_on, g.sdgs, g.beneficiary_organization_id, fy.fiscal_year
                FROM pro_bono_engagements g CROSS JOIN LATERAL (SELECT fiscal_year(g.started_on, ${startMonth}) AS fiscal_year) fy
               WHERE ${where.join(' AND ')}
            ),
            vol AS (SELECT v.engagement_id, v.person_id, v.hours, st.started_on FROM ${VOLUNTEERS_WITH_HOURS} v JOIN started st ON st.id = v.engagement_id),
            keys (id, key, label) AS (${keys}),
            groups AS (
              SELECT k.key, k.label, count(DISTINCT k.id)::int AS engagements, count(DISTINCT vol.person_id)::int AS volunteers,
                     coalesce(sum(vol.hours), 0)::float8 AS hours
                FROM keys k LEFT JOIN vol ON vol.engagement_id = k.id GROUP BY k.key, k.label
            ),
            repeats AS (SELECT person_id, count(DISTINCT engagement_id) AS n FROM vol ${company} GROUP BY person_id)
       SELECT coalesce((SELECT jsonb_agg(groups ORDER BY key) FROM groups), '[]') AS groups,
              (SELECT count(*) FROM started)::int AS engagements,
              (SELECT count(DISTINCT person_id) FROM vol)::int AS volunteers,
              (SELECT coalesce(sum(hours), 0) FROM vol)::float8 AS hours,
              (SELECT avg((n > 1)::int)::float8 FROM repeats) AS "repeatVolunteerShare"`,
    params: p.values,
  };
}

export interface SeriesRow {
  key: string;
  label: string;
  currency: OutcomeSeries['currency'];
  period: string;
  periodEnd: string;
  periodLabel: string;
  value: number;
}

/**
 * Values of one metric per group, currency and interval, combined per the metric's rule. A
 * value's fiscal year is in the calendar of its cohort's program (COHORT) or of the venture's
 * (ventureStartMonth, `defaultStartMonth` when it has none), so one FY bucket may mix calendars:
 * its period then runs from the earliest first day to the latest last day.
 */
export function outcomeSeriesQuery(
  args: OutcomeSeriesArgs,
  metric: Pick<MetricDefinitionEntity, 'id' | 'aggregation'>,
  defaultStartMonth: number,
): SqlQuery {
  const p = new SqlParams();
  const s = scope(args.filter, p);
  const where = [`o.metric_id = ${p.add(metric.id)}`, 'o.superseded_at IS NULL', s.venture];
  if (args.from) where.push(`d.dated >= ${p.add(args.from)}`);
  if (args.to) where.push(`d.dated <= ${p.add(args.to)}`);
  if (args.fromFiscalYear) where.push(`fiscal_year(d.dated, sm.month) >= ${p.add(args.fromFiscalYear)}`);
  if (args.toFiscalYear) where.push(`fiscal_year(d.dated, sm.month) <= ${p.add(args.toFiscalYear)}`);
  const group = {
    [SeriesGroupBy.COHORT]: {
      join: `JOIN enrollments e ON e.venture_id = v.id AND ${ADMITTED} JOIN cohorts c ON c.id = e.cohort_id AND ${s.cohort} JOIN programs pr ON pr.id = c.program_id`,
      key: 'c.id::text',
      label: `pr.name || ' ' || c.year`,
    },
    [SeriesGroupBy.SECTOR]: { join: '', key: `coalesce(v.sector, '(none)')`, label: `coalesce(v.sector, '(none)')` },
    [SeriesGroupBy.VENTURE]: { join: '', key: 'v.id::text', label: 'v.name' },
  }[args.groupBy];
  if (args.groupBy !== SeriesGroupBy.COHORT) where.push(s.ventureInCohorts);
  // The fiscal calendar is looked up only when something asks for fiscal years.
  const fiscal = args.interval === SeriesInterval.FISCAL_YEAR || args.fromFiscalYear || args.toFiscalYear;
  const startMonth = !fiscal
    ? 'NULL::int'
    : args.groupBy === SeriesGroupBy.COHORT
      ? 'pr.fiscal_year_start_month'
      : ventureStartMonth('o.venture_id', p.add(defaultStartMonth));
  const bucket = SERIES_BUCKETS[args.interval];
  const combine = { SUM: 'sum(value)', AVG: 'avg(value)', LAST: 'sum(value)' }[metric.aggregation];
  return {
    sql: `WITH grouped AS (
         SELECT ${group.key} AS key, ${group.label} AS label, o.currency, ${bucket.label} AS bucket, ${bucket.start} AS period,
                ${bucket.end} AS period_end, o.venture_id, o.value, d.dated, o.created_at
           FROM outcome_records o JOIN ventures v ON v.id = o.venture_id ${group.join}
           CROSS JOIN LATERAL (SELECT COALESCE(o.as_of, o.period_end) AS dated) d
           CROSS JOIN LATERAL (SELECT ${startMonth} AS month) sm
          WHERE ${where.join(' AND ')}
       ),
       picked AS (
         ${
           metric.aggregation === MetricAggregation.LAST
             ? `SELECT DISTINCT ON (key, currency, bucket, venture_id) key, label, currency, bucket, period, period_end, value FROM grouped
                 ORDER BY key, currency, bucket, venture_id, dated DESC, created_at DESC`
             : 'SELECT key, label, currency, bucket, period, period_end, value FROM grouped'
         }
       )
       SELECT key, min(label) AS label, currency, bucket AS "periodLabel", min(period) AS period, max(period_end) AS "periodEnd",
              ${combine}::float8 AS value
         FROM picked GROUP BY key, currency, bucket ORDER BY min(label), key, currency, min(period)`,
    params: p.values,
  };
}

/**
 * The conditions of an alumni search on ventures `v` ($n parameters added to `p`); `metrics`
 * are the metrics of `filter.outcomeThresholds`, in their order (the service looks them up).
 */
export function alumniSearchConditions(
  filter: AlumniSearchArgs['filter'],
  metrics: Pick<MetricDefinitionEntity, 'id' | 'aggregation'>[],
  p: SqlParams,
): string[] {
  const f = filter ?? {};
  const s = scope(f, p);
  const conditions = [
    'v.merged_into_id IS NULL',
    `EXISTS (SELECT 1 FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.venture_id = v.id AND e.status = 'GRADUATED' AND ${s.cohort})`,
    s.venture,
  ];
  // Stage, domain and partner conditions hold for one and the same collaboration.
  const collaboration: string[] = [];
  if (f.collaborationStages?.length) collaboration.push(`col.stage = ANY(${p.add(f.collaborationStages)}::text[])`);
  if (f.collaborationDomains?.length) collaboration.push(`col.domain = ANY(${p.add(f.collaborationDomains)}::text[])`);
  if (f.partnerIds?.length) collaboration.push(`col.organization_id IN ${orgSubtree(p.add(f.partnerIds))}`);
  if (collaboration.length)
    conditions.push(`EXISTS (SELECT 1 FROM collaborations col WHERE col.venture_id = v.id AND ${collaboration.join(' AND ')})`);
  if (f.recognized != null) {
    conditions.push(
      `${f.recognized ? '' : 'NOT '}EXISTS (SELECT 1 FROM recognitions r WHERE r.venture_id = v.id
         OR r.person_id IN (SELECT vf.person_id FROM venture_founders vf WHERE vf.venture_id = v.id))`,
    );
  }
  for (const [i, t] of (f.outcomeThresholds ?? []).entries()) {
    const metric = metrics[i];
    // The venture's figure: the sum of its current values (flows), their average, or the latest one (stocks).
    const figure = {
      SUM: 'sum(o.value)',
      AVG: 'avg(o.value)',
      LAST: '(array_agg(o.value ORDER BY COALESCE(o.as_of, o.period_end) DESC, o.created_at DESC))[1]',
    }[metric.aggregation];
    conditions.push(
      `(SELECT ${figure} FROM outcome_records o WHERE o.venture_id = v.id AND o.superseded_at IS NULL AND o.metric_id = ${p.add(metric.id)}
         ${t.currency ? `AND o.currency = ${p.add(t.currency)}` : ''}) >= ${p.add(t.min)}`,
    );
  }
  return conditions;
}
