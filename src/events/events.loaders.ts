import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey } from '../common/loaders/loaders.js';
import type { EventOrganizationEntity } from './event.entity.js';
import { EventsService } from './events.service.js';

@Injectable()
export class EventsLoaders {
  constructor(private readonly events: EventsService) {}

  readonly organizationsById = new LoaderDefinition<string, EventOrganizationEntity[]>(async (ids) =>
    manyByKey(ids, await this.events.findOrganizations(ids), (o) => o.eventId),
  );

  readonly byEngagementId = pagedLoader(
    (ids, first) => this.events.findByEngagementIds(ids, first),
    (e) => e.engagementId,
  );
}
