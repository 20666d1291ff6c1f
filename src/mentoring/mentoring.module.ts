import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { EnrollmentMentorsResolver, MentorAssignmentResolver, MentorsResolver } from './mentoring.resolver.js';
import { MentorsService } from './mentors.service.js';
import { MentoringSessionReadsService } from './mentoring-session-reads.service.js';
import { MentoringSessionsService } from './mentoring-sessions.service.js';
import {
  CohortMentoringResolver,
  FollowUpActionResolver,
  MentoringSessionsResolver,
  MentoringStatsResolver,
  MentorLoadResolver,
  NeglectedVentureResolver,
  VentureMentoringResolver,
} from './mentoring-sessions.resolver.js';
import { MentoringStatsService } from './mentoring-stats.service.js';
import { VenturesModule } from '../ventures/ventures.module.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, EnrollmentsModule, VenturesModule],
  providers: [
    MentorsService,
    MentoringSessionReadsService,
    MentoringSessionsService,
    MentoringStatsService,
    MentoringStatsResolver,
    NeglectedVentureResolver,
    MentorLoadResolver,
    MentoringLoaders,
    MentorsResolver,
    MentorAssignmentResolver,
    EnrollmentMentorsResolver,
    MentoringSessionsResolver,
    FollowUpActionResolver,
    VentureMentoringResolver,
    CohortMentoringResolver,
  ],
  exports: [MentorsService, MentoringLoaders],
})
export class MentoringModule {}
