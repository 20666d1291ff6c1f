import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import type { FollowUpActionEntity } from './mentoring-session.entity.js';
import { FollowUpAction } from './mentoring-session.model.js';

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver {
  constructor(private readonly peopleLoaders: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  owner(followUp: FollowUpActionEntity, _args: unknown, ctx: GraphQLContext) {
    return followUp.ownerPersonId ? this.peopleLoaders.byId.load(ctx, followUp.ownerPersonId) : null;
  }
}
