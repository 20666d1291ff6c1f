import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource, type EntityManager } from 'typeorm';
import { ValidationError } from '../common/errors/domain-errors.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import type { Connection } from '../common/pagination/connection.types.js';
import { assignDefined, findByAny, type GetOptions, containsPattern, getOrThrow, msColumn, advanceVersion } from '../common/persistence.js';
import { OrganizationEntity } from './organization.entity.js';
import {
  type CreateOrganizationInput,
  OrganizationOrderField,
  type OrganizationsArgs,
  type UpdateOrganizationInput,
} from './dto/organization.inputs.js';
import { SortDirection } from '../common/pagination/connection.types.js';

const SORTS: Record<OrganizationOrderField, Omit<SortSpec<OrganizationEntity>, 'direction'>> = {
  NAME: { column: 'o.name', value: (o) => o.name },
  CREATED_AT: { column: msColumn('o.created_at'), value: (o) => o.createdAt },
};

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<OrganizationEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, OrganizationEntity, 'Organization', id, options);
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return findByAny(this.dataSource.manager, OrganizationEntity, 'id', ids);
  }

  findChildren(parentIds: readonly string[]): Promise<OrganizationEntity[]> {
    return findByAny(this.dataSource.manager, OrganizationEntity, 'parentId', parentIds, ['name', 'id']);
  }

  list(args: OrganizationsArgs): Promise<Connection<OrganizationEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(OrganizationEntity, 'o');
    const f = args.filter;
    if (f?.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: f.kinds });
    if (f?.parentId) qb.andWhere('o.parent_id = :parentId', { parentId: f.parentId });
    if (f?.topLevel !== undefined && f.topLevel !== null) qb.andWhere(f.topLevel ? 'o.parent_id IS NULL' : 'o.parent_id IS NOT NULL');
    if (f?.search) qb.andWhere('o.name ILIKE :search', { search: containsPattern(f.search) });
    const order = args.orderBy ?? { field: OrganizationOrderField.NAME, direction: SortDirection.ASC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  create(input: CreateOrganizationInput, actor: Viewer): Promise<OrganizationEntity> {
    return this.audit.transaction(actor, 'createOrganization', async (manager) => {
      if (input.parentId) await this.assertParent(manager, input.parentId, undefined);
      return manager.save(manager.create(OrganizationEntity, { ...input, parentId: input.parentId ?? null }));
    });
  }

  update(input: UpdateOrganizationInput, actor: Viewer): Promise<OrganizationEntity> {
    return this.audit.transaction(actor, 'updateOrganization', async (manager, entry) => {
      const org = await this.getById(input.id, { manager, field: 'input.id', lock: true });
      entry.track(org);
      advanceVersion(org, input.version);
      if (input.parentId) await this.assertParent(manager, input.parentId, org.id);
      const { id: _id, version: _version, ...patch } = input;
      return manager.save(assignDefined(org, patch));
    });
  }

  /** Refused with CONFLICT while children, programs, ventures or people refer to it. */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteOrganization', async (manager) => {
      const org = await this.getById(id, { manager, field: 'input.id', lock: true });
      await manager.delete(OrganizationEntity, { id: org.id });
      return org.id;
    });
  }

  /** The parent must exist and must not be the organization itself or one of its descendants. */
  private async assertParent(manager: EntityManager, parentId: string, selfId: string | undefined): Promise<void> {
    await this.getById(parentId, { manager, field: 'input.parentId' });
    if (!selfId) return;
    const [{ cycle }] = await manager.query<{ cycle: boolean }[]>(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM organizations WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id FROM organizations o JOIN up ON o.id = up.parent_id
       ) CYCLE id SET is_cycle USING path
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
      [parentId, selfId],
    );
    if (cycle) throw new ValidationError({ field: 'input.parentId', message: 'would make the organization its own ancestor' });
  }
}
