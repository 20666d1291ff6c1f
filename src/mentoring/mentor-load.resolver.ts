import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Mentor } from './mentor.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { MentorLoad } from './mentoring-stats.model.js';

@Resolver(() => MentorLoad)
export class MentorLoadResolver {
  constructor(private readonly loaders: MentoringLoaders) {}

  @ResolveField(() => Mentor)
  mentor(row: MentorLoad, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.mentorById.load(ctx, row.mentorId);
  }
}
