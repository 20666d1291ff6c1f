import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, oneByKey } from '../common/loaders/loaders.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

@Injectable()
export class OrganizationsLoaders {
  constructor(private readonly organizations: OrganizationsService) {}

  readonly byId = new LoaderDefinition<string, OrganizationEntity | null>(async (ids) =>
    oneByKey(ids, await this.organizations.findByIds(ids), (o) => o.id),
  );

  readonly childrenByParentId = pagedLoader(
    (ids, first) => this.organizations.findChildren(ids, first),
    (o) => o.parentId as string,
  );
}
