import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { Role } from '../access/role.enum.js';
import { hasAnyRole, type Viewer } from '../access/viewer.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { findByAny, isUuid, msColumn } from '../common/persistence.js';
import type { MentoringSessionsArgs } from './dto/mentoring-session.inputs.js';
import { MentorEntity } from './mentor.entity.js';
import {
  FollowUpActionEntity,
  MentoringSessionEntity,
  MentoringSessionRevisionEntity,
  MentoringTopicEntity,
} from './mentoring-session.entity.js';

export const isStaff = (viewer: Viewer) => hasAnyRole(viewer, [Role.STAFF]);

export interface MentoringSummaryRow {
  cohortId: string;
  sessionCount: number;
  totalMinutes: number;
  ventureCount: number;
  lastHeldAt: Date | null;
}

/** Sessions, follow-ups, revisions and topics as their readers may see them; the batch reads of the loaders. */
@Injectable()
export class MentoringSessionReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A live session the viewer may see: staff and analysts any, a mentor those of their own assignments. */
  async getVisible(id: string, viewer: Viewer): Promise<MentoringSessionEntity> {
    const session = isUuid(id) ? await this.dataSource.manager.findOneBy(MentoringSessionEntity, { id }) : null;
    if (!session || (session.deletedAt && !isStaff(viewer)) || !(await this.canSee(viewer, session))) {
      throw new NotFoundError('MentoringSession', id);
    }
    return session;
  }

  list(args: MentoringSessionsArgs, viewer: Viewer, onlyMine = false): Promise<Connection<MentoringSessionEntity>> {
    const qb = this.listQuery(args.filter, viewer, onlyMine);
    return paginate(qb, { column: msColumn('s.held_at'), value: (s) => s.heldAt, direction: SortDirection.DESC }, args);
  }

  /** The sessions `f` selects for `viewer`, aliased `s` (the list pages it; the export streams it). */
  listQuery(f: MentoringSessionsArgs['filter'], viewer: Viewer, onlyMine = false): SelectQueryBuilder<MentoringSessionEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(MentoringSessionEntity, 's');
    if (onlyMine) qb.andWhere('s.mentor_id IN (SELECT id FROM mentors WHERE person_id = :personId)', { personId: viewer.personId });
    if (!(f?.includeDeleted && isStaff(viewer))) qb.andWhere('s.deleted_at IS NULL');
    if (f?.cohortId) qb.andWhere('s.cohort_id = :cohortId', { cohortId: f.cohortId });
    if (f?.ventureId) qb.andWhere('s.venture_id = :ventureId', { ventureId: f.ventureId });
    if (f?.mentorId) qb.andWhere('s.mentor_id = :mentorId', { mentorId: f.mentorId });
    if (f?.from) qb.andWhere('s.held_at >= :from', { from: f.from });
    if (f?.to) qb.andWhere('s.held_at < :to', { to: f.to });
    if (f?.topic) qb.andWhere('EXISTS (SELECT 1 FROM unnest(s.topics) t WHERE lower(t) = lower(:topic))', { topic: f.topic });
    return qb;
  }

  findByVentureIds(ventureIds: readonly string[], perKey?: number): Promise<MentoringSessionEntity[]> {
    return findByAny(
      this.dataSource.manager,
      MentoringSessionEntity,
      'ventureId',
      ventureIds,
      ['heldAt DESC', 'id'],
      'deleted_at IS NULL',
      perKey,
    );
  }

  findFollowUps(sessionIds: readonly string[], perKey?: number): Promise<FollowUpActionEntity[]> {
    return findByAny(this.dataSource.manager, FollowUpActionEntity, 'sessionId', sessionIds, ['createdAt', 'id'], undefined, perKey);
  }

  findRevisions(sessionIds: readonly string[], perKey?: number): Promise<MentoringSessionRevisionEntity[]> {
    return findByAny(this.dataSource.manager, MentoringSessionRevisionEntity, 'sessionId', sessionIds, ['version'], undefined, perKey);
  }

  /** Live sessions per venture, counted in SQL. */
  countByVenture(ventureIds: readonly string[]): Promise<{ ventureId: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT venture_id AS "ventureId", count(*)::int AS n FROM mentoring_sessions
        WHERE venture_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY venture_id`,
      [ventureIds],
    );
  }

  /** Sessions, minutes, ventures mentored and the latest session per cohort: one GROUP BY. */
  summarizeByCohort(cohortIds: readonly string[]): Promise<MentoringSummaryRow[]> {
    return this.dataSource.query(
      `SELECT cohort_id AS "cohortId", count(*)::int AS "sessionCount", coalesce(sum(duration_minutes), 0)::int AS "totalMinutes",
              count(DISTINCT venture_id)::int AS "ventureCount", max(held_at) AS "lastHeldAt"
         FROM mentoring_sessions
        WHERE cohort_id = ANY($1::uuid[]) AND deleted_at IS NULL
        GROUP BY cohort_id`,
      [cohortIds],
    );
  }

  /** The signed-in mentor's follow-ups not done yet, soonest due first. */
  findMyOpenFollowUps(viewer: Viewer): Promise<FollowUpActionEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(FollowUpActionEntity, 'f')
      .innerJoin(MentoringSessionEntity, 's', 's.id = f.session_id AND s.deleted_at IS NULL')
      .innerJoin(MentorEntity, 'm', 'm.id = s.mentor_id')
      .where('m.person_id = :personId AND NOT f.done', { personId: viewer.personId })
      .orderBy('f.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('f.id')
      .getMany();
  }

  listTopics(): Promise<MentoringTopicEntity[]> {
    return this.dataSource.manager.find(MentoringTopicEntity, { order: { name: 'ASC' } });
  }

  private async canSee(viewer: Viewer, session: MentoringSessionEntity): Promise<boolean> {
    if (hasAnyRole(viewer, [Role.STAFF, Role.ANALYST])) return true;
    return this.dataSource.manager.existsBy(MentorEntity, { id: session.mentorId, personId: viewer.personId });
  }
}
