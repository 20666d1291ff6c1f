import { ResolveField, Resolver } from '@nestjs/graphql';
import { Collaboration } from '../collaborations/collaboration.model.js';
import { CollaborationsLoaders } from '../collaborations/collaborations.loaders.js';
import type { GraphQLContext } from '../access/request-context.js';
import { CollaborationAfterGraduation } from './alumni.model.js';

@Resolver(() => CollaborationAfterGraduation)
export class CollaborationAfterGraduationResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => Collaboration)
  collaboration(x: { refId: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, x.refId);
  }
}
