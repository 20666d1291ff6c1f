import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey } from '../common/loaders/loaders.js';
import type { AlumniFilter } from './dto/alumni.inputs.js';
import type { TimelineRow } from './alumni.model.js';
import { type AfterGraduationRow, AlumniService } from './alumni.service.js';

export interface AlumniKey {
  cohortId: string;
  filter: AlumniFilter;
}

const filterKey = (f: AlumniFilter) => JSON.stringify([f.hasCollaboration ?? null, f.collaborationStage ?? null, f.receivedProBono ?? null]);

@Injectable()
export class AlumniLoaders {
  constructor(private readonly alumni: AlumniService) {}

  readonly afterGraduationByVentureId = new LoaderDefinition<string, AfterGraduationRow[]>(async (ids) =>
    manyByKey(ids, await this.alumni.afterGraduation(ids), (r) => r.ventureId),
  );

  readonly timelineByVentureId = new LoaderDefinition<string, TimelineRow[]>(async (ids) =>
    manyByKey(ids, await this.alumni.timeline(ids), (r) => r.ventureId),
  );

  /** One statement per distinct filter in the batch (usually one: the same field under every cohort). */
  readonly alumniIdsByCohort = new LoaderDefinition<AlumniKey, string[]>(
    async (keys) => {
      const byFilter = new Map<string, AlumniKey[]>();
      for (const key of keys) byFilter.set(filterKey(key.filter), [...(byFilter.get(filterKey(key.filter)) ?? []), key]);
      const found = new Map<string, string[]>();
      for (const [fk, group] of byFilter) {
        const rows = await this.alumni.alumniIds(
          group.map((k) => k.cohortId),
          group[0].filter,
        );
        for (const [i, list] of manyByKey(group.map((k) => k.cohortId), rows, (r) => r.cohortId).entries()) {
          found.set(`${group[i].cohortId}|${fk}`, list.map((r) => r.ventureId));
        }
      }
      return keys.map((k) => found.get(`${k.cohortId}|${filterKey(k.filter)}`) ?? []);
    },
    (k) => `${k.cohortId}|${filterKey(k.filter)}`,
  );
}
