import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { OutcomeRecord, Recognition } from './outcome.model.js';
import { OutcomesLoaders } from './outcomes.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Venture.outcomes` and `Venture.recognitions`: ventures do not depend on outcomes. */
@Resolver(() => Venture)
export class VentureOutcomesResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => [OutcomeRecord], { nullable: true, description: 'Current values, latest date first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  outcomes(v: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.currentByVentureId.load(ctx, { id: v.id, first: pageSizeOf(args) });
  }

  @ResolveField(() => [Recognition], { nullable: true, description: 'Oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  recognitions(v: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.recognitionsByVentureId.load(ctx, { id: v.id, first: pageSizeOf(args) });
  }
}
