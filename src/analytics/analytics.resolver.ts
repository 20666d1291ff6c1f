import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, READERS } from '../access/access.decorators.js';
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
 * reports below it are only reachable through it.
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
  cohortComparison(@Args() args: CohortComparisonArgs) {
    return this.service.cohortComparison(args.filter);
  }

  @ResolveField(() => [CollaborationFunnelGroup], { description: 'Collaborations of the ventures in scope, stage by stage.' })
  collaborationFunnel(@Args() args: CollaborationFunnelArgs) {
    return this.service.collaborationFunnel(args.groupBy, args.filter);
  }

  @ResolveField(() => ProBonoImpact)
  proBonoImpact(@Args() args: ProBonoImpactArgs) {
    return this.service.proBonoImpact(args);
  }

  @ResolveField(() => [OutcomeSeries], { description: 'One series per group (and currency), points per interval.' })
  outcomeSeries(@Args() args: OutcomeSeriesArgs) {
    return this.service.outcomeSeries(args);
  }

  @ResolveField(() => VentureConnection, { description: 'Graduated ventures matching every condition, by name.' })
  alumniSearch(@Args() args: AlumniSearchArgs) {
    return this.service.alumniSearch(args);
  }
}
