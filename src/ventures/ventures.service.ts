import { Injectable } from '@nestjs/common';
import { normalizeSdgs } from '../common/graphql/sdg.enum.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource, type EntityManager } from 'typeorm';
import { ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import {
  assertReferenceFree,
  assignDefined,
  findByAny,
  type GetOptions,
  getOrThrow,
  refuseMerged,
  isUuid,
  msColumn,
  rowToEntity,
  advanceVersion,
} from '../common/persistence.js';
import { searchKeyPattern } from '../common/search-key.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import {
  type CreateVentureInput,
  type FounderInput,
  type UpdateVentureInput,
  VentureOrderField,
  type VenturesArgs,
} from './dto/venture.inputs.js';
import { VentureEntity, VentureFounderEntity } from './venture.entity.js';

const SORTS: Record<VentureOrderField, Omit<SortSpec<VentureEntity>, 'direction'>> = {
  NAME: { column: 'v.name', value: (v) => v.name },
  CREATED_AT: { column: msColumn('v.created_at'), value: (v) => v.createdAt },
};

@Injectable()
export class VenturesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
  ) {}

  /** With `field` (an id given to a write), a merged venture is refused: the write should name the survivor. */
  async getById(id: string, options: GetOptions = {}): Promise<VentureEntity> {
    const venture = await getOrThrow(options.manager ?? this.dataSource.manager, VentureEntity, 'Venture', id, options);
    if (options.field) refuseMerged(venture, options.field);
    return venture;
  }

  /** For loaders: a merged venture is not found (nothing refers to it any more); `venture(id)` still answers. */
  findByIds(ids: readonly string[]): Promise<VentureEntity[]> {
    return findByAny(this.dataSource.manager, VentureEntity, 'id', ids, [], 'merged_into_id IS NULL');
  }

  findFounders(ventureIds: readonly string[]): Promise<VentureFounderEntity[]> {
    return findByAny(this.dataSource.manager, VentureFounderEntity, 'ventureId', ventureIds);
  }

  /** The ventures each person founded, one statement for all people: a row per founder, so co-founders each get theirs. */
  async findFoundedBy(personIds: readonly string[], perKey: number): Promise<(VentureEntity & { founderId: string })[]> {
    const rows: (Record<string, unknown> & { founder_id: string })[] = await this.dataSource.query(
      `SELECT * FROM (SELECT v.*, f.person_id AS founder_id, row_number() OVER (PARTITION BY f.person_id ORDER BY v.name, v.id) AS page_row
                        FROM ventures v JOIN venture_founders f ON f.venture_id = v.id WHERE f.person_id = ANY($1::uuid[])) v
        WHERE page_row <= $2 ORDER BY name, id`,
      [personIds.filter(isUuid), perKey],
    );
    return rows.map((row) => Object.assign(rowToEntity(this.dataSource.manager, VentureEntity, row), { founderId: row.founder_id }));
  }

  list(args: VenturesArgs): Promise<Connection<VentureEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(VentureEntity, 'v').where('v.merged_into_id IS NULL');
    const f = args.filter;
    if (f?.cohortId) {
      qb.andWhere('EXISTS (SELECT 1 FROM enrollments e WHERE e.venture_id = v.id AND e.cohort_id = :cohortId)', { cohortId: f.cohortId });
    }
    if (f?.sector) qb.andWhere('lower(v.sector) = lower(:sector)', { sector: f.sector });
    if (f?.sdgs?.length) qb.andWhere('v.sdgs && :sdgs::smallint[]', { sdgs: f.sdgs });
    if (f?.graduated != null) {
      qb.andWhere(`${f.graduated ? '' : 'NOT '}EXISTS (SELECT 1 FROM enrollments e WHERE e.venture_id = v.id AND e.status = 'GRADUATED')`);
    }
    if (f?.search) {
      // The venture's name, or a founder's name, reading or Latin spelling.
      const pattern = searchKeyPattern('search');
      qb.andWhere(
        `(v.search_key LIKE ${pattern} OR EXISTS (SELECT 1 FROM venture_founders vf JOIN people fp ON fp.id = vf.person_id
           WHERE vf.venture_id = v.id AND fp.search_key LIKE ${pattern}))`,
        { search: f.search },
      );
    }
    const order = args.orderBy ?? { field: VentureOrderField.NAME, direction: SortDirection.ASC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  /** Sectors in use with their venture counts, case variants together, most used first (one GROUP BY). */
  sectorCounts(): Promise<{ sector: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT mode() WITHIN GROUP (ORDER BY sector) AS sector, count(*)::int AS count
         FROM ventures WHERE sector IS NOT NULL AND merged_into_id IS NULL
        GROUP BY lower(sector) ORDER BY count(*) DESC, lower(sector)`,
    );
  }

  create(input: CreateVentureInput, actor: Viewer): Promise<VentureEntity> {
    return this.audit.transaction(actor, 'createVenture', async (manager) => {
      const { founders, ...fields } = input;
      if (fields.originOrganizationId) {
        await this.organizations.getById(fields.originOrganizationId, { manager, field: 'input.originOrganizationId' });
      }
      await assertReferenceFree(manager, VentureEntity, fields.reference);
      const venture = await manager.save(
        manager.create(VentureEntity, {
          ...fields,
          reference: fields.reference ?? null,
          sdgs: normalizeSdgs(fields.sdgs ?? []),
          originOrganizationId: fields.originOrganizationId ?? null,
        }),
      );
      await this.replaceFounders(manager, venture.id, founders ?? []);
      return venture;
    });
  }

  update(input: UpdateVentureInput, actor: Viewer): Promise<VentureEntity> {
    return this.audit.transaction(actor, 'updateVenture', async (manager, entry) => {
      const venture = await this.getById(input.id, { manager, field: 'input.id', lock: true });
      entry.track(venture);
      advanceVersion(venture, input.version);
      if (input.originOrganizationId) {
        await this.organizations.getById(input.originOrganizationId, { manager, field: 'input.originOrganizationId' });
      }
      await assertReferenceFree(manager, VentureEntity, input.reference, venture.id);
      const { id: _id, version: _version, founders, ...patch } = input;
      if (founders) entry.replaced('founders', await this.replaceFounders(manager, venture.id, founders));
      if (patch.sdgs) patch.sdgs = normalizeSdgs(patch.sdgs);
      return manager.save(assignDefined(venture, patch));
    });
  }

  /** Refused with CONFLICT while the venture is enrolled somewhere. */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteVenture', async (manager) => {
      const venture = await this.getById(id, { manager, field: 'input.id', lock: true });
      await manager.delete(VentureEntity, { id: venture.id });
      return venture.id;
    });
  }

  /** Returns the founders before and after (for the audit entry). */
  private async replaceFounders(manager: EntityManager, ventureId: string, founders: FounderInput[]) {
    const ids = founders.map((f) => f.personId);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0) throw new ValidationError({ field: `input.founders.${duplicate}.personId`, message: 'is listed twice' });
    for (const [i, id] of ids.entries()) await this.people.getById(id, { manager, field: `input.founders.${i}.personId` });
    const old = (await manager.findBy(VentureFounderEntity, { ventureId })).map((f) => ({ personId: f.personId, role: f.role }));
    await manager.delete(VentureFounderEntity, { ventureId });
    const rows = founders.map((f) => ({ personId: f.personId, role: f.role ?? null }));
    if (rows.length)
      await manager.insert(
        VentureFounderEntity,
        rows.map((f) => ({ ventureId, ...f })),
      );
    return { old, new: rows };
  }
}
