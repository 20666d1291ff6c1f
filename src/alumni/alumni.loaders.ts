import { Injectable } from '@nestjs/common';
import type { RowKind } from '../access/row-policy.js';
import { LoaderDefinition, manyByKey } from '../common/loaders/loaders.js';
import { pagedLoader } from '../common/loaders/page-size.js';
import type { AlumniFilter } from './dto/alumni.inputs.js';
import type { TimelineRow } from './alumni.model.js';
import type { VentureEntity } from '../ventures/venture.entity.js';
import { type AfterGraduationList, type AfterGraduationRow, AlumniService } from './alumni.service.js';

export interface AlumniKey {
  cohortId: string;
  filter: AlumniFilter;
  first: number;
}

/** The field's arguments as one comparable string: keys with equal arguments share a statement. */
const argsKey = (k: AlumniKey) =>
  JSON.stringify([k.filter.hasCollaboration ?? null, k.filter.collaborationStage ?? null, k.filter.receivedProBono ?? null, k.first]);

@Injectable()
export class AlumniLoaders {
  constructor(private readonly alumni: AlumniService) {}

  /** Per venture, its graduation and the rows of the lists asked for (`args`, sorted): one statement per set of lists. */
  readonly afterGraduationByVentureId = pagedLoader<AfterGraduationRow, AfterGraduationList[]>(
    (ids, _first, lists) => this.alumni.afterGraduation(ids, lists),
    (r) => r.ventureId,
  );

  /** A page of each venture's timeline, of some kinds (sorted, so equal sets share a statement) or all (null). */
  readonly timelineByVentureId = pagedLoader<TimelineRow, string[] | null>(
    (ids, first, kinds) => this.alumni.timeline(ids, first, kinds),
    (r) => r.ventureId,
  );

  /** One statement per distinct set of arguments in the batch (usually one: the same field under every cohort). */
  readonly alumniByCohort = new LoaderDefinition<AlumniKey, VentureEntity[]>(
    async (keys) => {
      const byArgs = new Map<string, AlumniKey[]>();
      for (const key of keys) {
        const group = byArgs.get(argsKey(key));
        if (group) group.push(key);
        else byArgs.set(argsKey(key), [key]);
      }
      const found = new Map<string, VentureEntity[]>();
      for (const [fk, group] of byArgs) {
        const rows = await this.alumni.alumni(
          group.map((k) => k.cohortId),
          group[0].filter,
          group[0].first,
        );
        for (const [i, list] of manyByKey(
          group.map((k) => k.cohortId),
          rows,
          (r) => r.cohortId,
        ).entries()) {
          found.set(
            `${group[i].cohortId}|${fk}`,
            list.map((r) => r.venture),
          );
        }
      }
      return keys.map((k) => found.get(`${k.cohortId}|${argsKey(k)}`) ?? []);
    },
    { cacheKey: (k) => `${k.cohortId}|${argsKey(k)}`, rows: 'Venture' satisfies RowKind },
  );
}
