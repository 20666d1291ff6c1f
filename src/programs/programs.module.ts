import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProgramCalendar } from './program-calendar.service.js';
import { ProgramPartnerResolver } from './program-partner.resolver.js';
import { ProgramsLoaders } from './programs.loaders.js';
import { ProgramsResolver } from './programs.resolver.js';
import { ProgramsService } from './programs.service.js';

@Module({
  imports: [OrganizationsModule],
  providers: [ProgramsService, ProgramCalendar, ProgramsLoaders, ProgramsResolver, ProgramPartnerResolver],
  exports: [ProgramsService, ProgramsLoaders, ProgramCalendar],
})
export class ProgramsModule {}
