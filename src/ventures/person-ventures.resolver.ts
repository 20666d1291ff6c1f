import { Role } from '../access/role.enum.js';
import { VisibleTo } from '../access/field-access.js';
import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { Venture } from './venture.model.js';
import { VenturesLoaders } from './ventures.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Person.ventures` lives here: people do not depend on ventures. */
@Resolver(() => Person)
export class PersonVenturesResolver {
  constructor(private readonly loaders: VenturesLoaders) {}

  @ResolveField(() => [Venture], { nullable: true, description: 'Ventures this person founded. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  ventures(person: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.foundedByPersonId.load(ctx, { id: person.id, first: pageSizeOf(args) });
  }
}
