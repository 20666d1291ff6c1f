import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { EnrollmentMentorsResolver, MentorAssignmentResolver, MentorsResolver } from './mentoring.resolver.js';
import { MentorsService } from './mentors.service.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, EnrollmentsModule],
  providers: [MentorsService, MentoringLoaders, MentorsResolver, MentorAssignmentResolver, EnrollmentMentorsResolver],
  exports: [MentorsService, MentoringLoaders],
})
export class MentoringModule {}
