import { ResolveField, Resolver } from '@nestjs/graphql';
import { Collaboration } from '../collaborations/collaboration.model.js';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';

/** `Collaboration.supportingEngagements`: collaborations do not depend on pro bono. */
@Resolver(() => Collaboration)
export class CollaborationProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoEngagement], { description: 'Pro bono engagements supporting this collaboration.' })
  supportingEngagements(c: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.bySupportedCollaborationId.load(ctx, c.id);
  }
}
