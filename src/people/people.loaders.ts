import { Injectable } from '@nestjs/common';
import { pagedLoader } from '../common/loaders/page-size.js';
import { LoaderDefinition, oneByKey } from '../common/loaders/loaders.js';
import type { PersonEntity } from './person.entity.js';
import { PeopleService } from './people.service.js';

@Injectable()
export class PeopleLoaders {
  constructor(private readonly people: PeopleService) {}

  readonly byId = new LoaderDefinition<string, PersonEntity | null>(async (ids) =>
    oneByKey(ids, await this.people.findByIds(ids), (p) => p.id),
  );

  readonly affiliationsByPersonId = pagedLoader(
    (ids, first) => this.people.findAffiliations(ids, first),
    (a) => a.personId,
  );
}
