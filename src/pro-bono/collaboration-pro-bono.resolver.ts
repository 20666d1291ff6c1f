import { ResolveField, Resolver } from '@nestjs/graphql';
import { Collaboration } from '../collaborations/collaboration.model.js';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Collaboration.supportingEngagements`: collaborations do not depend on pro bono. */
@Resolver(() => Collaboration)
export class CollaborationProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoEngagement], { description: 'Pro bono engagements supporting this collaboration.' })
  @PageSize()
  supportingEngagements(c: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.bySupportedCollaborationId.load(ctx, { id: c.id, first: pageSizeOf(args) });
  }
}
