import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource } from 'typeorm';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import { findByAny, type GetOptions, getOrThrow, msColumn } from '../common/persistence.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import {
  EnrollmentOrderField,
  type EnrollmentsArgs,
  type EnrollmentTransitionInput,
  type EnrollVentureInput,
} from './dto/enrollment.inputs.js';
import { ALLOWED_TRANSITIONS, EnrollmentStatus } from './enrollment-status.enum.js';
import { EnrollmentEntity, EnrollmentEventEntity } from './enrollment.entity.js';

const SORTS: Record<EnrollmentOrderField, Omit<SortSpec<EnrollmentEntity>, 'direction'>> = {
  STATUS_ON: { column: 'e.status_on', value: (e) => e.statusOn },
  CREATED_AT: { column: msColumn('e.created_at'), value: (e) => e.createdAt },
};

const TRANSITION_OPERATIONS: Record<EnrollmentStatus, string> = {
  APPLIED: 'enrollVenture',
  ADMITTED: 'admitVenture',
  ACTIVE: 'startProgram',
  GRADUATED: 'graduateVenture',
  WITHDRAWN: 'withdrawVenture',
};

@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cohorts: CohortsService,
    private readonly ventures: VenturesService,
    private readonly calendar: ProgramCalendar,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<EnrollmentEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, EnrollmentEntity, 'Enrollment', id, options);
  }

  findByIds(ids: readonly string[]): Promise<EnrollmentEntity[]> {
    return findByAny(this.dataSource.manager, EnrollmentEntity, 'id', ids);
  }

  findByCohortIds(cohortIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return findByAny(this.dataSource.manager, EnrollmentEntity, 'cohortId', cohortIds, ['createdAt', 'id']);
  }

  findByVentureIds(ventureIds: readonly string[]): Promise<EnrollmentEntity[]> {
    return findByAny(this.dataSource.manager, EnrollmentEntity, 'ventureId', ventureIds, ['createdAt', 'id']);
  }

  findEvents(enrollmentIds: readonly string[]): Promise<EnrollmentEventEntity[]> {
    return findByAny(this.dataSource.manager, EnrollmentEventEntity, 'enrollmentId', enrollmentIds, ['occurredOn', 'recordedAt']);
  }

  /** First graduation date per venture (ventures that never graduated are absent). */
  findGraduationDates(ventureIds: readonly string[]): Promise<{ ventureId: string; graduatedOn: string }[]> {
    return this.dataSource.query(
      // GRADUATED is final, so a graduated enrollment's status date is its graduation day.
      `SELECT e.venture_id AS "ventureId", min(e.status_on) AS "graduatedOn"
         FROM enrollments e
        WHERE e.venture_id = ANY($1::uuid[]) AND e.status = 'GRADUATED'
        GROUP BY e.venture_id`,
      [ventureIds],
    );
  }

  list(args: EnrollmentsArgs): Promise<Connection<EnrollmentEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(EnrollmentEntity, 'e');
    const f = args.filter;
    if (f?.cohortId) qb.andWhere('e.cohort_id = :cohortId', { cohortId: f.cohortId });
    if (f?.ventureId) qb.andWhere('e.venture_id = :ventureId', { ventureId: f.ventureId });
    if (f?.statuses?.length) qb.andWhere('e.status IN (:...statuses)', { statuses: f.statuses });
    const order = args.orderBy ?? { field: EnrollmentOrderField.STATUS_ON, direction: SortDirection.DESC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  /** Records an application (or an admission) of a venture to a cohort; one per venture and cohort. */
  enroll(input: EnrollVentureInput, actor: Viewer): Promise<EnrollmentEntity> {
    return this.audit.transaction(actor, 'enrollVenture', async (manager) => {
      await this.cohorts.getById(input.cohortId, { manager, field: 'input.cohortId' });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(manager, { cohortId: input.cohortId }));
      await this.ventures.getById(input.ventureId, { manager, field: 'input.ventureId' });
      const existing = await manager.findOneBy(EnrollmentEntity, { cohortId: input.cohortId, ventureId: input.ventureId });
      if (existing) {
        throw new ConflictError('The venture is already enrolled in this cohort', { field: 'input.ventureId', enrollmentId: existing.id });
      }
      const enrollment = await manager.save(
        manager.create(EnrollmentEntity, {
          cohortId: input.cohortId,
          ventureId: input.ventureId,
          status: input.status,
          statusOn: input.on,
        }),
      );
      await manager.insert(EnrollmentEventEntity, {
        enrollmentId: enrollment.id,
        fromStatus: null,
        toStatus: input.status,
        occurredOn: input.on,
        note: input.note ?? null,
        recordedBy: actor.email,
      });
      return enrollment;
    });
  }

  /**
   * Moves an enrollment to `to` if ALLOWED_TRANSITIONS permits it, appending the dated
   * event. The row lock serialises concurrent changes of one enrollment.
   */
  transition(input: EnrollmentTransitionInput, to: EnrollmentStatus, actor: Viewer): Promise<EnrollmentEntity> {
    return this.audit.transaction(actor, TRANSITION_OPERATIONS[to], async (manager, entry) => {
      const enrollment = await this.getById(input.enrollmentId, { manager, field: 'input.enrollmentId', lock: true });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(manager, { cohortId: enrollment.cohortId }));
      entry.track(enrollment);
      const from = enrollment.status;
      if (!ALLOWED_TRANSITIONS[from].includes(to)) {
        throw new ConflictError(`Cannot change an enrollment from ${from} to ${to}`, {
          field: 'input.enrollmentId',
          status: from,
        });
      }
      if (input.on < enrollment.statusOn) {
        throw new ValidationError({ field: 'input.on', message: `must not be before the previous change (${enrollment.statusOn})` });
      }
      if (to === EnrollmentStatus.ACTIVE || to === EnrollmentStatus.GRADUATED) {
        const cohort = await this.cohorts.getById(enrollment.cohortId, { manager });
        if (cohort.startsOn && input.on < cohort.startsOn) {
          throw new ValidationError({ field: 'input.on', message: `must not be before the cohort starts (${cohort.startsOn})` });
        }
      }
      enrollment.status = to;
      enrollment.statusOn = input.on;
      await manager.save(enrollment);
      await manager.insert(EnrollmentEventEntity, {
        enrollmentId: enrollment.id,
        fromStatus: from,
        toStatus: to,
        occurredOn: input.on,
        note: input.note ?? null,
        recordedBy: actor.email,
      });
      return enrollment;
    });
  }
}
