import { ResolveField, Resolver } from '@nestjs/graphql';
import { Collaboration } from '../collaborations/collaboration.model.js';
import { CollaborationsLoaders } from '../collaborations/collaborations.loaders.js';
import type { GraphQLContext } from '../access/request-context.js';
import { TimelineCollaborationStageChange, type TimelineRow } from './alumni.model.js';

@Resolver(() => TimelineCollaborationStageChange)
export class TimelineCollaborationStageChangeResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => Collaboration)
  collaboration(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}
