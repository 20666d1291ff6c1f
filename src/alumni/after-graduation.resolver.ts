import { ResolveField, Resolver } from '@nestjs/graphql';
import { type PageArgs, PageSize, pageSizeOf } from '../common/loaders/page-size.js';
import { AfterGraduation, CollaborationAfterGraduation, EngagementAfterGraduation } from './alumni.model.js';

/**
 * `AfterGraduation`'s lists. Both come with the venture's `afterGraduation` in one statement,
 * which reads at most the largest page (500) of each; `first` cuts the page from those rows.
 */
@Resolver(() => AfterGraduation)
export class AfterGraduationResolver {
  @ResolveField(() => [CollaborationAfterGraduation], { description: 'Oldest start first.' })
  @PageSize()
  collaborations(after: AfterGraduation, args: PageArgs) {
    return after.collaborations.slice(0, pageSizeOf(args));
  }

  @ResolveField(() => [EngagementAfterGraduation], { description: 'Engagements that became ACTIVE, oldest start first.' })
  @PageSize()
  proBonoSupport(after: AfterGraduation, args: PageArgs) {
    return after.proBonoSupport.slice(0, pageSizeOf(args));
  }
}
