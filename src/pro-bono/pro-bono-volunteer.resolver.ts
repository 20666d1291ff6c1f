import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import type { ProBonoVolunteerEntity } from './pro-bono.entity.js';
import { ProBonoEngagement, ProBonoHourEntry, ProBonoVolunteer, ProBonoVolunteerChange } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';

@Resolver(() => ProBonoVolunteer)
export class ProBonoVolunteerResolver {
  constructor(
    private readonly loaders: ProBonoLoaders,
    private readonly peopleLoaders: PeopleLoaders,
  ) {}

  @ResolveField(() => Person)
  person(v: ProBonoVolunteerEntity, _args: unknown, ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, v.personId);
  }

  @ResolveField(() => ProBonoEngagement)
  engagement(v: ProBonoVolunteerEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, v.engagementId);
  }

  @ResolveField(() => [ProBonoHourEntry], { description: 'Their dated hours, by the day worked; `hours` is the sum.' })
  hourEntries(v: ProBonoVolunteerEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.hourEntriesByVolunteerId.load(ctx, v.id);
  }

  @ResolveField(() => [ProBonoVolunteerChange], {
    description: 'Every change of role or total made with add/updateProBonoVolunteer, oldest first.',
  })
  history(v: ProBonoVolunteerEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.volunteerChangesById.load(ctx, v.id);
  }
}
