import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.input.js';
import type { GraphQLContext } from '../common/loaders/loaders.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { CreateVentureInput, UpdateVentureInput, VenturesArgs } from './dto/venture.inputs.js';
import type { VentureEntity, VentureFounderEntity } from './venture.entity.js';
import { Founder, Venture, VentureConnection } from './venture.model.js';
import { VenturesLoaders } from './ventures.loaders.js';
import { VenturesService } from './ventures.service.js';

@Resolver(() => Venture)
export class VenturesResolver {
  constructor(
    private readonly service: VenturesService,
    private readonly loaders: VenturesLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @Query(() => Venture)
  venture(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => VentureConnection)
  ventures(@Args() args: VenturesArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Venture)
  createVenture(@Args('input') input: CreateVentureInput) {
    return this.service.create(input);
  }

  @Mutation(() => Venture)
  updateVenture(@Args('input') input: UpdateVentureInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Refused with CONFLICT while the venture is enrolled in a cohort.' })
  deleteVenture(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'e.g. the university it spun out of.' })
  originOrganization(@Parent() venture: VentureEntity, @Context() ctx: GraphQLContext) {
    return venture.originOrganizationId ? this.organizationLoaders.byId.load(ctx, venture.originOrganizationId) : null;
  }

  @ResolveField(() => [Founder])
  founders(@Parent() venture: VentureEntity, @Context() ctx: GraphQLContext) {
    return this.loaders.foundersByVentureId.load(ctx, venture.id);
  }
}

@Resolver(() => Founder)
export class FounderResolver {
  constructor(private readonly peopleLoaders: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() founder: VentureFounderEntity, @Context() ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, founder.personId);
  }
}

/** `Person.ventures` lives here: people do not depend on ventures. */
@Resolver(() => Person)
export class PersonVenturesResolver {
  constructor(private readonly loaders: VenturesLoaders) {}

  @ResolveField(() => [Venture], { description: 'Ventures this person founded.' })
  ventures(@Parent() person: { id: string }, @Context() ctx: GraphQLContext) {
    return this.loaders.foundedByPersonId.load(ctx, person.id);
  }
}
