import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource, type EntityManager } from 'typeorm';
import { fiscalYearBounds, fiscalYearOf } from '../common/dates.js';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import { assignDefined, findByAny, type GetOptions, getOrThrow, msColumn, advanceVersion } from '../common/persistence.js';
import { ProgramsService } from '../programs/programs.service.js';
import { CohortEntity } from './cohort.entity.js';
import { CohortOrderField, type CohortsArgs, type CreateCohortInput, type UpdateCohortInput } from './dto/cohort.inputs.js';

const SORTS: Record<CohortOrderField, Omit<SortSpec<CohortEntity>, 'direction'>> = {
  YEAR: { column: 'c.year', value: (c) => c.year },
  NAME: { column: 'c.name', value: (c) => c.name },
  CREATED_AT: { column: msColumn('c.created_at'), value: (c) => c.createdAt },
};

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly programs: ProgramsService,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<CohortEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, CohortEntity, 'Cohort', id, options);
  }

  findByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return findByAny(this.dataSource.manager, CohortEntity, 'id', ids);
  }

  findByProgramIds(programIds: readonly string[]): Promise<CohortEntity[]> {
    return findByAny(this.dataSource.manager, CohortEntity, 'programId', programIds, ['year', 'id']);
  }

  list(args: CohortsArgs): Promise<Connection<CohortEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(CohortEntity, 'c');
    const f = args.filter;
    if (f?.programId) qb.andWhere('c.program_id = :programId', { programId: f.programId });
    if (f?.yearFrom != null) qb.andWhere('c.year >= :yearFrom', { yearFrom: f.yearFrom });
    if (f?.yearTo != null) qb.andWhere('c.year <= :yearTo', { yearTo: f.yearTo });
    if (f?.statuses?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: f.statuses });
    const order = args.orderBy ?? { field: CohortOrderField.YEAR, direction: SortDirection.DESC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  create(input: CreateCohortInput, actor: Viewer): Promise<CohortEntity> {
    return this.audit.transaction(actor, 'createCohort', async (manager) => {
      const program = await this.programs.getById(input.programId, { manager, field: 'input.programId' });
      const startsOn = input.startsOn ?? null;
      // The fiscal year follows from the start date; without one it must be stated.
      const year = input.year ?? (startsOn ? fiscalYearOf(startsOn, program.fiscalYearStartMonth) : undefined);
      if (year === undefined) throw new ValidationError({ field: 'input.year', message: 'is required when startsOn is not given' });
      const cohort = manager.create(CohortEntity, { ...input, year, startsOn, endsOn: input.endsOn ?? null });
      this.assertFiscalYear(cohort, program.fiscalYearStartMonth, 'input.year');
      await this.assertValid(manager, cohort);
      return manager.save(cohort);
    });
  }

  update(input: UpdateCohortInput, actor: Viewer): Promise<CohortEntity> {
    return this.audit.transaction(actor, 'updateCohort', async (manager, entry) => {
      const cohort = await this.getById(input.id, { manager, field: 'input.id', lock: true });
      entry.track(cohort);
      advanceVersion(cohort, input.version);
      const { id: _id, version: _version, ...patch } = input;
      assignDefined(cohort, patch);
      if (patch.year !== undefined || patch.startsOn) {
        const program = await this.programs.getById(cohort.programId, { manager });
        this.assertFiscalYear(cohort, program.fiscalYearStartMonth, patch.year !== undefined ? 'input.year' : 'input.startsOn');
      }
      await this.assertValid(manager, cohort);
      return manager.save(cohort);
    });
  }

  /** Refused with CONFLICT while ventures are enrolled in the cohort. */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteCohort', async (manager) => {
      const cohort = await this.getById(id, { manager, field: 'input.id', lock: true });
      await manager.delete(CohortEntity, { id: cohort.id });
      return cohort.id;
    });
  }

  /** A cohort's year is the fiscal year its start date falls in (in its program's fiscal calendar). */
  private assertFiscalYear(cohort: CohortEntity, startMonth: number, field: string): void {
    if (!cohort.startsOn) return;
    const fiscalYear = fiscalYearOf(cohort.startsOn, startMonth);
    if (fiscalYear === cohort.year) return;
    const { from, to } = fiscalYearBounds(fiscalYear, startMonth);
    const span = `fiscal year ${fiscalYear} (${from} to ${to})`;
    throw new ValidationError({
      field,
      message:
        field === 'input.startsOn'
          ? `${cohort.startsOn} falls in ${span}, not in the cohort's year ${cohort.year}`
          : `must be ${fiscalYear}: startsOn ${cohort.startsOn} falls in ${span}`,
    });
  }

  private async assertValid(manager: EntityManager, cohort: CohortEntity): Promise<void> {
    if (cohort.startsOn && cohort.endsOn && cohort.endsOn < cohort.startsOn) {
      throw new ValidationError({ field: 'input.endsOn', message: 'must not be before startsOn' });
    }
    const clash = await manager
      .createQueryBuilder(CohortEntity, 'c')
      .where('c.program_id = :programId AND c.year = :year', { programId: cohort.programId, year: cohort.year })
      .andWhere(cohort.id ? 'c.id <> :id' : 'TRUE', { id: cohort.id })
      .getExists();
    if (clash) {
      throw new ConflictError(`The program already has a cohort for ${cohort.year}`, { field: 'input.year' });
    }
  }
}
