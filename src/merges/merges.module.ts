import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { VenturesModule } from '../ventures/ventures.module.js';
import { MergesResolver } from './merges.resolver.js';
import { MergesService } from './merges.service.js';

/** Likely duplicates and merges of people and ventures: above the domains, it moves references in all of them. */
@Module({
  imports: [PeopleModule, VenturesModule],
  providers: [MergesService, MergesResolver],
})
export class MergesModule {}
