import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { MentorAssignmentEntity, MentorEntity } from './mentor.entity.js';
import { MentorsService } from './mentors.service.js';
import type { FollowUpActionEntity, MentoringSessionEntity, MentoringSessionRevisionEntity } from './mentoring-session.entity.js';
import { type MentoringSummaryRow, MentoringSessionReadsService } from './mentoring-session-reads.service.js';

@Injectable()
export class MentoringLoaders {
  constructor(
    private readonly mentors: MentorsService,
    private readonly sessions: MentoringSessionReadsService,
  ) {}

  readonly mentorById = new LoaderDefinition<string, MentorEntity | null>(async (ids) =>
    oneByKey(ids, await this.mentors.findByIds(ids), (m) => m.id),
  );

  readonly assignmentsByMentorId = new LoaderDefinition<string, MentorAssignmentEntity[]>(
    async (ids) => manyByKey(ids, await this.mentors.findAssignmentsByMentorIds(ids), (a) => a.mentorId),
    { rows: 'MentorAssignment' satisfies RowKind },
  );

  readonly assignmentsByEnrollmentId = new LoaderDefinition<string, MentorAssignmentEntity[]>(
    async (ids) => manyByKey(ids, await this.mentors.findAssignmentsByEnrollmentIds(ids), (a) => a.enrollmentId),
    { rows: 'MentorAssignment' satisfies RowKind },
  );

  readonly sessionsByVentureId = new LoaderDefinition<string, MentoringSessionEntity[]>(
    async (ids) => manyByKey(ids, await this.sessions.findByVentureIds(ids), (s) => s.ventureId),
    { rows: 'MentoringSession' satisfies RowKind },
  );

  readonly sessionCountByVentureId = new LoaderDefinition<string, number>(async (ids) =>
    oneByKey(ids, await this.sessions.countByVenture(ids), (r) => r.ventureId).map((r) => r?.n ?? 0),
  );

  readonly followUpsBySessionId = new LoaderDefinition<string, FollowUpActionEntity[]>(async (ids) =>
    manyByKey(ids, await this.sessions.findFollowUps(ids), (f) => f.sessionId),
  );

  readonly revisionsBySessionId = new LoaderDefinition<string, MentoringSessionRevisionEntity[]>(async (ids) =>
    manyByKey(ids, await this.sessions.findRevisions(ids), (r) => r.sessionId),
  );

  readonly summaryByCohortId = new LoaderDefinition<string, MentoringSummaryRow | null>(async (ids) =>
    oneByKey(ids, await this.sessions.summarizeByCohort(ids), (r) => r.cohortId),
  );
}
