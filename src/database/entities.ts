// Every TypeORM entity, for the app's DataSource and the migration tooling.
import { AppMetaEntity } from './app-meta.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProgramEntity, ProgramPartnerEntity } from '../programs/program.entity.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { AffiliationEntity, PersonEntity } from '../people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../ventures/venture.entity.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../enrollments/enrollment.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginAttemptEntity } from '../users/login-attempt.entity.js';
import { ApiTokenEntity } from '../auth/api-token.entity.js';
import { WebSessionEntity } from '../auth/web-session.entity.js';
import { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import { MentorAssignmentEntity, MentorEntity } from '../mentoring/mentor.entity.js';
import {
  FollowUpActionEntity,
  MentoringSessionEntity,
  MentoringSessionRevisionEntity,
  MentoringTopicEntity,
} from '../mentoring/mentoring-session.entity.js';
import { CollaborationContactEntity, CollaborationEntity, CollaborationStageChangeEntity } from '../collaborations/collaboration.entity.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
  SocialIssueEntity,
} from '../pro-bono/pro-bono.entity.js';
import { EventEntity, EventOrganizationEntity } from '../events/event.entity.js';
import { MetricDefinitionEntity, OutcomeRecordEntity, RecognitionEntity } from '../outcomes/outcome.entity.js';

export const entities = [
  AppMetaEntity,
  OrganizationEntity,
  ProgramEntity,
  ProgramPartnerEntity,
  CohortEntity,
  PersonEntity,
  AffiliationEntity,
  VentureEntity,
  VentureFounderEntity,
  EnrollmentEntity,
  EnrollmentEventEntity,
  UserEntity,
  LoginAttemptEntity,
  ApiTokenEntity,
  WebSessionEntity,
  AuditEntryEntity,
  MentorEntity,
  MentorAssignmentEntity,
  MentoringTopicEntity,
  MentoringSessionEntity,
  MentoringSessionRevisionEntity,
  FollowUpActionEntity,
  CollaborationEntity,
  CollaborationStageChangeEntity,
  CollaborationContactEntity,
  SocialIssueEntity,
  ProBonoEngagementEntity,
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoVolunteerEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoHourEntryEntity,
  EventEntity,
  EventOrganizationEntity,
  MetricDefinitionEntity,
  OutcomeRecordEntity,
  RecognitionEntity,
];
