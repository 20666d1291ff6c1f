import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import type { Connection } from '../common/pagination/connection.types.js';
import { SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import type { AuditLogArgs } from './dto/audit.inputs.js';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs a mutation in one transaction and appends its audit entry in that same transaction:
   * both commit, or neither. The entry names the ids of the result (or those `ids` picks).
   */
  transaction<T>(
    actor: Viewer,
    operation: string,
    work: (manager: EntityManager) => Promise<T>,
    ids: (result: T) => string[] = defaultIds,
    details?: (result: T) => Record<string, unknown> | undefined,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const result = await work(manager);
      await this.record(manager, actor, operation, ids(result), details?.(result));
      return result;
    });
  }

  /** Appends an entry inside the caller's transaction. */
  async record(
    manager: EntityManager,
    actor: Pick<Viewer, 'userId' | 'email'> | null,
    operation: string,
    entityIds: string[],
    details?: Record<string, unknown>,
  ): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      operation,
      entityIds,
      details: (details ?? null) as never,
    });
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

function defaultIds(result: unknown): string[] {
  if (typeof result === 'string') return [result];
  const id = (result as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? [id] : [];
}
