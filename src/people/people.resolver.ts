import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.input.js';
import type { GraphQLContext } from '../common/loaders/loaders.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { AddAffiliationInput, CreatePersonInput, PeopleArgs, UpdatePersonInput } from './dto/person.inputs.js';
import type { AffiliationEntity, PersonEntity } from './person.entity.js';
import { Affiliation, Person, PersonConnection } from './person.model.js';
import { PeopleLoaders } from './people.loaders.js';
import { PeopleService } from './people.service.js';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly loaders: PeopleLoaders,
  ) {}

  @Query(() => Person)
  person(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => PersonConnection)
  people(@Args() args: PeopleArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Person)
  createPerson(@Args('input') input: CreatePersonInput) {
    return this.service.create(input);
  }

  @Mutation(() => Person)
  updatePerson(@Args('input') input: UpdatePersonInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Refused with CONFLICT while the person founds a venture.' })
  deletePerson(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @Mutation(() => Affiliation)
  addAffiliation(@Args('input') input: AddAffiliationInput) {
    return this.service.addAffiliation(input);
  }

  @Mutation(() => ID)
  removeAffiliation(@Args('input') input: IdInput) {
    return this.service.removeAffiliation(input.id);
  }

  @ResolveField(() => [Affiliation])
  affiliations(@Parent() person: PersonEntity, @Context() ctx: GraphQLContext) {
    return this.loaders.affiliationsByPersonId.load(ctx, person.id);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  constructor(
    private readonly loaders: PeopleLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @ResolveField(() => Organization)
  organization(@Parent() affiliation: AffiliationEntity, @Context() ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, affiliation.organizationId);
  }

  @ResolveField(() => Person)
  person(@Parent() affiliation: AffiliationEntity, @Context() ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, affiliation.personId);
  }
}
