import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Enrollment } from '../enrollments/enrollment.model.js';
import { MentorAssignment } from './mentor.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';

/** `Enrollment.mentorAssignments`: enrollments do not depend on mentoring. */
@Resolver(() => Enrollment)
export class EnrollmentMentorsResolver {
  constructor(private readonly loaders: MentoringLoaders) {}

  @ResolveField(() => [MentorAssignment], { description: 'Mentors assigned to the venture in this cohort.' })
  mentorAssignments(enrollment: { id: string }, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.assignmentsByEnrollmentId.load(ctx, enrollment.id);
  }
}
