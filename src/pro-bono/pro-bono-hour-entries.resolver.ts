import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { IdInput } from '../common/graphql/id.inputs.js';
import { AddProBonoHourEntryInput, UpdateProBonoHourEntryInput, VolunteerHoursArgs } from './dto/volunteer-hours.inputs.js';
import type { ProBonoHourEntryEntity } from './pro-bono.entity.js';
import { ProBonoHourEntry, ProBonoVolunteer, VolunteerHoursBucket } from './pro-bono.model.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { VolunteerHoursService } from './volunteer-hours.service.js';

@Resolver(() => ProBonoHourEntry)
export class ProBonoHourEntriesResolver {
  constructor(
    private readonly service: VolunteerHoursService,
    private readonly loaders: ProBonoLoaders,
  ) {}

  @Query(() => [VolunteerHoursBucket], {
    nullable: true,
    description: 'Volunteer hours per month or fiscal year, summed from the dated entries (one SQL statement), oldest first.',
  })
  @Allow(...READERS)
  volunteerHours(@Args() args: VolunteerHoursArgs) {
    return this.service.report(args);
  }

  @Mutation(() => ProBonoHourEntry, {
    nullable: true,
    description: "Records hours a volunteer worked on a day; their hours are the entries' sum.",
  })
  @Allow(Role.STAFF)
  addProBonoHourEntry(@Args('input') input: AddProBonoHourEntryInput, @CurrentViewer() viewer: Viewer) {
    return this.service.add(input, viewer);
  }

  @Mutation(() => ProBonoHourEntry, { nullable: true, description: 'Corrects the day, hours or note of an entry.' })
  @Allow(Role.STAFF)
  updateProBonoHourEntry(@Args('input') input: UpdateProBonoHourEntryInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ProBonoHourEntry, {
    nullable: true,
    description: 'Removes an entry recorded by mistake and answers it as it was; CONFLICT when the total would fall below 0.',
  })
  @Allow(Role.STAFF)
  removeProBonoHourEntry(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.remove(input.id, viewer);
  }

  @ResolveField(() => ProBonoVolunteer, { description: 'The volunteer, with their hours after this entry.' })
  volunteer(entry: ProBonoHourEntryEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.volunteerById.load(ctx, entry.volunteerId);
  }
}
