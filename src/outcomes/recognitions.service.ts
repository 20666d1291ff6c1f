import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { ValidationError } from '../common/errors/domain-errors.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { findByAny, type GetOptions, getOrThrow } from '../common/persistence.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import type { CreateRecognitionInput, RecognitionsArgs } from './dto/outcome.inputs.js';
import { RecognitionEntity } from './outcome.entity.js';

@Injectable()
export class RecognitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly ventures: VenturesService,
    private readonly people: PeopleService,
    private readonly calendar: ProgramCalendar,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<RecognitionEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, RecognitionEntity, 'Recognition', id, options);
  }

  findByIds(ids: readonly string[]): Promise<RecognitionEntity[]> {
    return findByAny(this.dataSource.manager, RecognitionEntity, 'id', ids);
  }

  findBy(column: 'ventureId' | 'personId', ids: readonly string[]): Promise<RecognitionEntity[]> {
    return findByAny(this.dataSource.manager, RecognitionEntity, column, ids, ['year', 'name']);
  }

  list(args: RecognitionsArgs): Promise<Connection<RecognitionEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(RecognitionEntity, 'r');
    const f = args.filter;
    if (f?.ventureId) qb.andWhere('r.venture_id = :ventureId', { ventureId: f.ventureId });
    if (f?.personId) qb.andWhere('r.person_id = :personId', { personId: f.personId });
    if (f?.awardingOrganizationId) qb.andWhere('r.awarding_organization_id = :orgId', { orgId: f.awardingOrganizationId });
    if (f?.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: f.kinds });
    if (f?.yearFrom) qb.andWhere('r.year >= :yearFrom', { yearFrom: f.yearFrom });
    if (f?.yearTo) qb.andWhere('r.year <= :yearTo', { yearTo: f.yearTo });
    return paginate(qb, { column: 'r.year', value: (r) => r.year, direction: SortDirection.DESC }, args);
  }

  create(input: CreateRecognitionInput, actor: Viewer): Promise<RecognitionEntity> {
    return this.audit.transaction(actor, 'createRecognition', async (m) => {
      if (!input.ventureId && !input.personId)
        throw new ValidationError({ field: 'input.ventureId', message: 'give a venture, a person, or both' });
      if (input.receivedOn && Number(input.receivedOn.slice(0, 4)) !== input.year) {
        throw new ValidationError({ field: 'input.receivedOn', message: `must lie in ${input.year}` });
      }
      if (input.ventureId) await this.ventures.getById(input.ventureId, { manager: m, field: 'input.ventureId' });
      // The venture's program zone; a person's own recognition is in the default zone.
      if (input.receivedOn)
        this.calendar.assertNotFuture(
          input.receivedOn,
          'input.receivedOn',
          await this.calendar.zoneOf(m, { ventureId: input.ventureId ?? null }),
        );
      if (input.personId) await this.people.getById(input.personId, { manager: m, field: 'input.personId' });
      if (input.awardingOrganizationId)
        await this.organizations.getById(input.awardingOrganizationId, { manager: m, field: 'input.awardingOrganizationId' });
      return m.save(
        m.create(RecognitionEntity, {
          ...input,
          awardingOrganizationId: input.awardingOrganizationId ?? null,
          receivedOn: input.receivedOn ?? null,
          ventureId: input.ventureId ?? null,
          personId: input.personId ?? null,
          description: input.description ?? null,
        }),
      );
    });
  }

  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteRecognition', async (m) => {
      const r = await this.getById(id, { manager: m, field: 'input.id', lock: true });
      await m.delete(RecognitionEntity, { id: r.id });
      return r.id;
    });
  }
}
