import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, oneByKey } from '../common/loaders/loaders.js';
import type { CohortEntity } from './cohort.entity.js';
import { CohortsService } from './cohorts.service.js';

@Injectable()
export class CohortsLoaders {
  constructor(private readonly cohorts: CohortsService) {}

  readonly byId = new LoaderDefinition<string, CohortEntity | null>(async (ids) =>
    oneByKey(ids, await this.cohorts.findByIds(ids), (c) => c.id),
  );

  readonly byProgramId = pagedLoader(
    (ids, first) => this.cohorts.findByProgramIds(ids, first),
    (c) => c.programId,
  );
}
