import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../access/request-context.js';
import { Enrollment } from '../enrollments/enrollment.model.js';
import { EnrollmentsLoaders } from '../enrollments/enrollments.loaders.js';
import type { MentorAssignmentEntity } from './mentor.entity.js';
import { Mentor, MentorAssignment } from './mentor.model.js';
import { MentoringLoaders } from './mentoring.loaders.js';

@Resolver(() => MentorAssignment)
export class MentorAssignmentResolver {
  constructor(
    private readonly loaders: MentoringLoaders,
    private readonly enrollmentLoaders: EnrollmentsLoaders,
  ) {}

  @ResolveField(() => Mentor)
  mentor(assignment: MentorAssignmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.loaders.mentorById.load(ctx, assignment.mentorId);
  }

  @ResolveField(() => Enrollment, { description: 'The venture in its cohort.' })
  enrollment(assignment: MentorAssignmentEntity, _args: unknown, ctx: GraphQLContext) {
    return this.enrollmentLoaders.byId.load(ctx, assignment.enrollmentId);
  }
}
