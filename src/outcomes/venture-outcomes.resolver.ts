import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { OutcomeRecord, Recognition } from './outcome.model.js';
import { OutcomesLoaders } from './outcomes.loaders.js';

/** `Venture.outcomes` and `Venture.recognitions`: ventures do not depend on outcomes. */
@Resolver(() => Venture)
export class VentureOutcomesResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => [OutcomeRecord], { nullable: true, description: 'Current values, latest date first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  outcomes(v: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.currentByVentureId.load(ctx, v.id);
  }

  @ResolveField(() => [Recognition], { nullable: true, description: 'Oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  recognitions(v: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recognitionsByVentureId.load(ctx, v.id);
  }
}
