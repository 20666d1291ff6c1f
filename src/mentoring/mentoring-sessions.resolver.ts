import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import {
  AddFollowUpInput,
  CreateMentoringTopicInput,
  LogMentoringSessionInput,
  MentoringSessionsArgs,
  SessionIdInput,
  SetFollowUpDoneInput,
  UpdateFollowUpInput,
  UpdateMentoringSessionInput,
} from './dto/mentoring-session.inputs.js';
import { FollowUpsService } from './follow-ups.service.js';
import { Mentor, MentorAssignment } from './mentor.model.js';
import type { MentoringSessionEntity } from './mentoring-session.entity.js';
import {
  FollowUpAction,
  MentoringSession,
  MentoringSessionConnection,
  MentoringSessionRevision,
  MentoringTopic,
} from './mentoring-session.model.js';
import { isStaff, MentoringSessionReadsService } from './mentoring-session-reads.service.js';
import { MentoringSessionsService } from './mentoring-sessions.service.js';
import { MentoringLoaders } from './mentoring.loaders.js';

@Resolver(() => MentoringSession)
export class MentoringSessionsResolver {
  constructor(
    private readonly service: MentoringSessionsService,
    private readonly reads: MentoringSessionReadsService,
    private readonly loaders: MentoringLoaders,
    private readonly peopleLoaders: PeopleLoaders,
    private readonly ventureLoaders: VenturesLoaders,
    private readonly followUpWrites: FollowUpsService,
  ) {}

  @Query(() => MentoringSession, { nullable: true, description: 'Staff and analysts: any session; mentors: those of their assignments.' })
  @Allow(...READERS, Role.MENTOR)
  mentoringSession(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.reads.getVisible(id, viewer);
  }

  @Query(() => MentoringSessionConnection, { nullable: true, description: 'Newest first.' })
  @Allow(...READERS)
  mentoringSessions(@Args() args: MentoringSessionsArgs, @CurrentViewer() viewer: Viewer) {
    return this.reads.list(args, viewer);
  }

  @Query(() => MentoringSessionConnection, { nullable: true, description: "The signed-in mentor's sessions, newest first." })
  @Allow(Role.MENTOR)
  mySessions(@Args() args: MentoringSessionsArgs, @CurrentViewer() viewer: Viewer) {
    return this.reads.list(args, viewer, true);
  }

  @Query(() => [FollowUpAction], { nullable: true, description: "The signed-in mentor's follow-ups not done yet, soonest due first." })
  @Allow(Role.MENTOR)
  myOpenFollowUps(@CurrentViewer() viewer: Viewer) {
    return this.reads.findMyOpenFollowUps(viewer);
  }

  @Query(() => [MentoringTopic], { nullable: true })
  @Allow(...READERS, Role.MENTOR)
  mentoringTopics() {
    return this.reads.listTopics();
  }

  @Mutation(() => MentoringTopic, { nullable: true })
  @Allow(Role.STAFF)
  createMentoringTopic(@Args('input') input: CreateMentoringTopicInput, @CurrentViewer() viewer: Viewer) {
    return this.service.createTopic(input, viewer);
  }

  @Mutation(() => MentoringSession, {
    nullable: true,
    description: 'Mentors: under their own running assignments. Staff: any, recorded as on behalf.',
  })
  @Allow(Role.MENTOR, Role.STAFF)
  logMentoringSession(@Args('input') input: LogMentoringSessionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.log(input, viewer);
  }

  @Mutation(() => MentoringSession, { nullable: true, description: 'Keeps the previous state as a revision.' })
  @Allow(Role.MENTOR, Role.STAFF)
  updateMentoringSession(@Args('input') input: UpdateMentoringSessionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => MentoringSession, { nullable: true, description: 'Soft delete; staff can restore.' })
  @Allow(Role.MENTOR, Role.STAFF)
  deleteMentoringSession(@Args('input') input: SessionIdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @Mutation(() => MentoringSession, { nullable: true })
  @Allow(Role.STAFF)
  restoreMentoringSession(@Args('input') input: SessionIdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.restore(input.id, viewer);
  }

  @Mutation(() => FollowUpAction, {
    nullable: true,
    description: "Adds a follow-up to a session already logged: the session's mentor, or staff.",
  })
  @Allow(Role.MENTOR, Role.STAFF)
  addFollowUp(@Args('input') input: AddFollowUpInput, @CurrentViewer() viewer: Viewer) {
    return this.followUpWrites.add(input, viewer);
  }

  @Mutation(() => FollowUpAction, { nullable: true, description: "Edits a follow-up's text or due date, or reassigns it (ownerPersonId)." })
  @Allow(Role.MENTOR, Role.STAFF)
  updateFollowUp(@Args('input') input: UpdateFollowUpInput, @CurrentViewer() viewer: Viewer) {
    return this.followUpWrites.update(input, viewer);
  }

  @Mutation(() => FollowUpAction, { nullable: true, description: 'Completes a follow-up (done: true) or reopens it (done: false).' })
  @Allow(Role.MENTOR, Role.STAFF)
  setFollowUpDone(@Args('input') input: SetFollowUpDoneInput, @CurrentViewer() viewer: Viewer) {
    return this.followUpWrites.setDone(input, viewer);
  }

  // Not @VisibleTo: the rule depends on the row (its mentor), not only on the caller's roles.
  @ResolveField(() => String, {
    nullable: true,
    description: "Only the session's mentor and staff: others get null and a FORBIDDEN error.",
  })
  async privateNotes(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    const viewer = await ctx.viewer();
    if (viewer && isStaff(viewer)) return session.privateNotes;
    const mentor = await this.loaders.mentorById.load(ctx, session.mentorId);
    if (viewer && mentor?.personId === viewer.personId) return session.privateNotes;
    throw new ForbiddenError('MentoringSession.privateNotes is private to its mentor and staff');
  }

  @ResolveField(() => Mentor)
  mentor(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.mentorById.load(ctx, session.mentorId);
  }

  @ResolveField(() => MentorAssignment)
  async assignment(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    const all = await this.loaders.assignmentsByMentorId.load(ctx, session.mentorId);
    return all.find((a) => a.id === session.assignmentId);
  }

  @ResolveField(() => Venture)
  venture(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    return this.ventureLoaders.byId.load(ctx, session.ventureId);
  }

  @ResolveField(() => [Person], { description: 'Founders present.' })
  async attendees(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    return (await Promise.all(session.attendeePersonIds.map((id) => this.peopleLoaders.byId.load(ctx, id)))).filter(Boolean);
  }

  @ResolveField(() => [FollowUpAction])
  followUps(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.followUpsBySessionId.load(ctx, session.id);
  }

  @ResolveField(() => [MentoringSessionRevision], {
    nullable: true,
    description: 'Every saved state, oldest first: staff only (revisions hold private notes).',
  })
  @VisibleTo(Role.STAFF)
  revisions(session: MentoringSessionEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.revisionsBySessionId.load(ctx, session.id);
  }
}
