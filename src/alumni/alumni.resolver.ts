import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ValidationError } from '../common/errors/domain-errors.js';
import { VisibleTo, visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { CohortsLoaders } from '../cohorts/cohorts.loaders.js';
import { Collaboration } from '../collaborations/collaboration.model.js';
import { CollaborationsLoaders } from '../collaborations/collaborations.loaders.js';
import type { GraphQLContext } from '../access/request-context.js';
import { ProBonoEngagement } from '../pro-bono/pro-bono.model.js';
import { ProBonoLoaders } from '../pro-bono/pro-bono.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { AlumniLoaders } from './alumni.loaders.js';
import {
  AfterGraduation,
  CollaborationAfterGraduation,
  EngagementAfterGraduation,
  TimelineCollaborationStageChange,
  TimelineEngagementStatusChange,
  TimelineEnrollmentChange,
  TimelineEntry,
  TimelineKind,
  TimelineOutcome,
  TimelineRecognition,
  type TimelineRow,
} from './alumni.model.js';
import { AlumniFilter } from './dto/alumni.inputs.js';
import { OutcomeRecord, Recognition } from '../outcomes/outcome.model.js';
import { OutcomesLoaders } from '../outcomes/outcomes.loaders.js';

interface Ref {
  refId: string;
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
    @Args('kinds', { type: () => [TimelineKind], nullable: true }) kinds?: TimelineKind[],
  ) {
    const rows = await this.loaders.timelineByVentureId.load(ctx, venture.id);
    return rows
      .filter((r) => !kinds?.length || kinds.includes(r.kind))
      .map((r) => {
        if (r.kind === TimelineKind.COLLABORATION) return { ...r, fromStage: r.fromStatus, toStage: r.toStatus };
        if (r.kind === TimelineKind.PRO_BONO) return { ...r, fromEngagementStatus: r.fromStatus, toEngagementStatus: r.toStatus };
        return r;
      });
  }
}

/** `Cohort.alumni`: graduates, filtered by what came after. */
@Resolver(() => Cohort)
export class CohortAlumniResolver {
  constructor(
    private readonly loaders: AlumniLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  @ResolveField(() => [Venture], {
    nullable: true,
    description: 'Ventures that graduated from this cohort, by name, filtered by what they did after. Staff and analysts.',
    middleware: [visibleTo(Role.STAFF, Role.ANALYST)],
  })
  async alumni(
    @Parent() cohort: { id: string },
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => AlumniFilter, nullable: true }) filter?: AlumniFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (1..100) per cohort; all when left out.' }) first?: number | null,
  ) {
    if (first != null && (first < 1 || first > 100)) throw new ValidationError({ field: 'first', message: 'must be between 1 and 100' });
    const ventures = await this.loaders.alumniByCohort.load(ctx, { cohortId: cohort.id, filter: filter ?? {}, first: first ?? null });
    // Fields below that look a venture up by id find these rows already loaded.
    for (const venture of ventures) this.ventureLoaders.byId.prime(ctx, venture.id, venture);
    return ventures;
  }
}

@Resolver(() => CollaborationAfterGraduation)
export class CollaborationAfterGraduationResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => Collaboration)
  collaboration(x: Ref, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, x.refId);
  }
}

@Resolver(() => EngagementAfterGraduation)
export class EngagementAfterGraduationResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => ProBonoEngagement)
  engagement(x: Ref, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, x.refId);
  }
}

@Resolver(() => TimelineEnrollmentChange)
export class TimelineEnrollmentChangeResolver {
  constructor(private readonly loaders: CohortsLoaders) {}

  @ResolveField(() => Cohort)
  cohort(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}

@Resolver(() => TimelineCollaborationStageChange)
export class TimelineCollaborationResolver {
  constructor(private readonly loaders: CollaborationsLoaders) {}

  @ResolveField(() => Collaboration)
  collaboration(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}

@Resolver(() => TimelineEngagementStatusChange)
export class TimelineEngagementResolver {
  constructor(private readonly loaders: ProBonoLoaders) {}

  @ResolveField(() => ProBonoEngagement)
  engagement(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byId.load(ctx, row.refId!);
  }
}

@Resolver(() => TimelineOutcome)
export class TimelineOutcomeResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => OutcomeRecord)
  record(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recordById.load(ctx, row.refId!);
  }
}

@Resolver(() => TimelineRecognition)
export class TimelineRecognitionResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => Recognition)
  recognition(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recognitionById.load(ctx, row.refId!);
  }
}
