import { Injectable } from '@nestjs/common';
import { normalizeSdgs } from '../common/graphql/sdg.enum.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { assignDefined, findByAny, type GetOptions, getOrThrow, advanceVersion } from '../common/persistence.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import { CollaborationStage, STAGE_ORDER } from './collaboration.enum.js';
import { CollaborationContactEntity, CollaborationEntity, CollaborationStageChangeEntity } from './collaboration.entity.js';
import type {
  AddCollaborationContactInput,
  ChangeCollaborationStageInput,
  RemoveCollaborationContactInput,
  CollaborationsArgs,
  CreateCollaborationInput,
  UpdateCollaborationInput,
} from './dto/collaboration.inputs.js';

@Injectable()
export class CollaborationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly ventures: VenturesService,
    private readonly organizations: OrganizationsService,
    private readonly people: PeopleService,
    private readonly calendar: ProgramCalendar,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<CollaborationEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, CollaborationEntity, 'Collaboration', id, options);
  }

  findByIds(ids: readonly string[]): Promise<CollaborationEntity[]> {
    return findByAny(this.dataSource.manager, CollaborationEntity, 'id', ids);
  }

  findContacts(ids: readonly string[], perKey?: number): Promise<CollaborationContactEntity[]> {
    return findByAny(
      this.dataSource.manager,
      CollaborationContactEntity,
      'collaborationId',
      ids,
      ['side DESC', 'createdAt'],
      undefined,
      perKey,
    );
  }

  findByVentureIds(ids: readonly string[], perKey?: number): Promise<CollaborationEntity[]> {
    return findByAny(this.dataSource.manager, CollaborationEntity, 'ventureId', ids, ['startedOn', 'id'], undefined, perKey);
  }

  findByOrganizationIds(ids: readonly string[], perKey?: number): Promise<CollaborationEntity[]> {
    return findByAny(this.dataSource.manager, CollaborationEntity, 'organizationId', ids, ['startedOn', 'id'], undefined, perKey);
  }

  findStageChanges(ids: readonly string[]): Promise<CollaborationStageChangeEntity[]> {
    return findByAny(this.dataSource.manager, CollaborationStageChangeEntity, 'collaborationId', ids, ['changedOn', 'recordedAt']);
  }

  list(args: CollaborationsArgs): Promise<Connection<CollaborationEntity>> {
    const qb = this.listQuery(args.filter);
    return paginate(qb, { column: 'c.started_on', value: (c) => c.startedOn, direction: SortDirection.DESC }, args);
  }

  /** The collaborations `filter` selects, aliased `c` (the list pages it; the export streams it). */
  listQuery(f: CollaborationsArgs['filter']): SelectQueryBuilder<CollaborationEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(CollaborationEntity, 'c');
    if (f?.ventureId) qb.andWhere('c.venture_id = :ventureId', { ventureId: f.ventureId });
    if (f?.organizationId) {
      qb.andWhere(
        `c.organization_id IN (WITH RECURSIVE down AS (SELECT id FROM organizations WHERE id = :orgId
           UNION ALL SELECT o.id FROM organizations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)`,
        { orgId: f.organizationId },
      );
    }
    if (f?.stages?.length) qb.andWhere('c.stage IN (:...stages)', { stages: f.stages });
    if (f?.domains?.length) qb.andWhere('c.domain IN (:...domains)', { domains: f.domains });
    if (f?.sdgs?.length) qb.andWhere('c.sdgs && :sdgs::smallint[]', { sdgs: f.sdgs });
    if (f?.startedFrom) qb.andWhere('c.started_on >= :from', { from: f.startedFrom });
    if (f?.startedTo) qb.andWhere('c.started_on <= :to', { to: f.startedTo });
    return qb;
  }

  /** A collaboration cannot start before its venture was founded; its first stage is recorded as history. */
  create(input: CreateCollaborationInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'createCollaboration', async (m) => {
      const venture = await this.ventures.getById(input.ventureId, { manager: m, field: 'input.ventureId' });
      await this.organizations.getById(input.organizationId, { manager: m, field: 'input.organizationId' });
      if (venture.foundedOn && input.startedOn < venture.foundedOn) {
        throw new ValidationError({
          field: 'input.startedOn',
          message: `must not be before the venture was founded (${venture.foundedOn})`,
        });
      }
      const collaboration = await m.save(
        m.create(CollaborationEntity, {
          ...input,
          description: input.description ?? null,
          endedOn: null,
          stageOn: input.startedOn,
          sdgs: normalizeSdgs(input.sdgs ?? []),
        }),
      );
      await m.insert(CollaborationStageChangeEntity, {
        collaborationId: collaboration.id,
        fromStage: null,
        toStage: input.stage,
        changedOn: input.startedOn,
        reason: null,
        recordedByUserId: actor.userId,
      });
      return collaboration;
    });
  }

  update(input: UpdateCollaborationInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'updateCollaboration', async (m, entry) => {
      const collaboration = await this.getById(input.id, { manager: m, field: 'input.id', lock: true });
      entry.track(collaboration);
      advanceVersion(collaboration, input.version);
      const { id: _id, version: _version, ...patch } = input;
      if (patch.sdgs) patch.sdgs = normalizeSdgs(patch.sdgs);
      return m.save(assignDefined(collaboration, patch));
    });
  }

  /**
   * Moves the stage forward (skipping is allowed) or to ENDED with a reason. Dates never go
   * back: not before the previous change, not in the future. Ending sets endedOn.
   */
  changeStage(input: ChangeCollaborationStageInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'changeCollaborationStage', async (m, entry) => {
      const c = await this.getById(input.collaborationId, { manager: m, field: 'input.collaborationId', lock: true });
      entry.track(c);
      const from = c.stage;
      if (from === CollaborationStage.ENDED) throw new ConflictError('The collaboration has ended', { field: 'input.collaborationId' });
      const to = input.stage;
      if (to !== CollaborationStage.ENDED && STAGE_ORDER.indexOf(to) <= STAGE_ORDER.indexOf(from)) {
        throw new ValidationError({ field: 'input.stage', message: `must come after ${from} (stages only move forward)` });
      }
      if (to === CollaborationStage.ENDED && !input.reason?.trim()) {
        throw new ValidationError({ field: 'input.reason', message: 'is required to end a collaboration' });
      }
      if (input.on < c.stageOn)
        throw new ValidationError({ field: 'input.on', message: `must not be before the previous change (${c.stageOn})` });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(m, { ventureId: c.ventureId }));
      c.stage = to;
      c.stageOn = input.on;
      if (to === CollaborationStage.ENDED) c.endedOn = input.on;
      const saved = await m.save(c);
      await m.insert(CollaborationStageChangeEntity, {
        collaborationId: c.id,
        fromStage: from,
        toStage: to,
        changedOn: input.on,
        reason: input.reason ?? null,
        recordedByUserId: actor.userId,
      });
      return saved;
    });
  }

  addContact(input: AddCollaborationContactInput, actor: Viewer): Promise<CollaborationContactEntity> {
    return this.audit.transaction(actor, 'addCollaborationContact', async (m) => {
      await this.getById(input.collaborationId, { manager: m, field: 'input.collaborationId', lock: true });
      await this.people.getById(input.personId, { manager: m, field: 'input.personId' });
      if (await m.existsBy(CollaborationContactEntity, { collaborationId: input.collaborationId, personId: input.personId })) {
        throw new ConflictError('This person is a contact of the collaboration already', { field: 'input.personId' });
      }
      return m.save(m.create(CollaborationContactEntity, input));
    });
  }

  /** Returns the collaboration; removing someone who is not a contact is NOT_FOUND. */
  removeContact(input: RemoveCollaborationContactInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'removeCollaborationContact', async (m) => {
      const collaboration = await this.getById(input.collaborationId, { manager: m, field: 'input.collaborationId', lock: true });
      const { affected } = await m.delete(CollaborationContactEntity, { collaborationId: collaboration.id, personId: input.personId });
      if (!affected) throw new NotFoundError('CollaborationContact', input.personId, 'input.personId');
      return collaboration;
    });
  }
}
