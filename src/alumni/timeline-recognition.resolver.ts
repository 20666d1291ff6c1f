import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { TimelineRecognition, type TimelineRow } from './alumni.model.js';
import { Recognition } from '../outcomes/outcome.model.js';
import { OutcomesLoaders } from '../outcomes/outcomes.loaders.js';

@Resolver(() => TimelineRecognition)
export class TimelineRecognitionResolver {
  constructor(private readonly loaders: OutcomesLoaders) {}

  @ResolveField(() => Recognition)
  recognition(row: TimelineRow, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.recognitionById.load(ctx, row.refId!);
  }
}
