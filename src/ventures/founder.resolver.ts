import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import type { VentureFounderEntity } from './venture.entity.js';
import { Founder } from './venture.model.js';

@Resolver(() => Founder)
export class FounderResolver {
  constructor(private readonly peopleLoaders: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(founder: VentureFounderEntity, _args: unknown, ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, founder.personId);
  }
}
