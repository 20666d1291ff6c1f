import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Venture } from '../ventures/venture.model.js';
import { MentoringSession } from './mentoring-session.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Venture.mentoringSessions` and `Venture.mentoringSessionCount`: ventures do not depend on mentoring. */
@Resolver(() => Venture)
export class VentureMentoringResolver {
  constructor(private readonly loaders: MentoringLoaders) {}

  @ResolveField(() => [MentoringSession], { description: 'Live sessions, newest first (private notes only for their mentor and staff).' })
  @PageSize()
  mentoringSessions(venture: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.sessionsByVentureId.load(ctx, { id: venture.id, first: pageSizeOf(args) });
  }

  @ResolveField(() => Int, { description: 'How many live sessions it has had, counted in SQL.' })
  mentoringSessionCount(venture: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.sessionCountByVentureId.load(ctx, venture.id);
  }
}
