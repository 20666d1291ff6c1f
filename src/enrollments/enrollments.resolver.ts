import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { CohortsLoaders } from '../cohorts/cohorts.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { EnrollmentsArgs, EnrollmentTransitionInput, EnrollVentureInput } from './dto/enrollment.inputs.js';
import { EnrollmentStatus } from './enrollment-status.enum.js';
import type { EnrollmentEntity } from './enrollment.entity.js';
import { Enrollment, EnrollmentConnection, EnrollmentEvent } from './enrollment.model.js';
import { EnrollmentsLoaders } from './enrollments.loaders.js';
import { EnrollmentsService } from './enrollments.service.js';

@Resolver(() => Enrollment)
export class EnrollmentsResolver {
  constructor(
    private readonly service: EnrollmentsService,
    private readonly loaders: EnrollmentsLoaders,
    private readonly cohortLoaders: CohortsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  @Query(() => Enrollment, { nullable: true })
  @Allow(...READERS)
  enrollment(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => EnrollmentConnection, { nullable: true })
  @Allow(...READERS)
  enrollments(@Args() args: EnrollmentsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'Records a venture applying to (or admitted into) a cohort.' })
  @Allow(Role.STAFF)
  enrollVenture(@Args('input') input: EnrollVentureInput, @CurrentViewer() viewer: Viewer) {
    return this.service.enroll(input, viewer);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'APPLIED → ADMITTED.' })
  @Allow(Role.STAFF)
  admitVenture(@Args('input') input: EnrollmentTransitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.transition(input, EnrollmentStatus.ADMITTED, viewer);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'ADMITTED → ACTIVE, not before the cohort starts.' })
  @Allow(Role.STAFF)
  startProgram(@Args('input') input: EnrollmentTransitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.transition(input, EnrollmentStatus.ACTIVE, viewer);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'ACTIVE → GRADUATED, not before the cohort starts.' })
  @Allow(Role.STAFF)
  graduateVenture(@Args('input') input: EnrollmentTransitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.transition(input, EnrollmentStatus.GRADUATED, viewer);
  }

  @Mutation(() => Enrollment, { nullable: true, description: 'APPLIED, ADMITTED or ACTIVE → WITHDRAWN; put the reason in `note`.' })
  @Allow(Role.STAFF)
  withdrawVenture(@Args('input') input: EnrollmentTransitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.transition(input, EnrollmentStatus.WITHDRAWN, viewer);
  }

  @ResolveField(() => Cohort)
  cohort(enrollment: EnrollmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.cohortLoaders.byId.load(ctx, enrollment.cohortId);
  }

  @ResolveField(() => Venture)
  venture(enrollment: EnrollmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.ventureLoaders.byId.load(ctx, enrollment.ventureId);
  }

  @ResolveField(() => [EnrollmentEvent], { description: 'Every status change, oldest first.' })
  history(enrollment: EnrollmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.eventsByEnrollmentId.load(ctx, enrollment.id);
  }
}
