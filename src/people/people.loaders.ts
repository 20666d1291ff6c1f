import { Injectable } from '@nestjs/common';
import { LoaderDefinition, manyByKey, oneByKey } from '../common/loaders/loaders.js';
import type { AffiliationEntity, PersonEntity } from './person.entity.js';
import { PeopleService } from './people.service.js';

@Injectable()
export class PeopleLoaders {
  constructor(private readonly people: PeopleService) {}

  readonly byId = new LoaderDefinition<string, PersonEntity | null>(async (ids) =>
    oneByKey(ids, await this.people.findByIds(ids), (p) => p.id),
  );

  readonly affiliationsByPersonId = new LoaderDefinition<string, AffiliationEntity[]>(async (ids) =>
    manyByKey(ids, await this.people.findAffiliations(ids), (a) => a.personId),
  );
}
