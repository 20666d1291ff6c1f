import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import type { Viewer } from '../access/viewer.js';
import { VentureConnection } from '../ventures/venture.model.js';
import { Analytics, CohortComparisonRow, CollaborationFunnelGroup, OutcomeSeries, ProBonoImpact } from './analytics.model.js';
import { AnalyticsService } from './analytics.service.js';
import {
  AlumniSearchArgs,
  CohortComparisonArgs,
  CollaborationFunnelArgs,
  OutcomeSeriesArgs,
  ProBonoImpactArgs,
} from './dto/analytics.inputs.js';

/**
 * `analytics { … }`: the access rule sits on the root field (staff, analysts, admins); the
 * reports below it are only reachable through it. They read from the read replica when there is
 * one (AnalyticsService.readingAs).
 */
@Resolver(() => Analytics)
export class AnalyticsResolver {
  constructor(private readonly service: AnalyticsService) {}

  @Query(() => Analytics, { nullable: true, description: 'Reports computed in PostgreSQL; definitions in the README. Staff and analysts.' })
  @Allow(...READERS)
  analytics(): Analytics {
    return {};
  }

  @ResolveField(() => [CohortComparisonRow], { description: 'One row per cohort in scope, by program and year.' })
  cohortComparison(@Args() args: CohortComparisonArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.readingAs(viewer.userId).cohortComparison(args.filter);
  }

  @ResolveField(() => [CollaborationFunnelGroup], { description: 'Collaborations of the ventures in scope, stage by stage.' })
  collaborationFunnel(@Args() args: CollaborationFunnelArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.readingAs(viewer.userId).collaborationFunnel(args.groupBy, args.filter);
  }

  @ResolveField(() => ProBonoImpact)
  proBonoImpact(@Args() args: ProBonoImpactArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.readingAs(viewer.userId).proBonoImpact(args);
  }

  @ResolveField(() => [OutcomeSeries], { description: 'One series per group (and currency), points per interval.' })
  outcomeSeries(@Args() args: OutcomeSeriesArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.readingAs(viewer.userId).outcomeSeries(args);
  }

  @ResolveField(() => VentureConnection, { description: 'Graduated ventures matching every condition, by name.' })
  alumniSearch(@Args() args: AlumniSearchArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.readingAs(viewer.userId).alumniSearch(args);
  }
}
