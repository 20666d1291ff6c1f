import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { Recognition } from './outcome.model.js';
import { OutcomesLoaders } from './outcomes.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Person.recognitions`: people do not depend on outcomes. */
@Resolver(() => Person)
export class PersonRecognitionsResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => [Recognition], { nullable: true, description: 'Oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  recognitions(p: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.recognitionsByPersonId.load(ctx, { id: p.id, first: pageSizeOf(args) });
  }
}
