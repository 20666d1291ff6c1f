import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import type { CollaborationContactEntity } from './collaboration.entity.js';
import { CollaborationContact } from './collaboration.model.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';

@Resolver(() => CollaborationContact)
export class CollaborationContactResolver {
  constructor(private readonly peopleLoaders: PeopleLoaders) {}

  @ResolveField(() => Person)
  person(c: CollaborationContactEntity, _args: unknown, ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, c.personId);
  }
}
