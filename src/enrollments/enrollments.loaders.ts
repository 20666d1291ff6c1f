import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { EnrollmentEntity, EnrollmentEventEntity } from './enrollment.entity.js';
import { EnrollmentsService } from './enrollments.service.js';

@Injectable()
export class EnrollmentsLoaders {
  constructor(private readonly enrollments: EnrollmentsService) {}

  readonly byId = new LoaderDefinition<string, EnrollmentEntity | null>(
    async (ids) => oneByKey(ids, await this.enrollments.findByIds(ids), (e) => e.id),
    { rows: 'Enrollment' satisfies RowKind },
  );

  readonly byCohortId = new LoaderDefinition<string, EnrollmentEntity[]>(
    async (ids) => manyByKey(ids, await this.enrollments.findByCohortIds(ids), (e) => e.cohortId),
    { rows: 'Enrollment' satisfies RowKind },
  );

  readonly byVentureId = new LoaderDefinition<string, EnrollmentEntity[]>(
    async (ids) => manyByKey(ids, await this.enrollments.findByVentureIds(ids), (e) => e.ventureId),
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
