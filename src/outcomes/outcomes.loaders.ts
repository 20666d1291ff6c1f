import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, oneByKey } from '../common/loaders/loaders.js';
import type { MetricDefinitionEntity, OutcomeRecordEntity, RecognitionEntity } from './outcome.entity.js';
import { OutcomesService } from './outcomes.service.js';
import { RecognitionsService } from './recognitions.service.js';

@Injectable()
export class OutcomesLoaders {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly recognitions: RecognitionsService,
  ) {}

  readonly metricById = new LoaderDefinition<string, MetricDefinitionEntity | null>(async (ids) =>
    oneByKey(ids, await this.outcomes.findMetricsByIds(ids), (m) => m.id),
  );

  readonly recordById = new LoaderDefinition<string, OutcomeRecordEntity | null>(async (ids) =>
    oneByKey(ids, await this.outcomes.findRecordsByIds(ids), (o) => o.id),
  );

  readonly recognitionById = new LoaderDefinition<string, RecognitionEntity | null>(async (ids) =>
    oneByKey(ids, await this.recognitions.findByIds(ids), (r) => r.id),
  );

  readonly currentByVentureId = pagedLoader(
    (ids, first) => this.outcomes.findCurrentByVentureIds(ids, first),
    (o) => o.ventureId,
  );

  readonly lineageById = pagedLoader(
    (ids, first) => this.outcomes.findLineages(ids, first),
    (o) => o.lineageId,
  );

  readonly recognitionsByVentureId = pagedLoader(
    (ids, first) => this.recognitions.findBy('ventureId', ids, first),
    (r) => r.ventureId,
  );

  readonly recognitionsByPersonId = pagedLoader(
    (ids, first) => this.recognitions.findBy('personId', ids, first),
    (r) => r.personId,
  );
}
