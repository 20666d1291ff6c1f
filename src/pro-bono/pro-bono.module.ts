import { Module } from '@nestjs/common';
import { CollaborationsModule } from '../collaborations/collaborations.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { CollaborationProBonoResolver } from './collaboration-pro-bono.resolver.js';
import { EngagementCorrectionsResolver } from './engagement-corrections.resolver.js';
import { EngagementCorrectionsService } from './engagement-corrections.service.js';
import { OrganizationProBonoResolver } from './organization-pro-bono.resolver.js';
import { PersonProBonoResolver } from './person-pro-bono.resolver.js';
import { ProBonoHourEntriesResolver } from './pro-bono-hour-entries.resolver.js';
import { ProBonoVolunteerResolver } from './pro-bono-volunteer.resolver.js';
import { ProBonoLoaders } from './pro-bono.loaders.js';
import { ProBonoEngagementsResolver } from './pro-bono.resolver.js';
import { ProBonoService } from './pro-bono.service.js';
import { SocialIssuesResolver } from './social-issues.resolver.js';
import { SocialIssuesService } from './social-issues.service.js';
import { VentureProBonoResolver } from './venture-pro-bono.resolver.js';
import { VolunteerHoursService } from './volunteer-hours.service.js';

@Module({
  imports: [OrganizationsModule, VenturesModule, PeopleModule, CollaborationsModule, ProgramsModule],
  providers: [
    SocialIssuesService,
    ProBonoService,
    VolunteerHoursService,
    ProBonoLoaders,
    SocialIssuesResolver,
    ProBonoEngagementsResolver,
    ProBonoVolunteerResolver,
    ProBonoHourEntriesResolver,
    VentureProBonoResolver,
    OrganizationProBonoResolver,
    CollaborationProBonoResolver,
    PersonProBonoResolver,
    EngagementCorrectionsService,
    EngagementCorrectionsResolver,
  ],
  exports: [ProBonoService, ProBonoLoaders],
})
export class ProBonoModule {}
