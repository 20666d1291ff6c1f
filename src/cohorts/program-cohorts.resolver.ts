import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Program } from '../programs/program.model.js';
import { Cohort } from './cohort.model.js';
import { CohortsLoaders } from './cohorts.loaders.js';

/** `Program.cohorts` lives here: programs do not depend on cohorts. */
@Resolver(() => Program)
export class ProgramCohortsResolver {
  constructor(private readonly loaders: CohortsLoaders) {}

  @ResolveField(() => [Cohort], { description: 'All cohorts of the program, oldest first.' })
  cohorts(program: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.byProgramId.load(ctx, program.id);
  }
}
