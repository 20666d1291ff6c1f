import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { CohortsLoaders } from './cohorts.loaders.js';
import { CohortsResolver } from './cohorts.resolver.js';
import { CohortsService } from './cohorts.service.js';
import { ProgramCohortsResolver } from './program-cohorts.resolver.js';

@Module({
  imports: [ProgramsModule],
  providers: [CohortsService, CohortsLoaders, CohortsResolver, ProgramCohortsResolver],
  exports: [CohortsService, CohortsLoaders],
})
export class CohortsModule {}
