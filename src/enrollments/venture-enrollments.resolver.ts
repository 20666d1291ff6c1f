import { Role } from '../access/role.enum.js';
import { ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo } from '../access/field-access.js';
import type { GraphQLContext } from '../access/request-context.js';
import { LocalDate } from '../common/graphql/scalars.js';
import { Venture } from '../ventures/venture.model.js';
import { Enrollment } from './enrollment.model.js';
import { EnrollmentsLoaders } from './enrollments.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Venture.enrollments` and `Venture.graduatedOn`: ventures do not depend on enrollments. */
@Resolver(() => Venture)
export class VentureEnrollmentsResolver {
  constructor(private readonly loaders: EnrollmentsLoaders) {}

  @ResolveField(() => [Enrollment], { nullable: true, description: 'Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  @PageSize()
  enrollments(venture: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byVentureId.load(ctx, { id: venture.id, first: pageSizeOf(args) });
  }

  @ResolveField(() => LocalDate, { nullable: true, description: 'Date of its first graduation; null if it never graduated.' })
  graduatedOn(venture: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.graduatedOnByVentureId.load(ctx, venture.id);
  }
}
