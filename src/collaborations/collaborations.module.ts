import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { CollaborationsLoaders } from './collaborations.loaders.js';
import { CollaborationsResolver, OrganizationCollaborationsResolver, VentureCollaborationsResolver } from './collaborations.resolver.js';
import { CollaborationsService } from './collaborations.service.js';

@Module({
  imports: [OrganizationsModule, VenturesModule],
  providers: [CollaborationsService, CollaborationsLoaders, CollaborationsResolver, VentureCollaborationsResolver, OrganizationCollaborationsResolver],
  exports: [CollaborationsService, CollaborationsLoaders],
})
export class CollaborationsModule {}
