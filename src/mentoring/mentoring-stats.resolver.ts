import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, READERS } from '../access/access.decorators.js';
import { Role } from '../access/role.enum.js';
import { MentoringStatsFilter, MentoringStatsGroup, MentorLoadFilter } from './dto/mentoring-stats.inputs.js';
import { MentoringStatsRow, MentorLoad, NeglectedVenture } from './mentoring-stats.model.js';
import { MentoringStatsService } from './mentoring-stats.service.js';

@Resolver(() => MentoringStatsRow)
export class MentoringStatsResolver {
  constructor(private readonly stats: MentoringStatsService) {}

  @Query(() => [MentoringStatsRow], {
    nullable: true,
    description: 'Mentoring sessions and hours per cohort, mentor, topic or month (UTC), computed by GROUP BY.',
  })
  @Allow(...READERS)
  mentoringStats(
    @Args('groupBy', { type: () => MentoringStatsGroup }) groupBy: MentoringStatsGroup,
    @Args('filter', { type: () => MentoringStatsFilter, nullable: true }) filter?: MentoringStatsFilter,
  ) {
    return this.stats.stats(groupBy, filter);
  }

  @Query(() => [NeglectedVenture], {
    nullable: true,
    description: 'Active ventures of active cohorts with no session in the last `days` days: who is being left alone?',
  })
  @Allow(Role.STAFF)
  neglectedVentures(
    @Args('days', { type: () => Int, defaultValue: 30 }) days: number,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
  ) {
    return this.stats.neglected(days, cohortId);
  }

  @Query(() => [MentorLoad], { nullable: true, description: 'Active mentors by load against capacity, most loaded first.' })
  @Allow(Role.STAFF)
  mentorLoad(@Args('filter', { type: () => MentorLoadFilter, nullable: true }) filter?: MentorLoadFilter) {
    return this.stats.load(filter?.status);
  }
}
