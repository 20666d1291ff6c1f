import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { CollaborationContactEntity, CollaborationEntity, CollaborationStageChangeEntity } from './collaboration.entity.js';
import { CollaborationsService } from './collaborations.service.js';

@Injectable()
export class CollaborationsLoaders {
  constructor(private readonly collaborations: CollaborationsService) {}

  readonly byId = new LoaderDefinition<string, CollaborationEntity | null>(async (ids) =>
    oneByKey(ids, await this.collaborations.findByIds(ids), (c) => c.id),
  );

  readonly contactsById = new LoaderDefinition<string, CollaborationContactEntity[]>(async (ids) =>
    manyByKey(ids, await this.collaborations.findContacts(ids), (c) => c.collaborationId),
  );

  readonly byVentureId = new LoaderDefinition<string, CollaborationEntity[]>(async (ids) =>
    manyByKey(ids, await this.collaborations.findByVentureIds(ids), (c) => c.ventureId),
  );

  readonly byOrganizationId = new LoaderDefinition<string, CollaborationEntity[]>(async (ids) =>
    manyByKey(ids, await this.collaborations.findByOrganizationIds(ids), (c) => c.organizationId),
  );

  readonly stageHistoryById = new LoaderDefinition<string, CollaborationStageChangeEntity[]>(async (ids) =>
    manyByKey(ids, await this.collaborations.findStageChanges(ids), (s) => s.collaborationId),
  );
}
