import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { EnrollmentStatus } from './enrollment-status.enum.js';
import type { EnrollmentEntity, EnrollmentEventEntity } from './enrollment.entity.js';
import { EnrollmentsService } from './enrollments.service.js';

@Injectable()
export class EnrollmentsLoaders {
  constructor(private readonly enrollments: EnrollmentsService) {}

  readonly byId = new LoaderDefinition<string, EnrollmentEntity | null>(
    async (ids) => oneByKey(ids, await this.enrollments.findByIds(ids), (e) => e.id),
    { rows: 'Enrollment' satisfies RowKind },
  );

  /** A page of each cohort's enrollments, all or in one status. */
  readonly byCohortId = pagedLoader<EnrollmentEntity, EnrollmentStatus | null>(
    (ids, first, status) => this.enrollments.findByCohortIds(ids, first, status),
    (e) => e.cohortId,
    { rows: 'Enrollment' satisfies RowKind },
  );

  readonly byVentureId = pagedLoader(
    (ids, first) => this.enrollments.findByVentureIds(ids, first),
    (e) => e.ventureId,
    { rows: 'Enrollment' satisfies RowKind },
  );

  readonly eventsByEnrollmentId = new LoaderDefinition<string, EnrollmentEventEntity[]>(
    async (ids) => manyByKey(ids, await this.enrollments.findEvents(ids), (e) => e.enrollmentId),
    { rows: 'EnrollmentEvent' satisfies RowKind },
  );

  readonly graduatedOnByVentureId = new LoaderDefinition<string, string | null>(async (ids) =>
    oneByKey(ids, await this.enrollments.findGraduationDates(ids), (r) => r.ventureId).map((r) => r?.graduatedOn ?? null),
  );
}
