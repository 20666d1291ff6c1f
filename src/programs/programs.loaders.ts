import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { ProgramEntity, ProgramPartnerEntity } from './program.entity.js';
import { ProgramsService } from './programs.service.js';

@Injectable()
export class ProgramsLoaders {
  constructor(private readonly programs: ProgramsService) {}

  readonly byId = new LoaderDefinition<string, ProgramEntity | null>(async (ids) =>
    oneByKey(ids, await this.programs.findByIds(ids), (p) => p.id),
  );

  readonly partnersByProgramId = new LoaderDefinition<string, ProgramPartnerEntity[]>(async (ids) =>
    manyByKey(ids, await this.programs.findPartners(ids), (p) => p.programId),
  );
}
