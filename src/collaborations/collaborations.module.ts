import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { CollaborationContactResolver } from './collaboration-contact.resolver.js';
import { CollaborationCorrectionsResolver } from './collaboration-corrections.resolver.js';
import { CollaborationCorrectionsService } from './collaboration-corrections.service.js';
import { CollaborationsLoaders } from './collaborations.loaders.js';
import { CollaborationsResolver } from './collaborations.resolver.js';
import { CollaborationsService } from './collaborations.service.js';
import { OrganizationCollaborationsResolver } from './organization-collaborations.resolver.js';
import { VentureCollaborationsResolver } from './venture-collaborations.resolver.js';

@Module({
  imports: [OrganizationsModule, VenturesModule, PeopleModule, ProgramsModule],
  providers: [
    CollaborationsService,
    CollaborationsLoaders,
    CollaborationsResolver,
    CollaborationContactResolver,
    VentureCollaborationsResolver,
    OrganizationCollaborationsResolver,
    CollaborationCorrectionsService,
    CollaborationCorrectionsResolver,
  ],
  exports: [CollaborationsService, CollaborationsLoaders],
})
export class CollaborationsModule {}
