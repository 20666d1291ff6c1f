import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { VentureEntity, VentureFounderEntity } from './venture.entity.js';
import { VenturesService } from './ventures.service.js';

@Injectable()
export class VenturesLoaders {
  constructor(private readonly ventures: VenturesService) {}

  readonly byId = new LoaderDefinition<string, VentureEntity | null>(
    async (ids) => oneByKey(ids, await this.ventures.findByIds(ids), (v) => v.id),
    { rows: 'Venture' satisfies RowKind },
  );

  readonly foundersByVentureId = new LoaderDefinition<string, VentureFounderEntity[]>(async (ids) =>
    manyByKey(ids, await this.ventures.findFounders(ids), (f) => f.ventureId),
  );

  readonly foundedByPersonId = pagedLoader(
    (ids, first) => this.ventures.findFoundedBy(ids, first),
    (v) => v.founderId,
    { rows: 'Venture' satisfies RowKind },
  );
}
