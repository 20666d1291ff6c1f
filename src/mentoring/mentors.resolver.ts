import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { AssignMentorInput, CreateMentorInput, EndAssignmentInput, MentorsArgs, UpdateMentorInput } from './dto/mentor.inputs.js';
import type { MentorEntity } from './mentor.entity.js';
import { Mentor, MentorAssignment, MentorConnection } from './mentor.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { MentorsService } from './mentors.service.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => Mentor)
export class MentorsResolver {
  constructor(
    private readonly service: MentorsService,
    private readonly loaders: MentoringLoaders,
    private readonly peopleLoaders: PeopleLoaders,
    private readonly organizationLoaders: OrganizationsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  @Query(() => Mentor, { nullable: true })
  @Allow(...READERS)
  mentor(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => MentorConnection, { nullable: true })
  @Allow(...READERS)
  mentors(@Args() args: MentorsArgs) {
    return this.service.list(args);
  }

  @Query(() => [MentorAssignment], { nullable: true, description: "The signed-in mentor's assignments, newest first." })
  @Allow(Role.MENTOR)
  myAssignments(@CurrentViewer() viewer: Viewer) {
    return this.service.findMyAssignments(viewer);
  }

  @Query(() => [Venture], { nullable: true, description: 'The ventures the signed-in mentor is or was assigned to, by name.' })
  @Allow(Role.MENTOR)
  async myVentures(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphQLContext) {
    const ids = await this.service.findMyVentureIds(viewer);
    return Promise.all(ids.map((id) => this.ventureLoaders.byId.load(ctx, id)));
  }

  @Mutation(() => Mentor, { nullable: true })
  @Allow(Role.STAFF)
  createMentor(@Args('input') input: CreateMentorInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Mentor, { nullable: true })
  @Allow(Role.STAFF)
  updateMentor(@Args('input') input: UpdateMentorInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => MentorAssignment, {
    nullable: true,
    description:
      "Refused (CONFLICT) beyond the mentor's capacity, for a venture not admitted or active in the cohort, or overlapping the same pair.",
  })
  @Allow(Role.STAFF)
  assignMentor(@Args('input') input: AssignMentorInput, @CurrentViewer() viewer: Viewer) {
    return this.service.assign(input, viewer);
  }

  @Mutation(() => MentorAssignment, { nullable: true })
  @Allow(Role.STAFF)
  endAssignment(@Args('input') input: EndAssignmentInput, @CurrentViewer() viewer: Viewer) {
    return this.service.endAssignment(input, viewer);
  }

  @ResolveField(() => Person)
  person(mentor: MentorEntity, _args: unknown, ctx: GraphQLContext) {
    return this.peopleLoaders.byId.load(ctx, mentor.personId);
  }

  @ResolveField(() => Organization, { nullable: true, description: 'e.g. the partner company the mentor works for.' })
  affiliation(mentor: MentorEntity, _args: unknown, ctx: GraphQLContext) {
    return mentor.affiliationOrganizationId ? this.organizationLoaders.byId.load(ctx, mentor.affiliationOrganizationId) : null;
  }

  @ResolveField(() => [MentorAssignment], { description: 'All assignments, oldest first.' })
  @PageSize()
  assignments(mentor: MentorEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.assignmentPageByMentorId.load(ctx, { id: mentor.id, first: pageSizeOf(args) });
  }
}
