import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { CollaborationsModule } from '../collaborations/collaborations.module.js';
import { OutcomesModule } from '../outcomes/outcomes.module.js';
import { ProBonoModule } from '../pro-bono/pro-bono.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { AlumniLoaders } from './alumni.loaders.js';
import {
  CohortAlumniResolver,
  CollaborationAfterGraduationResolver,
  EngagementAfterGraduationResolver,
  TimelineCollaborationResolver,
  TimelineEngagementResolver,
  TimelineEnrollmentChangeResolver,
  TimelineOutcomeResolver,
  TimelineRecognitionResolver,
  VentureJourneyResolver,
} from './alumni.resolver.js';
import { AlumniService } from './alumni.service.js';

/** The links from alumni to what came later: read-only, across the other modules' tables. */
@Module({
  imports: [VenturesModule, CohortsModule, CollaborationsModule, ProBonoModule, OutcomesModule],
  providers: [
    AlumniService,
    AlumniLoaders,
    VentureJourneyResolver,
    CohortAlumniResolver,
    CollaborationAfterGraduationResolver,
    EngagementAfterGraduationResolver,
    TimelineEnrollmentChangeResolver,
    TimelineCollaborationResolver,
    TimelineEngagementResolver,
    TimelineOutcomeResolver,
    TimelineRecognitionResolver,
  ],
})
export class AlumniModule {}
