import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { ProBonoVolunteer } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Person.proBonoEngagements`: people do not depend on pro bono. */
@Resolver(() => Person)
export class PersonProBonoResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => [ProBonoVolunteer], {
    nullable: true,
    description: 'Engagements this person volunteered in (with role and hours). Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  proBonoEngagements(person: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.volunteeringByPersonId.load(ctx, { id: person.id, first: pageSizeOf(args) });
  }
}
