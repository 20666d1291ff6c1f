import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { CohortsLoaders } from '../cohorts/cohorts.loaders.js';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { ProBonoEngagement } from '../pro-bono/pro-bono.model.js';
import { ProBonoLoaders } from '../pro-bono/pro-bono.loaders.js';
import { Program } from '../programs/program.model.js';
import { ProgramsLoaders } from '../programs/programs.loaders.js';
import { CreateEventInput, EventsArgs, UpdateEventInput } from './dto/event.inputs.js';
import type { EventEntity } from './event.entity.js';
import { EventOrganizationRole } from './event.enum.js';
import { Event, EventAttendance, EventConnection } from './event.model.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsService } from './events.service.js';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly loaders: EventsLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
    private readonly programLoaders: ProgramsLoaders,
    private readonly cohortLoaders: CohortsLoaders,
    private readonly proBonoLoaders: ProBonoLoaders,
  ) {}

  @Query(() => Event, { nullable: true })
  @Allow(...READERS)
  event(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => EventConnection, { nullable: true, description: 'Latest first.' })
  @Allow(...READERS)
  events(@Args() args: EventsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Event, { nullable: true })
  @Allow(Role.STAFF)
  createEvent(@Args('input') input: CreateEventInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Event, { nullable: true })
  @Allow(Role.STAFF)
  updateEvent(@Args('input') input: UpdateEventInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true })
  @Allow(Role.STAFF)
  deleteEvent(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => EventAttendance)
  attendance(e: EventEntity): EventAttendance {
    const total =
      e.attendanceInPerson === null && e.attendanceOnline === null ? null : (e.attendanceInPerson ?? 0) + (e.attendanceOnline ?? 0);
    return {
      inPerson: e.attendanceInPerson,
      online: e.attendanceOnline,
      total,
      students: e.attendanceStudents,
      alumni: e.attendanceAlumni,
      employees: e.attendanceEmployees,
      families: e.attendanceFamilies,
      note: e.attendanceNote,
    };
  }

  @ResolveField(() => [Organization], { description: 'By name.' })
  organizers(e: EventEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationsIn(e, ctx, EventOrganizationRole.ORGANIZER);
  }

  @ResolveField(() => [Organization], { description: 'By name.' })
  partners(e: EventEntity, _args: unknown, ctx: GraphQLContext) {
    return this.organizationsIn(e, ctx, EventOrganizationRole.PARTNER);
  }

  @ResolveField(() => Program, { nullable: true })
  program(e: EventEntity, _args: unknown, ctx: GraphQLContext) {
    return e.programId ? this.programLoaders.byId.load(ctx, e.programId) : null;
  }

  @ResolveField(() => Cohort, { nullable: true })
  cohort(e: EventEntity, _args: unknown, ctx: GraphQLContext) {
    return e.cohortId ? this.cohortLoaders.byId.load(ctx, e.cohortId) : null;
  }

  @ResolveField(() => ProBonoEngagement, { nullable: true })
  engagement(e: EventEntity, _args: unknown, ctx: GraphQLContext) {
    return e.engagementId ? this.proBonoLoaders.byId.load(ctx, e.engagementId) : null;
  }

  private async organizationsIn(e: EventEntity, ctx: GraphQLContext, role: EventOrganizationRole) {
    const links = (await this.loaders.organizationsById.load(ctx, e.id)).filter((l) => l.role === role);
    return Promise.all(links.map((l) => this.organizationLoaders.byId.load(ctx, l.organizationId)));
  }
}
