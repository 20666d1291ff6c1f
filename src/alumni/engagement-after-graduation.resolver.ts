import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from '../pro-bono/pro-bono.model.js';
import { ProBonoLoaders } from '../pro-bono/pro-bono.loaders.js';
import { EngagementAfterGraduation } from './alumni.model.js';

@Resolver(() => EngagementAfterGraduation)
export class EngagementAfterGraduationResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => ProBonoEngagement)
  engagement(x: { refId: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, x.refId);
  }
}
