import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo, visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { FIRST_ARG, pageSizeOf } from '../common/loaders/page-size.js';
import { AlumniLoaders } from './alumni.loaders.js';
import { AfterGraduation, TimelineEntry, TimelineKind } from './alumni.model.js';

/** `Venture.afterGraduation` and `Venture.timeline`: the journey, read across modules. */
@Resolver(() => Venture)
export class VentureJourneyResolver {
  constructor(private readonly loaders: AlumniLoaders) {}

  @ResolveField(() => AfterGraduation, {
    nullable: true,
    description: 'Collaborations and pro bono support that started after graduation; null if it never graduated. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  async afterGraduation(venture: { id: string }, _args: unknown, ctx: GraphQLContext) {
    const rows = await this.loaders.afterGraduationByVentureId.load(ctx, venture.id);
    if (!rows.length) return null;
    const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => ({ refId: r.refId, daysAfterGraduation: r.days }));
    return { graduatedOn: rows[0].graduatedOn, collaborations: of('COLLABORATION'), proBonoSupport: of('PRO_BONO') };
  }

  @ResolveField(() => [TimelineEntry], {
    nullable: true,
    description: 'Every dated step of its journey, oldest first; `kinds` narrows it. Staff and analysts.',
    middleware: [visibleTo(Role.STAFF, Role.ANALYST)],
  })
  async timeline(
    @Parent() venture: { id: string },
    @Context() ctx: GraphQLContext,
    @Args('kinds', { type: () => [TimelineKind], nullable: true }) kinds?: TimelineKind[] | null,
    @Args('first', FIRST_ARG) first?: number | null,
  ) {
    const wanted = kinds?.length ? [...new Set(kinds)].sort() : null;
    const rows = await this.loaders.timelineByVentureId.load(ctx, { id: venture.id, first: pageSizeOf({ first }), args: wanted });
    return rows.map((r) => {
      if (r.kind === TimelineKind.COLLABORATION) return { ...r, fromStage: r.fromStatus, toStage: r.toStatus };
      if (r.kind === TimelineKind.PRO_BONO) return { ...r, fromEngagementStatus: r.fromStatus, toEngagementStatus: r.toStatus };
      return r;
    });
  }
}
