import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { EnrollmentCorrectionsResolver } from './enrollment-corrections.resolver.js';
import { EnrollmentCorrectionsService } from './enrollment-corrections.service.js';
import { CohortEnrollmentsResolver } from './cohort-enrollments.resolver.js';
import { EnrollmentsLoaders } from './enrollments.loaders.js';
import { EnrollmentsResolver } from './enrollments.resolver.js';
import { EnrollmentsService } from './enrollments.service.js';
import { VentureEnrollmentsResolver } from './venture-enrollments.resolver.js';

@Module({
  imports: [CohortsModule, ProgramsModule, VenturesModule],
  providers: [
    EnrollmentsService,
    EnrollmentsLoaders,
    EnrollmentsResolver,
    CohortEnrollmentsResolver,
    VentureEnrollmentsResolver,
    EnrollmentCorrectionsService,
    EnrollmentCorrectionsResolver,
  ],
  exports: [EnrollmentsService, EnrollmentsLoaders],
})
export class EnrollmentsModule {}
