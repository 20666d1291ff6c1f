import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Program } from '../programs/program.model.js';
import { Cohort } from './cohort.model.js';
import { CohortsLoaders } from './cohorts.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Program.cohorts` lives here: programs do not depend on cohorts. */
@Resolver(() => Program)
export class ProgramCohortsResolver {
  constructor(private readonly loaders: CohortsLoaders) {}

  @ResolveField(() => [Cohort], { description: 'All cohorts of the program, oldest first.' })
  @PageSize()
  cohorts(program: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.byProgramId.load(ctx, { id: program.id, first: pageSizeOf(args) });
  }
}
