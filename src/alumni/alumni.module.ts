import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { CollaborationsModule } from '../collaborations/collaborations.module.js';
import { OutcomesModule } from '../outcomes/outcomes.module.js';
import { ProBonoModule } from '../pro-bono/pro-bono.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { AfterGraduationResolver } from './after-graduation.resolver.js';
import { AlumniLoaders } from './alumni.loaders.js';
import { AlumniService } from './alumni.service.js';
import { CohortAlumniResolver } from './cohort-alumni.resolver.js';
import { CollaborationAfterGraduationResolver } from './collaboration-after-graduation.resolver.js';
import { EngagementAfterGraduationResolver } from './engagement-after-graduation.resolver.js';
import { TimelineCollaborationStageChangeResolver } from './timeline-collaboration-stage-change.resolver.js';
import { TimelineEngagementStatusChangeResolver } from './timeline-engagement-status-change.resolver.js';
import { TimelineEnrollmentChangeResolver } from './timeline-enrollment-change.resolver.js';
import { TimelineOutcomeResolver } from './timeline-outcome.resolver.js';
import { TimelineRecognitionResolver } from './timeline-recognition.resolver.js';
import { VentureJourneyResolver } from './venture-journey.resolver.js';

/** The links from alumni to what came later: read-only, across the other modules' tables. */
@Module({
  imports: [VenturesModule, CohortsModule, CollaborationsModule, ProBonoModule, OutcomesModule],
  providers: [
    AlumniService,
    AlumniLoaders,
    VentureJourneyResolver,
    AfterGraduationResolver,
    CohortAlumniResolver,
    CollaborationAfterGraduationResolver,
    EngagementAfterGraduationResolver,
    TimelineEnrollmentChangeResolver,
    TimelineCollaborationStageChangeResolver,
    TimelineEngagementStatusChangeResolver,
    TimelineOutcomeResolver,
    TimelineRecognitionResolver,
  ],
})
export class AlumniModule {}
