import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Connection } from '../common/pagination/connection.types.js';
import { SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { type AuditActor, AuditDraft, type AuditedWork } from './audited-work.js';
import type { AuditLogArgs } from './dto/audit.inputs.js';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs a mutation as one unit of work: `work` writes through the manager, and its audit entry
   * is appended in the same transaction, so both commit or neither. The entry names the result's
   * id unless the work says otherwise through `entry` (entityIds, details, skip).
   */
  transaction<T>(actor: AuditActor, operation: string, work: AuditedWork<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.within(manager, actor, operation, work));
  }

  /** The same unit of work inside the caller's transaction (a mutation that is part of a larger one). */
  async within<T>(manager: EntityManager, actor: AuditActor, operation: string, work: AuditedWork<T>): Promise<T> {
    const entry = new AuditDraft((row) => columnsOf(manager, row));
    const result = await work(manager, entry);
    const settled = AuditDraft.settle(entry, result);
    if (settled) {
      await manager.insert(AuditEntryEntity, {
        actorUserId: actor?.userId ?? null,
        actorEmail: actor?.email ?? null,
        operation,
        entityIds: settled.entityIds,
        details: settled.details as never,
      });
    }
    return result;
  }

  list(args: AuditLogArgs): Promise<Connection<AuditEntryEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(AuditEntryEntity, 'a');
    const f = args.filter;
    if (f?.actorUserId) qb.andWhere('a.actor_user_id = :actor', { actor: f.actorUserId });
    if (f?.operations?.length) qb.andWhere('a.operation IN (:...operations)', { operations: f.operations });
    if (f?.entityId) qb.andWhere('a.entity_ids @> ARRAY[:entityId]::text[]', { entityId: f.entityId });
    if (f?.from) qb.andWhere('a.at >= :from', { from: f.from });
    if (f?.to) qb.andWhere('a.at < :to', { to: f.to });
    return paginate(qb, { column: 'a.seq', value: (a) => a.seq, direction: SortDirection.DESC }, args);
  }
}

/** The columns an update can change, for a row TypeORM maps (generated, key and date-stamp columns left out). */
function columnsOf(manager: EntityManager, row: object): string[] | undefined {
  if (!manager.connection.hasMetadata(row.constructor)) return undefined;
  return manager.connection
    .getMetadata(row.constructor)
    .columns.filter((c) => !c.isPrimary && !c.isCreateDate && !c.isUpdateDate && !c.isVersion && !c.generatedType && c.isSelect)
    .map((c) => c.propertyName);
}
