import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { CohortEntity } from './cohort.entity.js';
import { CohortsService } from './cohorts.service.js';

@Injectable()
export class CohortsLoaders {
  constructor(private readonly cohorts: CohortsService) {}

  readonly byId = new LoaderDefinition<string, CohortEntity | null>(async (ids) =>
    oneByKey(ids, await this.cohorts.findByIds(ids), (c) => c.id),
  );

  readonly byProgramId = new LoaderDefinition<string, CohortEntity[]>(async (ids) =>
    manyByKey(ids, await this.cohorts.findByProgramIds(ids), (c) => c.programId),
  );
}
