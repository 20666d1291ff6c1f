import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from '../pro-bono/pro-bono.model.js';
import { ProBonoLoaders } from '../pro-bono/pro-bono.loaders.js';
import { TimelineEngagementStatusChange, type TimelineRow } from './alumni.model.js';

@Resolver(() => TimelineEngagementStatusChange)
export class TimelineEngagementStatusChangeResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => ProBonoEngagement)
  engagement(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}
