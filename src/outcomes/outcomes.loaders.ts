import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
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

  readonly currentByVentureId = new LoaderDefinition<string, OutcomeRecordEntity[]>(async (ids) =>
    manyByKey(ids, await this.outcomes.findCurrentByVentureIds(ids), (o) => o.ventureId),
  );

  readonly lineageById = new LoaderDefinition<string, OutcomeRecordEntity[]>(async (ids) =>
    manyByKey(ids, await this.outcomes.findLineages(ids), (o) => o.lineageId),
  );

  readonly recognitionsByVentureId = new LoaderDefinition<string, RecognitionEntity[]>(async (ids) =>
    manyByKey(ids, await this.recognitions.findBy('ventureId', ids), (r) => r.ventureId),
  );

  readonly recognitionsByPersonId = new LoaderDefinition<string, RecognitionEntity[]>(async (ids) =>
    manyByKey(ids, await this.recognitions.findBy('personId', ids), (r) => r.personId),
  );
}
