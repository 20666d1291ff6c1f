import { ResolveField, Resolver } from '@nestjs/graphql';
import { Cohort } from '../cohorts/cohort.model.js';
import { CohortsLoaders } from '../cohorts/cohorts.loaders.js';
import type { GraphQLContext } from '../access/request-context.js';
import { TimelineEnrollmentChange, type TimelineRow } from './alumni.model.js';

@Resolver(() => TimelineEnrollmentChange)
export class TimelineEnrollmentChangeResolver {
  constructor(private readonly loaders: CohortsLoaders) {}

  @ResolveField(() => Cohort)
  cohort(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}
