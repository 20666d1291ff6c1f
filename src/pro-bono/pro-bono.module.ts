import { Module } from '@nestjs/common';
import { CollaborationsModule } from '../collaborations/collaborations.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import {
  CollaborationProBonoResolver,
  OrganizationProBonoResolver,
  PersonProBonoResolver,
  ProBonoEngagementsResolver,
  ProBonoVolunteerResolver,
  SocialIssuesResolver,
  VentureProBonoResolver,
} from './pro-bono.resolver.js';
import { ProBonoService } from './pro-bono.service.js';
import { SocialIssuesService } from './social-issues.service.js';

@Module({
  imports: [OrganizationsModule, VenturesModule, PeopleModule, CollaborationsModule],
  providers: [
    SocialIssuesService,
    ProBonoService,
    ProBonoLoaders,
    SocialIssuesResolver,
    ProBonoEngagementsResolver,
    ProBonoVolunteerResolver,
    VentureProBonoResolver,
    OrganizationProBonoResolver,
    CollaborationProBonoResolver,
    PersonProBonoResolver,
  ],
  exports: [ProBonoService, ProBonoLoaders],
})
export class ProBonoModule {}
