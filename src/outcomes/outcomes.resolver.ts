import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { CorrectOutcomeInput, CreateMetricDefinitionInput, OutcomeRecordsArgs, RecordOutcomeInput } from './dto/outcome.inputs.js';
import type { OutcomeRecordEntity } from './outcome.entity.js';
import { MetricDefinition, OutcomeRecord, OutcomeRecordConnection } from './outcome.model.js';
import { OutcomesLoaders } from './outcomes.loaders.js';
import { OutcomesService } from './outcomes.service.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

@Resolver(() => OutcomeRecord)
export class OutcomesResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly loaders: OutcomesLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  @Query(() => [MetricDefinition], { nullable: true, description: 'Metrics outcomes are recorded in, by code.' })
  @Allow(...READERS, Role.MENTOR)
  metricDefinitions() {
    return this.service.listMetrics();
  }

  @Query(() => OutcomeRecordConnection, { nullable: true, description: 'Current values unless includeSuperseded; latest date first.' })
  @Allow(...READERS)
  outcomeRecords(@Args() args: OutcomeRecordsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => MetricDefinition, { nullable: true })
  @Allow(Role.STAFF)
  createMetricDefinition(@Args('input') input: CreateMetricDefinitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.createMetric(input, viewer);
  }

  @Mutation(() => OutcomeRecord, { nullable: true })
  @Allow(Role.STAFF)
  recordOutcome(@Args('input') input: RecordOutcomeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.record(input, viewer);
  }

  @Mutation(() => OutcomeRecord, { nullable: true, description: 'The corrected record; the old one stays in history.' })
  @Allow(Role.STAFF)
  correctOutcome(@Args('input') input: CorrectOutcomeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.correct(input, viewer);
  }

  @ResolveField(() => MetricDefinition)
  metric(o: OutcomeRecordEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.metricById.load(ctx, o.metricId);
  }

  @ResolveField(() => Venture)
  venture(o: OutcomeRecordEntity, _args: unknown, ctx: GraphQLContext) {
    return this.ventureLoaders.byId.load(ctx, o.ventureId);
  }

  @ResolveField(() => [OutcomeRecord], { description: 'Every version of this value, oldest first (the last is current).' })
  @PageSize()
  history(o: OutcomeRecordEntity, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.lineageById.load(ctx, { id: o.lineageId, first: pageSizeOf(args) });
  }
}
