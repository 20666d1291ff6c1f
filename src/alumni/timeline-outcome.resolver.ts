import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { TimelineOutcome, type TimelineRow } from './alumni.model.js';
import { OutcomeRecord } from '../outcomes/outcome.model.js';
import { OutcomesLoaders } from '../outcomes/outcomes.loaders.js';

@Resolver(() => TimelineOutcome)
export class TimelineOutcomeResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => OutcomeRecord)
  record(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recordById.load(ctx, row.refId!);
  }
}
