import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from '../pro-bono/pro-bono.model.js';
import { Event } from './event.model.js';
import { EventsLoaders } from './events.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `ProBonoEngagement.events`: the pro bono module does not depend on events. */
@Resolver(() => ProBonoEngagement)
export class ProBonoEngagementEventsResolver {
  constructor(private readonly loaders: EventsLoaders) {}

  @ResolveField(() => [Event], { description: 'Events held as part of the engagement, oldest first.' })
  @PageSize()
  events(g: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byEngagementId.load(ctx, { id: g.id, first: pageSizeOf(args) });
  }
}
