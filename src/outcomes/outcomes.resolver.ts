import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { VisibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { IdInput } from '../common/graphql/id.input.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsLoaders } from '../organizations/organizations.loaders.js';
import { Person } from '../people/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import {
  CorrectOutcomeInput,
  CreateMetricDefinitionInput,
  CreateRecognitionInput,
  OutcomeRecordsArgs,
  RecognitionsArgs,
  RecordOutcomeInput,
} from './dto/outcome.inputs.js';
import type { OutcomeRecordEntity, RecognitionEntity } from './outcome.entity.js';
import { MetricDefinition, OutcomeRecord, OutcomeRecordConnection, Recognition, RecognitionConnection } from './outcome.model.js';
import { OutcomesLoaders } from './outcomes.loaders.js';
import { OutcomesService } from './outcomes.service.js';
import { RecognitionsService } from './recognitions.service.js';

@Resolver(() => OutcomeRecord)
export class OutcomesResolver {
  constructor(
    private readonly service: OutcomesService,
    private readonly loaders: OutcomesLoaders,
    private readonly ventureLoaders: VenturesLoaders,
  ) {}

  @Query(() => [MetricDefinition], { description: 'Metrics outcomes are recorded in, by code.' })
  @Allow(...READERS, Role.MENTOR)
  metricDefinitions() {
    return this.service.listMetrics();
  }

  @Query(() => OutcomeRecordConnection, { description: 'Current values unless includeSuperseded; latest date first.' })
  @Allow(...READERS)
  outcomeRecords(@Args() args: OutcomeRecordsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => MetricDefinition)
  @Allow(Role.STAFF)
  createMetricDefinition(@Args('input') input: CreateMetricDefinitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.createMetric(input, viewer);
  }

  @Mutation(() => OutcomeRecord)
  @Allow(Role.STAFF)
  recordOutcome(@Args('input') input: RecordOutcomeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.record(input, viewer);
  }

  @Mutation(() => OutcomeRecord, { description: 'The corrected record; the old one stays in history.' })
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
  history(o: OutcomeRecordEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.lineageById.load(ctx, o.lineageId);
  }
}

@Resolver(() => Recognition)
export class RecognitionsResolver {
  constructor(
    private readonly service: RecognitionsService,
    private readonly organizationLoaders: OrganizationsLoaders,
    private readonly ventureLoaders: VenturesLoaders,
    private readonly peopleLoaders: PeopleLoaders,
  ) {}

  @Query(() => RecognitionConnection, { description: 'Latest year first.' })
  @Allow(...READERS)
  recognitions(@Args() args: RecognitionsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Recognition)
  @Allow(Role.STAFF)
  createRecognition(@Args('input') input: CreateRecognitionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => ID)
  @Allow(Role.STAFF)
  deleteRecognition(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Organization, { nullable: true })
  awardingOrganization(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.awardingOrganizationId ? this.organizationLoaders.byId.load(ctx, r.awardingOrganizationId) : null;
  }

  @ResolveField(() => Venture, { nullable: true })
  venture(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.ventureId ? this.ventureLoaders.byId.load(ctx, r.ventureId) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  person(r: RecognitionEntity, _args: unknown, ctx: GraphQLContext) {
    return r.personId ? this.peopleLoaders.byId.load(ctx, r.personId) : null;
  }
}

/** `Venture.outcomes`, `Venture.recognitions`, `Person.recognitions`: those modules do not depend on outcomes. */
@Resolver(() => Venture)
export class VentureOutcomesResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => [OutcomeRecord], { nullable: true, description: 'Current values, latest date first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  outcomes(v: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.currentByVentureId.load(ctx, v.id);
  }

  @ResolveField(() => [Recognition], { nullable: true, description: 'Oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  recognitions(v: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recognitionsByVentureId.load(ctx, v.id);
  }
}

@Resolver(() => Person)
export class PersonRecognitionsResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => [Recognition], { nullable: true, description: 'Oldest first. Staff and analysts.' })
  @VisibleTo(Role.STAFF, Role.ANALYST)
  recognitions(p: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recognitionsByPersonId.load(ctx, p.id);
  }
}
