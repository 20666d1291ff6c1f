import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProBonoModule } from '../pro-bono/pro-bono.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { EngagementEventsResolver, EventsResolver } from './events.resolver.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [OrganizationsModule, ProgramsModule, CohortsModule, ProBonoModule],
  providers: [EventsService, EventsLoaders, EventsResolver, EngagementEventsResolver],
})
export class EventsModule {}
