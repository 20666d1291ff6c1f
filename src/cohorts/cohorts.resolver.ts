import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdInput } from '../common/graphql/id.input.js';
import type { GraphQLContext } from '../common/loaders/loaders.js';
import { Program } from '../programs/program.model.js';
import { ProgramsLoaders } from '../programs/programs.loaders.js';
import type { CohortEntity } from './cohort.entity.js';
import { Cohort, CohortConnection } from './cohort.model.js';
import { CohortsLoaders } from './cohorts.loaders.js';
import { CohortsService } from './cohorts.service.js';
import { CohortsArgs, CreateCohortInput, UpdateCohortInput } from './dto/cohort.inputs.js';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(
    private readonly service: CohortsService,
    private readonly programLoaders: ProgramsLoaders,
  ) {}

  @Query(() => Cohort)
  cohort(@Args('id', { type: () => ID }) id: string) {
    return this.service.getById(id);
  }

  @Query(() => CohortConnection)
  cohorts(@Args() args: CohortsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Cohort)
  createCohort(@Args('input') input: CreateCohortInput) {
    return this.service.create(input);
  }

  @Mutation(() => Cohort)
  updateCohort(@Args('input') input: UpdateCohortInput) {
    return this.service.update(input);
  }

  @Mutation(() => ID, { description: 'Refused with CONFLICT while ventures are enrolled in the cohort.' })
  deleteCohort(@Args('input') input: IdInput) {
    return this.service.delete(input.id);
  }

  @ResolveField(() => Program)
  program(@Parent() cohort: CohortEntity, @Context() ctx: GraphQLContext) {
    return this.programLoaders.byId.load(ctx, cohort.programId);
  }
}

/** `Program.cohorts` lives here: programs do not depend on cohorts. */
@Resolver(() => Program)
export class ProgramCohortsResolver {
  constructor(private readonly loaders: CohortsLoaders) {}

  @ResolveField(() => [Cohort], { description: 'All cohorts of the program, oldest first.' })
  cohorts(@Parent() program: { id: string }, @Context() ctx: GraphQLContext) {
    return this.loaders.byProgramId.load(ctx, program.id);
  }
}
