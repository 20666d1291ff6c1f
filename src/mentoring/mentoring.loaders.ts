import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { MentorAssignmentEntity, MentorEntity } from './mentor.entity.js';
import { MentorsService } from './mentors.service.js';
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

  readonly assignmentPageByMentorId = pagedLoader(
    (ids, first) => this.mentors.findAssignmentsByMentorIds(ids, first),
    (a) => a.mentorId,
    { rows: 'MentorAssignment' satisfies RowKind },
  );

  readonly assignmentsByEnrollmentId = pagedLoader(
    (ids, first) => this.mentors.findAssignmentsByEnrollmentIds(ids, first),
    (a) => a.enrollmentId,
    { rows: 'MentorAssignment' satisfies RowKind },
  );

  readonly sessionsByVentureId = pagedLoader(
    (ids, first) => this.sessions.findByVentureIds(ids, first),
    (s) => s.ventureId,
    { rows: 'MentoringSession' satisfies RowKind },
  );

  readonly sessionCountByVentureId = new LoaderDefinition<string, number>(async (ids) =>
    oneByKey(ids, await this.sessions.countByVenture(ids), (r) => r.ventureId).map((r) => r?.n ?? 0),
  );

  readonly followUpsBySessionId = pagedLoader(
    (ids, first) => this.sessions.findFollowUps(ids, first),
    (f) => f.sessionId,
  );

  readonly revisionsBySessionId = pagedLoader(
    (ids, first) => this.sessions.findRevisions(ids, first),
    (r) => r.sessionId,
  );

  readonly summaryByCohortId = new LoaderDefinition<string, MentoringSummaryRow | null>(async (ids) =>
    oneByKey(ids, await this.sessions.summarizeByCohort(ids), (r) => r.cohortId),
  );
}
