import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import type { AffiliationEntity } from './person.entity.js';
import { Affiliation, Person } from './person.model.js';
import { PeopleLoaders } from './people.loaders.js';

@Resolver(() => Affiliation)
export class AffiliationResolver {
  constructor(
    private readonly loaders: PeopleLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
  ) {}

  @ResolveField(() => Organization)
  organization(affiliation: AffiliationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationLoaders.byId.load(ctx, affiliation.organizationId);
  }

  @ResolveField(() => Person)
  person(affiliation: AffiliationEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, affiliation.personId);
  }
}
