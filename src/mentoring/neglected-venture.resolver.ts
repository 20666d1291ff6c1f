import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { NeglectedVenture } from './mentoring-stats.model.js';

@Resolver(() => NeglectedVenture)
export class NeglectedVentureResolver {
  constructor(private readonly ventureLoaders: VenturesLoaders) {}

  @ResolveField(() => Venture)
  venture(row: NeglectedVenture, _args: unknown, ctx: GraphQLContext) {
    return this.ventureLoaders.byId.load(ctx, row.ventureId);
  }
}
