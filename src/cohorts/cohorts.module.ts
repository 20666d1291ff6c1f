import { Module } from '@nestjs/common';
import { ProgramsModule } from '../programs/programs.module.js';
import { CohortsLoaders } from './cohorts.loaders.js';
import { CohortsResolver, ProgramCohortsResolver } from './cohorts.resolver.js';
import { CohortsService } from './cohorts.service.js';

@Module({
  imports: [ProgramsModule],
  providers: [CohortsService, CohortsLoaders, CohortsResolver, ProgramCohortsResolver],
  exports: [CohortsService, CohortsLoaders],
})
export class CohortsModule {}
