import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { Collaboration } from './collaboration.model.js';
import { CollaborationsLoaders } from './collaborations.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Venture.collaborations`: ventures do not depend on collaborations. */
@Resolver(() => Venture)
export class VentureCollaborationsResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => [Collaboration], { nullable: true, description: 'Its collaborations, oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  collaborations(venture: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byVentureId.load(ctx, { id: venture.id, first: pageSizeOf(args) });
  }
}
