import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProBonoModule } from '../pro-bono/pro-bono.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { ProBonoEngagementEventsResolver } from './pro-bono-engagement-events.resolver.js';

@Module({
  imports: [OrganizationsModule, ProgramsModule, CohortsModule, ProBonoModule],
  providers: [EventsService, EventsLoaders, EventsResolver, ProBonoEngagementEventsResolver],
})
export class EventsModule {}
