import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Cohort } from '../cohorts/cohort.model.js';
import { MentoringSummary } from './mentoring-session.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';

/** `Cohort.mentoringSummary`: cohorts do not depend on mentoring. */
@Resolver(() => Cohort)
export class CohortMentoringResolver {
  constructor(private readonly loaders: MentoringLoaders) {}

  @ResolveField(() => MentoringSummary)
  async mentoringSummary(cohort: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return (
      (await this.loaders.summaryByCohortId.load(ctx, cohort.id)) ?? { sessionCount: 0, totalMinutes: 0, ventureCount: 0, lastHeldAt: null }
    );
  }
}
