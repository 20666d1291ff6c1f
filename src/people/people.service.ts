import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { assertNotFuture, todayIn } from '../common/dates.js';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate, type SortSpec } from '../common/pagination/paginate.js';
import {
  assertReferenceFree,
  assignDefined,
  findByAny,
  type GetOptions,
  getOrThrow,
  refuseMerged,
  msColumn,
  advanceVersion,
} from '../common/persistence.js';
import { searchKeyPattern } from '../common/search-key.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import {
  type AddAffiliationInput,
  type AffiliationInput,
  type CreatePersonInput,
  type EndAffiliationInput,
  type PeopleArgs,
  PersonOrderField,
  type UpdateAffiliationInput,
  type UpdatePersonInput,
} from './dto/person.inputs.js';
import { AffiliationEntity, PersonEntity } from './person.entity.js';

const SORTS: Record<PersonOrderField, Omit<SortSpec<PersonEntity>, 'direction'>> = {
  NAME: { column: 'p.name', value: (p) => p.name },
  CREATED_AT: { column: msColumn('p.created_at'), value: (p) => p.createdAt },
};

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** With `field` (an id given to a write), a merged person is refused: the write should name the survivor. */
  async getById(id: string, options: GetOptions = {}): Promise<PersonEntity> {
    const person = await getOrThrow(options.manager ?? this.dataSource.manager, PersonEntity, 'Person', id, options);
    if (options.field) refuseMerged(person, options.field);
    return person;
  }

  /** For loaders: a merged person is not found (nothing refers to it any more); `person(id)` still answers. */
  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    return findByAny(this.dataSource.manager, PersonEntity, 'id', ids, [], 'merged_into_id IS NULL');
  }

  findAffiliations(personIds: readonly string[], perKey?: number): Promise<AffiliationEntity[]> {
    return findByAny(this.dataSource.manager, AffiliationEntity, 'personId', personIds, ['startsOn', 'id'], undefined, perKey);
  }

  list(args: PeopleArgs): Promise<Connection<PersonEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(PersonEntity, 'p').where('p.merged_into_id IS NULL');
    const f = args.filter;
    if (f?.search) qb.andWhere(`p.search_key LIKE ${searchKeyPattern('search')}`, { search: f.search });
    if (f?.organizationId) {
      qb.andWhere('EXISTS (SELECT 1 FROM affiliations a WHERE a.person_id = p.id AND a.organization_id = :orgId)', {
        orgId: f.organizationId,
      });
    }
    const order = args.orderBy ?? { field: PersonOrderField.NAME, direction: SortDirection.ASC };
    return paginate(qb, { ...SORTS[order.field], direction: order.direction }, args);
  }

  create(input: CreatePersonInput, actor: Viewer): Promise<PersonEntity> {
    return this.audit.transaction(actor, 'createPerson', async (manager) => {
      const { affiliations, ...fields } = input;
      await this.assertEmailFree(manager, fields.email ?? null, undefined);
      await assertReferenceFree(manager, PersonEntity, fields.reference);
      const person = await manager.save(
        manager.create(PersonEntity, {
          ...fields,
          nameKana: fields.nameKana ?? null,
          nameLatin: fields.nameLatin ?? null,
          email: fields.email ?? null,
          phone: fields.phone ?? null,
          reference: fields.reference ?? null,
        }),
      );
      for (const [i, affiliation] of (affiliations ?? []).entries()) {
        await this.insertAffiliation(manager, person.id, affiliation, `input.affiliations.${i}`);
      }
      return person;
    });
  }

  /** Inserts a person inside the caller's transaction (account creation). */
  async createIn(manager: EntityManager, fields: { name: string; email?: string | null }): Promise<PersonEntity> {
    await this.assertEmailFree(manager, fields.email ?? null, undefined);
    return manager.save(
      manager.create(PersonEntity, { name: fields.name, nameKana: null, nameLatin: null, email: fields.email ?? null, phone: null }),
    );
  }

  update(input: UpdatePersonInput, actor: Viewer): Promise<PersonEntity> {
    return this.audit.transaction(actor, 'updatePerson', async (manager, entry) => {
      const person = await this.getById(input.id, { manager, field: 'input.id', lock: true });
      entry.track(person);
      advanceVersion(person, input.version);
      if (input.email) await this.assertEmailFree(manager, input.email, person.id);
      await assertReferenceFree(manager, PersonEntity, input.reference, person.id);
      const { id: _id, version: _version, ...patch } = input;
      return manager.save(assignDefined(person, patch));
    });
  }

  /** Refused with CONFLICT while the person founds a venture (affiliations go with the person). */
  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deletePerson', async (manager) => {
      const person = await this.getById(id, { manager, field: 'input.id', lock: true });
      await manager.delete(PersonEntity, { id: person.id });
      return person.id;
    });
  }

  addAffiliation(input: AddAffiliationInput, actor: Viewer): Promise<AffiliationEntity> {
    return this.audit.transaction(actor, 'addAffiliation', async (manager) => {
      await this.getById(input.personId, { manager, field: 'input.personId' });
      const { personId, ...affiliation } = input;
      return this.insertAffiliation(manager, personId, affiliation, 'input');
    });
  }

  /** Changes organization, role or dates; the dates stay in order (endsOn not before startsOn). */
  updateAffiliation(input: UpdateAffiliationInput, actor: Viewer): Promise<AffiliationEntity> {
    return this.audit.transaction(actor, 'updateAffiliation', async (manager, entry) => {
      const affiliation = await getOrThrow(manager, AffiliationEntity, 'Affiliation', input.id, { field: 'input.id', lock: true });
      advanceVersion(affiliation, input.version);
      if (input.organizationId) await this.organizations.getById(input.organizationId, { manager, field: 'input.organizationId' });
      const { id: _id, version: _version, ...patch } = input;
      assignDefined(affiliation, patch);
      if (affiliation.startsOn && affiliation.endsOn && affiliation.endsOn < affiliation.startsOn) {
        const field = input.endsOn ? 'input.endsOn' : 'input.startsOn';
        throw new ValidationError({
          field,
          message: `endsOn (${affiliation.endsOn}) must not be before startsOn (${affiliation.startsOn})`,
        });
      }
      entry.entityIds(affiliation.id, affiliation.personId);
      return manager.save(affiliation);
    });
  }

  /** Sets the last day of an affiliation that has not ended yet; it stays in the person's history. */
  endAffiliation(input: EndAffiliationInput, actor: Viewer): Promise<AffiliationEntity> {
    return this.audit.transaction(actor, 'endAffiliation', async (manager, entry) => {
      const affiliation = await getOrThrow(manager, AffiliationEntity, 'Affiliation', input.id, { field: 'input.id', lock: true });
      advanceVersion(affiliation, input.version);
      const zone = this.config.defaultCalendar.timeZone;
      if (affiliation.endsOn && affiliation.endsOn <= todayIn(zone, this.clock.now())) {
        throw new ConflictError(`The affiliation ended on ${affiliation.endsOn}; change its dates with updateAffiliation`, {
          field: 'input.id',
        });
      }
      assertNotFuture(input.on, 'input.on', zone, this.clock.now());
      if (affiliation.startsOn && input.on < affiliation.startsOn) {
        throw new ValidationError({ field: 'input.on', message: `must not be before the affiliation started (${affiliation.startsOn})` });
      }
      affiliation.endsOn = input.on;
      entry.entityIds(affiliation.id, affiliation.personId);
      return manager.save(affiliation);
    });
  }

  removeAffiliation(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'removeAffiliation', async (manager) => {
      const affiliation = await getOrThrow(manager, AffiliationEntity, 'Affiliation', id, { field: 'input.id' });
      await manager.delete(AffiliationEntity, { id: affiliation.id });
      return affiliation.id;
    });
  }

  private async insertAffiliation(manager: EntityManager, personId: string, input: AffiliationInput, path: string) {
    await this.organizations.getById(input.organizationId, { manager, field: `${path}.organizationId` });
    if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) {
      throw new ValidationError({ field: `${path}.endsOn`, message: 'must not be before startsOn' });
    }
    return manager.save(
      manager.create(AffiliationEntity, {
        personId,
        organizationId: input.organizationId,
        role: input.role ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
      }),
    );
  }

  private async assertEmailFree(manager: EntityManager, email: string | null, selfId: string | undefined) {
    if (!email) return;
    const taken = await manager
      .createQueryBuilder(PersonEntity, 'p')
      .where('lower(p.email) = lower(:email) AND p.merged_into_id IS NULL', { email })
      .andWhere(selfId ? 'p.id <> :selfId' : 'TRUE', { selfId })
      .getExists();
    if (taken) throw new ConflictError('Another person already has this email', { field: 'input.email' });
  }
}
