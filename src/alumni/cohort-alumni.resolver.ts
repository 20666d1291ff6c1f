import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FIRST_ARG, pageSizeOf } from '../common/loaders/page-size.js';
import { visibleTo } from '../access/field-access.js';
import { Role } from '../access/role.enum.js';
import { Cohort } from '../cohorts/cohort.model.js';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { VenturesLoaders } from '../ventures/ventures.loaders.js';
import { AlumniLoaders } from './alumni.loaders.js';
import { AlumniFilter } from './dto/alumni.inputs.js';

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
    @Args('first', FIRST_ARG) first?: number | null,
  ) {
    const ventures = await this.loaders.alumniByCohort.load(ctx, {
      cohortId: cohort.id,
      filter: filter ?? {},
      first: pageSizeOf({ first }),
    });
    // Fields below that look a venture up by id find these rows already loaded.
    for (const venture of ventures) this.ventureLoaders.byId.prime(ctx, venture.id, venture);
    return ventures;
  }
}
