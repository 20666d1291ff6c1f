import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import { assignDefined, containsPattern, findByAny, type GetOptions, getOrThrow, msColumn, advanceVersion } from '../common/persistence.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  type CreateProgramInput,
  ProgramOrderField,
  type ProgramPartnerInput,
  type ProgramsArgs,
  type UpdateProgramInput,
} from './dto/program.inputs.js';
import { ProgramEntity, ProgramPartnerEntity } from './program.entity.js';

const SORTS: Record<ProgramOrderField, Omit<SortSpec<ProgramEntity>, 'direction'>> = {
  NAME: { column: 'p.name', value: (p) => p.name },
  CREATED_AT: { column: msColumn('p.created_at'), value: (p) => p.createdAt },
};

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<ProgramEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, ProgramEntity, 'Program', id, options);
  }

  findByIds(ids: readonly string[]): Promise<ProgramEntity[]> {
    return findByAny(this.dataSource.manager, ProgramEntity, 'id', ids);
  }

  findPartners(programIds: readonly string[]): Promise<ProgramPartnerEntity[]> {
    return findByAny(this.dataSource.manager, ProgramPartnerEntity, 'programId', programIds);
  }

  list(args: ProgramsArgs): Promise<Connection<ProgramEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(ProgramEntity, 'p');
    const f = args.filter;
    if (f?.organizerId) qb.andWhere('p.organizer_id = :organizerId', { organizerId: f.organizerId });
    if (f?.organizationId) {
      qb.andWhere(
        `(p.organizer_id = :orgId OR EXISTS (SELECT 1 FROM program_partners pp WHERE pp.program_id = p.id AND pp.organization_id = :orgId))`,
        { orgId: f.organizationId },
      );
    }
    if (f?.search) qb.andWhere('p.name ILIKE :search', { search: containsPattern(f.search) });
    const order = args.orderBy ?? { field: ProgramOrderField.NAME, direction: SortDirection.ASC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  create(input: CreateProgramInput, actor: Viewer): Promise<ProgramEntity> {
    return this.audit.transaction(actor, 'createProgram', async (manager) => {
      await this.organizations.getById(input.organizerId, { manager, field: 'input.organizerId' });
      const { partners, ...fields } = input;
      const program = await manager.save(
        manager.create(ProgramEntity, {
          ...fields,
          timeZone: fields.timeZone ?? this.config.defaultCalendar.timeZone,
          fiscalYearStartMonth: fields.fiscalYearStartMonth ?? this.config.defaultCalendar.fiscalYearStartMonth,
        }),
      );
      await this.replacePartners(manager, program.id, partners ?? []);
      return program;
    });
  }

  update(input: UpdateProgramInput, actor: Viewer): Promise<ProgramEntity> {
    return this.audit.transaction(actor, 'updateProgram', async (manager, entry) => {
      const program = await this.getById(input.id, { manager, field: 'input.id', lock: true });
      entry.track(program);
      advanceVersion(program, input.version);
      if (input.organizerId) await this.organizations.getById(input.organizerId, { manager, field: 'input.organizerId' });
      const { id: _id, version: _version, partners, ...patch } = input;
      if (patch.fiscalYearStartMonth !== undefined && patch.fiscalYearStartMonth !== program.fiscalYearStartMonth)
        await this.assertCohortsKeepTheirYears(manager, program.id, patch.fiscalYearStartMonth);
      if (partners) entry.replaced('partners', await this.replacePartners(manager, program.id, partners));
      return manager.save(assignDefined(program, patch));
    });
  }

  /** Refused with CONFLICT while the program has cohorts. */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteProgram', async (manager) => {
      const program = await this.getById(id, { manager, field: 'input.id', lock: true });
      await manager.delete(ProgramEntity, { id: program.id });
      return program.id;
    });
  }

  /** A cohort's year is the fiscal year its start falls in: a new start month must not move any cohort to another year. */
  private async assertCohortsKeepTheirYears(manager: EntityManager, programId: string, startMonth: number): Promise<void> {
    const [moved] = await manager.query<{ name: string; year: number; startsOn: string; fiscalYear: number }[]>(
      `SELECT name, year, starts_on AS "startsOn", fiscal_year(starts_on, $2) AS "fiscalYear"
         FROM cohorts WHERE program_id = $1 AND starts_on IS NOT NULL AND fiscal_year(starts_on, $2) <> year
        ORDER BY year, id LIMIT 1`,
      [programId, startMonth],
    );
    if (moved) {
      throw new ConflictError(
        `With fiscal years from month ${startMonth}, the cohort "${moved.name}" (year ${moved.year}, starting ${moved.startsOn}) ` +
          `would fall in fiscal year ${moved.fiscalYear}; correct its year first`,
        { field: 'input.fiscalYearStartMonth' },
      );
    }
  }

  /** Returns the partners before and after (for the audit entry). */
  private async replacePartners(manager: EntityManager, programId: string, partners: ProgramPartnerInput[]) {
    const ids = partners.map((p) => p.organizationId);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0) throw new ValidationError({ field: `input.partners.${duplicate}.organizationId`, message: 'is listed twice' });
    for (const [i, id] of ids.entries()) await this.organizations.getById(id, { manager, field: `input.partners.${i}.organizationId` });
    const old = (await manager.findBy(ProgramPartnerEntity, { programId })).map((p) => ({
      organizationId: p.organizationId,
      role: p.role,
    }));
    await manager.delete(ProgramPartnerEntity, { programId });
    const rows = partners.map((p) => ({ organizationId: p.organizationId, role: p.role ?? null }));
    if (rows.length)
      await manager.insert(
        ProgramPartnerEntity,
        rows.map((p) => ({ programId, ...p })),
      );
    return { old, new: rows };
  }
}
