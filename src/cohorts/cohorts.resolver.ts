import { Allow, CurrentViewer, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.inputs.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Program } from '../programs/program.model.js';
import { ProgramsLoaders } from '../programs/programs.loaders.js';
import type { CohortEntity } from './cohort.entity.js';
import { Cohort, CohortConnection } from './cohort.model.js';
import { CohortsService } from './cohorts.service.js';
import { CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.inputs.js';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(
    private readonly service: CohortsService,
    private readonly programLoaders: ProgramsLoaders,
  ) {}

  @Query(() => Cohort, { nullable: true })
  @Allow(...READERS, Role.MENTOR)
  cohort(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => CohortConnection, { nullable: true })
  @Allow(...READERS, Role.MENTOR)
  cohorts(@Args() args: CohortsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Cohort, { nullable: true })
  @Allow(Role.STAFF)
  createCohort(@Args('input') input: CreateCohortInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Cohort, { nullable: true })
  @Allow(Role.STAFF)
  updateCohort(@Args('input') input: UpdateCohortInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { nullable: true, description: 'Refused with CONFLICT while ventures are enrolled in the cohort.' })
  @Allow(Role.STAFF)
  deleteCohort(@Args('input') input: IdInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(input.id, viewer);
  }

  @ResolveField(() => Program)
  program(cohort: CohortEntity, _args: unknown, ctx: GraphQLContext) {
    return this.programLoaders.byId.load(ctx, cohort.programId);
  }
}
