import { Role } from '../access/role.enum.js';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo, visibleTo } from '../access/field-access.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { EnrollmentStatus } from './enrollment-status.enum.js';
import { Enrollment } from './enrollment.model.js';
import { EnrollmentsLoaders } from './enrollments.loaders.js';

/** `Cohort.enrollments` and `Cohort.graduates`: cohorts do not depend on enrollments. */
@Resolver(() => Cohort)
export class CohortEnrollmentsResolver {
  constructor(
    private readonly loaders: EnrollmentsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  // Mentors see programs and cohorts, not who is in them (until their own assignments say so).
  @ResolveField(() => [Enrollment], {
    nullable: true,
    description: 'Every venture in the cohort, whatever its status. Staff and analysts.',
    middleware: [visibleTo(Role.STAFF, Role.ANALYST)],
  })
  async enrollments(
    @Parent() cohort: { id: string },
    @Context() ctx: GraphQLContext,
    @Args('status', { type: () => EnrollmentStatus, nullable: true }) status?: EnrollmentStatus,
  ) {
    const all = await this.loaders.byCohortId.load(ctx, cohort.id);
    return status ? all.filter((e) => e.status === status) : all;
  }

  @ResolveField(() => [Venture], {
    nullable: true,
    description: 'Ventures whose enrollment in this cohort graduated. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  async graduates(cohort: { id: string }, _args: unknown, ctx: GraphQLContext) {
    const enrollments = await this.loaders.byCohortId.load(ctx, cohort.id);
    const graduated = enrollments.filter((e) => e.status === EnrollmentStatus.GRADUATED);
    return Promise.all(graduated.map((e) => this.ventureLoaders.byId.load(ctx, e.ventureId)));
  }
}
