import { Module } from '@nestjs/common';
import { OrganizationsLoaders } from './organizations.loaders.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  providers: [OrganizationsService, OrganizationsLoaders, OrganizationsResolver],
  exports: [OrganizationsService, OrganizationsLoaders],
})
export class OrganizationsModule {}
