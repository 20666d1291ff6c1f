import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { EnrollmentsLoaders } from './enrollments.loaders.js';
import { CohortEnrollmentsResolver, EnrollmentsResolver, VentureEnrollmentsResolver } from './enrollments.resolver.js';
import { EnrollmentsService } from './enrollments.service.js';

@Module({
  imports: [CohortsModule, VenturesModule],
  providers: [EnrollmentsService, EnrollmentsLoaders, EnrollmentsResolver, CohortEnrollmentsResolver, VentureEnrollmentsResolver],
  exports: [EnrollmentsService, EnrollmentsLoaders],
})
export class EnrollmentsModule {}
