import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Enrollment } from '../enrollments/enrollment.model.js';
import { MentorAssignment } from './mentor.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { PageSize, pageSizeOf, type PageArgs } from '../common/loaders/page-size.js';

/** `Enrollment.mentorAssignments`: enrollments do not depend on mentoring. */
@Resolver(() => Enrollment)
export class EnrollmentMentorsResolver {
  constructor(private readonly loaders: MentoringLoaders) {}

  @ResolveField(() => [MentorAssignment], { description: 'Mentors assigned to the venture in this cohort.' })
  @PageSize()
  mentorAssignments(enrollment: { id: string }, args: PageArgs, ctx: GraphQLContext) {
    return this.loaders.assignmentsByEnrollmentId.load(ctx, { id: enrollment.id, first: pageSizeOf(args) });
  }
}
