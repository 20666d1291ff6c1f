import { Module } from '@nestjs/common';
import { EnrollmentsModule } from '../enrollments/enrollments.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { MentoringSessionReadsService } from './mentoring-session-reads.service.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { CohortMentoringResolver } from './cohort-mentoring.resolver.js';
import { EnrollmentMentorsResolver } from './enrollment-mentors.resolver.js';
import { FollowUpActionResolver } from './follow-up-action.resolver.js';
import { FollowUpsService } from './follow-ups.service.js';
import { MentorAssignmentResolver } from './mentor-assignment.resolver.js';
import { MentorLoadResolver } from './mentor-load.resolver.js';
import { MentoringSessionsResolver } from './mentoring-sessions.resolver.js';
import { MentoringSessionsService } from './mentoring-sessions.service.js';
import { MentoringStatsResolver } from './mentoring-stats.resolver.js';
import { MentoringStatsService } from './mentoring-stats.service.js';
import { MentoringLoaders } from './mentoring.loaders.js';
import { MentorsResolver } from './mentors.resolver.js';
import { MentorsService } from './mentors.service.js';
import { NeglectedVentureResolver } from './neglected-venture.resolver.js';
import { VentureMentoringResolver } from './venture-mentoring.resolver.js';

@Module({
  imports: [PeopleModule, OrganizationsModule, EnrollmentsModule, VenturesModule, ProgramsModule],
  providers: [
    MentorsService,
    MentoringSessionReadsService,
    MentoringSessionsService,
    FollowUpsService,
    MentoringStatsService,
    MentoringLoaders,
    MentorsResolver,
    MentorAssignmentResolver,
    EnrollmentMentorsResolver,
    MentoringSessionsResolver,
    FollowUpActionResolver,
    VentureMentoringResolver,
    CohortMentoringResolver,
    MentoringStatsResolver,
    NeglectedVentureResolver,
    MentorLoadResolver,
  ],
  exports: [MentorsService, MentoringLoaders, MentoringSessionReadsService, MentoringStatsService],
})
export class MentoringModule {}
