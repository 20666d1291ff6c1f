import { Injectable } from '@nestjs/common';
import { READERS } from '../access/access.decorators.js';
import type { Viewer } from '../access/viewer.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import {
  AlumniSearchExportArgs,
  CohortComparisonArgs,
  CollaborationFunnelArgs,
  OutcomeSeriesArgs,
  ProBonoGroupBy,
  ProBonoImpactArgs,
} from '../analytics/dto/analytics.inputs.js';
import { CollaborationStage, STAGE_ORDER } from '../collaborations/collaboration.enum.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { cursorRows, joined } from './cursor.js';
import { type AnyExportList, type ExportList, inMemory } from './export-list.js';

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
 * The analysts' reports and alumniSearch as downloads, with the `analytics` field's rule (staff
 * and analysts). Reports are small and written from their rows; alumniSearch streams from a
 * cursor. With a read replica they read from it (AnalyticsService.readingAs).
 */
@Injectable()
export class ReportExports {
  constructor(private readonly analytics: AnalyticsService) {}

  lists(): AnyExportList[] {
    return [this.cohortComparison(), this.collaborationFunnel(), this.proBonoImpact(), this.outcomeSeries(), this.alumniSearch()];
  }

  private cohortComparison(): ExportList<CohortComparisonArgs> {
    return {
      name: 'cohort-comparison',
      description: 'analytics.cohortComparison: one row per cohort',
      roles: READERS,
      args: CohortComparisonArgs,
      streamed: false,
      open: async (args, viewer) => {
        const rows = await this.reports(viewer).cohortComparison(args.filter);
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
        return inMemory(
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
      },
    };
  }

  private collaborationFunnel(): ExportList<CollaborationFunnelArgs> {
    return {
      name: 'collaboration-funnel',
      description: 'analytics.collaborationFunnel: one row per group and stage',
      roles: READERS,
      args: CollaborationFunnelArgs,
      streamed: false,
      open: async (args, viewer) => {
        const groups = await this.reports(viewer).collaborationFunnel(args.groupBy, args.filter);
        return inMemory(
          ['key', 'label', 'collaborations', 'ended', 'stage', 'reached', 'conversion_from_previous', 'median_days_in_stage'],
          groups.flatMap((g) =>
            g.stages.map((s) => [
              g.key,
              g.label,
              g.collaborations,
              g.ended,
              s.stage,
              s.reached,
              s.conversionFromPrevious,
              s.medianDaysInStage,
            ]),
          ),
        );
      },
    };
  }

  private proBonoImpact(): ExportList<ProBonoImpactArgs> {
    return {
      name: 'pro-bono-impact',
      description: 'analytics.proBonoImpact: the totals, then one row per group',
      roles: READERS,
      args: ProBonoImpactArgs,
      streamed: false,
      open: async (args, viewer) => {
        const impact = await this.reports(viewer).proBonoImpact(args);
        // The totals count each engagement once; summing an overlapping section would not.
        const section = PRO_BONO_SECTIONS[args.groupBy];
        return inMemory(
          ['section', 'key', 'label', 'engagements', 'volunteers', 'hours'],
          [
            ['total', 'ALL', 'All engagements (each counted once)', impact.engagements, impact.volunteers, impact.hours],
            ...impact.groups.map((g) => [section, g.key, g.label, g.engagements, g.volunteers, g.hours]),
          ],
        );
      },
    };
  }

  private outcomeSeries(): ExportList<OutcomeSeriesArgs> {
    return {
      name: 'outcome-series',
      description: 'analytics.outcomeSeries: one row per series and period',
      roles: READERS,
      args: OutcomeSeriesArgs,
      streamed: false,
      open: async (args, viewer) => {
        const series = await this.reports(viewer).outcomeSeries(args);
        return inMemory(
          ['key', 'label', 'currency', 'period', 'period_end', 'period_label', 'value'],
          series.flatMap((s) => s.points.map((p) => [s.key, s.label, s.currency, p.period, p.periodEnd, p.label, p.value])),
        );
      },
    };
  }

  /** Every match, streamed from a cursor. */
  private alumniSearch(): ExportList<AlumniSearchExportArgs> {
    return {
      name: 'alumni-search',
      description: 'analytics.alumniSearch: every matching venture (streamed)',
      roles: READERS,
      args: AlumniSearchExportArgs,
      streamed: true,
      open: async (args, viewer) => {
        const qb = (await this.reports(viewer).alumniSearchQuery(args.filter))
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
          .addSelect(`(SELECT count(*)::int FROM collaborations col WHERE col.venture_id = v.id)`, 'collaborations')
          .addSelect(
            `(SELECT string_agg(DISTINCT col.stage, '; ') FROM collaborations col WHERE col.venture_id = v.id)`,
            'collaboration_stages',
          )
          .addSelect('v.website', 'website')
          .orderBy('v.name')
          .addOrderBy('v.id');
        // The replica's (or the primary's) connection, as readingAs chose for the query.
        return cursorRows(qb.connection, qb.getQueryAndParameters(), ALUMNI_COLUMNS, (row) =>
          ALUMNI_COLUMNS.map((c) => (c === 'sdgs' ? joined((row.sdgs as number[]).map((n) => Sdg[n])) : row[c])),
        );
      },
    };
  }

  private reports(viewer: Viewer): AnalyticsService {
    return this.analytics.readingAs(viewer.userId);
  }
}
