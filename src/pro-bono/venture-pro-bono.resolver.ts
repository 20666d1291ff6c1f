import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { ProBonoEngagement } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Venture.proBonoSupport`: ventures do not depend on pro bono. */
@Resolver(() => Venture)
export class VentureProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoEngagement], {
    nullable: true,
    description: 'Engagements whose beneficiary is this venture, oldest start first. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  proBonoSupport(venture: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byBeneficiaryVentureId.load(ctx, { id: venture.id, first: pageSizeOf(args) });
  }
}
