import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { OrganizationEntity } from './organization.entity.js';
import { OrganizationsService } from './organizations.service.js';

@Injectable()
export class OrganizationsLoaders {
  constructor(private readonly organizations: OrganizationsService) {}

  readonly byId = new LoaderDefinition<string, OrganizationEntity | null>(async (ids) =>
    oneByKey(ids, await this.organizations.findByIds(ids), (o) => o.id),
  );

  readonly childrenByParentId = new LoaderDefinition<string, OrganizationEntity[]>(async (ids) =>
    manyByKey(ids, await this.organizations.findChildren(ids), (o) => o.parentId as string),
  );
}
