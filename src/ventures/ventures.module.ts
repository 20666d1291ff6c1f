import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { FounderResolver } from './founder.resolver.js';
import { PersonVenturesResolver } from './person-ventures.resolver.js';
import { VenturesLoaders } from './ventures.loaders.js';
import { VenturesResolver } from './ventures.resolver.js';
import { VenturesService } from './ventures.service.js';

@Module({
  imports: [OrganizationsModule, PeopleModule],
  providers: [VenturesService, VenturesLoaders, VenturesResolver, FounderResolver, PersonVenturesResolver],
  exports: [VenturesService, VenturesLoaders],
})
export class VenturesModule {}
