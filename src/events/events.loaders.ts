import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey } from '../common/loaders/loaders.js';
import type { EventEntity, EventOrganizationEntity } from './event.entity.js';
import { EventsService } from './events.service.js';

@Injectable()
export class EventsLoaders {
  constructor(private readonly events: EventsService) {}

  readonly organizationsById = new LoaderDefinition<string, EventOrganizationEntity[]>(async (ids) =>
    manyByKey(ids, await this.events.findOrganizations(ids), (o) => o.eventId),
  );

  readonly byEngagementId = new LoaderDefinition<string, EventEntity[]>(async (ids) =>
    manyByKey(ids, await this.events.findByEngagementIds(ids), (e) => e.engagementId),
  );
}
