import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { CollaborationEntity, CollaborationStageChangeEntity } from './collaboration.entity.js';
import { CollaborationsService } from './collaborations.service.js';

@Injectable()
export class CollaborationsLoaders {
  constructor(private readonly collaborations: CollaborationsService) {}

  readonly byId = new LoaderDefinition<string, CollaborationEntity | null>(async (ids) =>
    oneByKey(ids, await this.collaborations.findByIds(ids), (c) => c.id),
  );

  readonly contactsById = pagedLoader(
    (ids, first) => this.collaborations.findContacts(ids, first),
    (c) => c.collaborationId,
  );

  readonly byVentureId = pagedLoader(
    (ids, first) => this.collaborations.findByVentureIds(ids, first),
    (c) => c.ventureId,
  );

  readonly byOrganizationId = pagedLoader(
    (ids, first) => this.collaborations.findByOrganizationIds(ids, first),
    (c) => c.organizationId,
  );

  readonly stageHistoryById = new LoaderDefinition<string, CollaborationStageChangeEntity[]>(async (ids) =>
    manyByKey(ids, await this.collaborations.findStageChanges(ids), (s) => s.collaborationId),
  );
}
