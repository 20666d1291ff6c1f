import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { ValidationError } from '../common/errors/domain-errors.js';
import { advanceVersion, isUuid } from '../common/persistence.js';
import { PersonEntity } from '../people/person.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import type { MergeInput } from './dto/merge.inputs.js';
import { type MergeReference, PERSON_REFERENCES, VENTURE_REFERENCES } from './merge-references.js';

interface Mergeable {
  id: string;
  version: number;
  mergedIntoId: string | null;
}

/** One kind of row a merge joins: its table, what the survivor may take over, what refers to it. */
interface MergeKind<T extends Mergeable> {
  entity: EntityTarget<T>;
  label: string;
  operation: string;
  /** Columns the survivor takes from the merged row when its own is empty (null, or an empty list). */
  fill: readonly (keyof T & string)[];
  /** Unique keys (the school's reference) the survivor takes over when its own is empty: cleared on the merged row, so one row holds each. */
  take: readonly (keyof T & string)[];
  references: readonly MergeReference[];
}

const PEOPLE: MergeKind<PersonEntity> = {
  entity: PersonEntity,
  label: 'person',
  operation: 'mergePeople',
  fill: ['nameKana', 'nameLatin', 'email', 'phone'],
  take: ['reference'],
  references: PERSON_REFERENCES,
};

const VENTURES: MergeKind<VentureEntity> = {
  entity: VentureEntity,
  label: 'venture',
  operation: 'mergeVentures',
  fill: ['description', 'sector', 'foundedOn', 'originOrganizationId', 'website', 'sdgs'],
  take: ['reference'],
  references: VENTURE_REFERENCES,
};

/** What one reference gave the survivor: rows moved, and rows folded into the survivor's own. */
export interface MergeMove {
  reference: string;
  moved: number;
  folded: number;
}

export interface MergeResult<T> {
  survivor: T;
  merged: T;
  moves: MergeMove[];
}

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * mergePeople / mergeVentures: one transaction that locks both rows (in id order), checks their
 * versions, marks the merged row `merged_into_id`, moves every reference (merge-references.ts),
 * fills the survivor's empty fields and appends one audit entry with both ids and the counts.
 */
@Injectable()
export class MergesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  mergePeople(input: MergeInput, actor: Viewer): Promise<MergeResult<PersonEntity>> {
    return this.merge(PEOPLE, input, actor);
  }

  mergeVentures(input: MergeInput, actor: Viewer): Promise<MergeResult<VentureEntity>> {
    return this.merge(VENTURES, input, actor);
  }

  private merge<T extends Mergeable>(kind: MergeKind<T>, input: MergeInput, actor: Viewer): Promise<MergeResult<T>> {
    if (input.survivorId === input.mergedId) {
      throw new ValidationError({
        field: 'input.mergedId',
        message: `must differ from survivorId: a ${kind.label} is not merged into itself`,
      });
    }
    return this.audit.transaction(actor, kind.operation, async (manager, entry) => {
      const { survivor, merged } = await this.lockBoth(manager, kind, input);
      entry.track(survivor);
      advanceVersion(survivor, input.survivorVersion, 'input.survivorVersion');
      advanceVersion(merged, input.mergedVersion, 'input.mergedVersion');
      // The merged row first: it leaves the unique email index, so the survivor may take its email.
      merged.mergedIntoId = survivor.id;
      const taken = kind.take.filter((field) => isEmpty(survivor[field]) && !isEmpty(merged[field]));
      const takenValues = taken.map((field) => [field, merged[field]] as const);
      for (const field of taken) merged[field] = null as never;
      await manager.save(kind.entity, merged as never);
      const moves: MergeMove[] = [];
      for (const reference of kind.references) {
        const counts = await reference.merge(manager, [survivor.id, merged.id]);
        if (counts.moved || counts.folded) moves.push({ reference: `${reference.table}.${reference.column}`, ...counts });
      }
      const filled = kind.fill.filter((field) => isEmpty(survivor[field]) && !isEmpty(merged[field]));
      for (const field of filled) survivor[field] = merged[field];
      for (const [field, value] of takenValues) survivor[field] = value;
      await manager.save(kind.entity, survivor as never);
      entry.entityIds(survivor.id, merged.id);
      entry.details({
        survivorId: survivor.id,
        mergedId: merged.id,
        moved: Object.fromEntries(moves.map((m) => [m.reference, m.moved])),
        folded: Object.fromEntries(moves.filter((m) => m.folded).map((m) => [m.reference, m.folded])),
        filled: [...filled, ...taken],
      });
      return { survivor, merged, moves };
    });
  }

  /** Both rows, locked in id order (two merges of the same pair cannot deadlock); BAD_USER_INPUT names the field. */
  private async lockBoth<T extends Mergeable>(manager: EntityManager, kind: MergeKind<T>, input: MergeInput) {
    const ids = [input.survivorId, input.mergedId].filter(isUuid).sort();
    const rows = ids.length
      ? await manager
          .createQueryBuilder(kind.entity, 'r')
          .where('r.id IN (:...ids)', { ids })
          .orderBy('r.id')
          .setLock('pessimistic_write')
          .getMany()
      : [];
    const pick = (id: string, field: string): T => {
      const row = rows.find((r) => r.id === id);
      if (!row) throw new ValidationError({ field, message: `no ${kind.label} has id ${id}` });
      if (row.mergedIntoId) {
        throw new ValidationError({ field, message: `${id} was already merged into ${row.mergedIntoId}; merge into or from that one` });
      }
      return row;
    };
    return { survivor: pick(input.survivorId, 'input.survivorId'), merged: pick(input.mergedId, 'input.mergedId') };
  }
}
