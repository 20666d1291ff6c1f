import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey } from '../common/loaders/loaders.js';
import type { CollaborationEntity, CollaborationStageChangeEntity } from './collaboration.entity.js';
import { CollaborationsService } from './collaborations.service.js';

@Injectable()
export class CollaborationsLoaders {
  constructor(private readonly collaborations: CollaborationsService) {}

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
