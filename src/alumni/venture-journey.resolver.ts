import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VisibleTo, visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { FIRST_ARG, pageSizeOf } from '../common/loaders/page-size.js';
import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { AlumniLoaders } from './alumni.loaders.js';
import type { AfterGraduationList } from './alumni.service.js';
import { AfterGraduation, TimelineEntry, TimelineKind } from './alumni.model.js';

const LIST_OF_FIELD: Record<string, AfterGraduationList> = { collaborations: 'COLLABORATION', proBonoSupport: 'PRO_BONO' };

/** The AfterGraduation lists the request selects (through fragments too), sorted. */
function selectedLists(info: GraphQLResolveInfo): AfterGraduationList[] {
  const found = new Set<AfterGraduationList>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const s of selectionSet?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const list = LIST_OF_FIELD[s.name.value];
        if (list) found.add(list);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...found].sort();
}

/** `Venture.afterGraduation` and `Venture.timeline`: the journey, read across modules. */
@Resolver(() => Venture)
export class VentureJourneyResolver {
  constructor(private readonly loaders: AlumniLoaders) {}

  @ResolveField(() => AfterGraduation, {
    nullable: true,
    description: 'Collaborations and pro bono support that started after graduation; null if it never graduated. Staff and analysts.',
  })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  async afterGraduation(venture: { id: string }, _args: unknown, ctx: GraphQLContext, info: GraphQLResolveInfo) {
    // `first` is not the page here (AfterGraduation's lists cut theirs from at most 500 rows).
    const rows = await this.loaders.afterGraduationByVentureId.load(ctx, { id: venture.id, first: 0, args: selectedLists(info) });
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
