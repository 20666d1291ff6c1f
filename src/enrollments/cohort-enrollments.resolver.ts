import { Role } from '../access/role.enum.js';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo, visibleTo } from '../access/field-access.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { FIRST_ARG, PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';
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
    @Args('first', FIRST_ARG) first?: number | null,
  ) {
    return this.loaders.byCohortId.load(ctx, { id: cohort.id, first: pageSizeOf({ first }), args: status ?? null });
  }

  @ResolveField(() => [Venture], {
    nullable: true,
    description: 'Ventures whose enrollment in this cohort graduated. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  async graduates(cohort: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    const graduated = await this.loaders.byCohortId.load(ctx, { id: cohort.id, first: pageSizeOf(args), args: EnrollmentStatus.GRADUATED });
    return Promise.all(graduated.map((e) => this.ventureLoaders.byId.load(ctx, e.ventureId)));
  }
}
