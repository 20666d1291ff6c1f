import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ValidationError } from '../common/errors/domain-errors.js';
import { normalizeSdgs } from '../common/graphql/sdg.enum.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { assignDefined, findByAny, type GetOptions, getOrThrow, isUuid, rowToEntity, advanceVersion } from '../common/persistence.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProBonoService } from '../pro-bono/pro-bono.service.js';
import { ProgramsService } from '../programs/programs.service.js';
import type { CreateEventInput, EventAttendanceInput, EventsArgs, UpdateEventInput } from './dto/event.inputs.js';
import { EventEntity, EventOrganizationEntity } from './event.entity.js';
import { EventOrganizationRole } from './event.enum.js';

@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly programs: ProgramsService,
    private readonly cohorts: CohortsService,
    private readonly proBono: ProBonoService,
  ) {}

  getById(id: string, options: GetOptions = {}): Promise<EventEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, EventEntity, 'Event', id, options);
  }

  async findOrganizations(eventIds: readonly string[]): Promise<EventOrganizationEntity[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT eo.* FROM event_organizations eo JOIN organizations o ON o.id = eo.organization_id
        WHERE eo.event_id = ANY($1::uuid[]) ORDER BY o.name`,
      [eventIds.filter(isUuid)],
    );
    return rows.map((row) => rowToEntity(this.dataSource.manager, EventOrganizationEntity, row));
  }

  findByEngagementIds(ids: readonly string[]): Promise<EventEntity[]> {
    return findByAny(this.dataSource.manager, EventEntity, 'engagementId', ids, ['startsOn', 'id']);
  }

  list(args: EventsArgs): Promise<Connection<EventEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(EventEntity, 'e');
    const f = args.filter;
    if (f?.kinds?.length) qb.andWhere('e.kind IN (:...kinds)', { kinds: f.kinds });
    if (f?.from) qb.andWhere('e.ends_on >= :from', { from: f.from });
    if (f?.to) qb.andWhere('e.starts_on <= :to', { to: f.to });
    if (f?.organizationId) {
      qb.andWhere('EXISTS (SELECT 1 FROM event_organizations eo WHERE eo.event_id = e.id AND eo.organization_id = :orgId)', {
        orgId: f.organizationId,
      });
    }
    if (f?.programId) qb.andWhere('e.program_id = :programId', { programId: f.programId });
    if (f?.cohortId) qb.andWhere('e.cohort_id = :cohortId', { cohortId: f.cohortId });
    if (f?.engagementId) qb.andWhere('e.engagement_id = :engagementId', { engagementId: f.engagementId });
    if (f?.sdgs?.length) qb.andWhere('e.sdgs && :sdgs::smallint[]', { sdgs: f.sdgs });
    if (f?.online !== undefined && f.online !== null) qb.andWhere('e.online = :online', { online: f.online });
    return paginate(qb, { column: 'e.starts_on', value: (e) => e.startsOn, direction: SortDirection.DESC }, args);
  }

  create(input: CreateEventInput, actor: Viewer): Promise<EventEntity> {
    return this.audit.transaction(actor, 'createEvent', async (m) => {
      const { organizerIds = [], partnerIds = [], attendance, ...fields } = input;
      const event = m.create(EventEntity, {
        ...fields,
        description: fields.description ?? null,
        endsOn: fields.endsOn ?? fields.startsOn,
        place: fields.place ?? null,
        programId: fields.programId ?? null,
        cohortId: fields.cohortId ?? null,
        engagementId: fields.engagementId ?? null,
        sdgs: normalizeSdgs(fields.sdgs ?? []),
        ...attendanceColumns(attendance),
      });
      await this.assertConsistent(m, event, input);
      const saved = await m.save(event);
      await this.replaceOrganizations(m, saved.id, organizerIds, partnerIds);
      return saved;
    });
  }

  update(input: UpdateEventInput, actor: Viewer): Promise<EventEntity> {
    return this.audit.transaction(actor, 'updateEvent', async (m, entry) => {
      const event = await this.getById(input.id, { manager: m, field: 'input.id', lock: true });
      entry.track(event);
      advanceVersion(event, input.version);
      const { id: _id, version: _version, organizerIds, partnerIds, attendance, ...patch } = input;
      if (patch.sdgs) patch.sdgs = normalizeSdgs(patch.sdgs);
      // A one-day event moved to another day stays a one-day event.
      if (patch.startsOn && patch.endsOn === undefined && event.endsOn === event.startsOn) patch.endsOn = patch.startsOn;
      assignDefined(event, patch);
      if (attendance) Object.assign(event, attendanceColumns(attendance));
      await this.assertConsistent(m, event, input);
      const saved = await m.save(event);
      if (organizerIds || partnerIds) {
        const current = await m.findBy(EventOrganizationEntity, { eventId: event.id });
        const of = (role: EventOrganizationRole) => current.filter((o) => o.role === role).map((o) => o.organizationId);
        const [organizers, partners] = [of(EventOrganizationRole.ORGANIZER), of(EventOrganizationRole.PARTNER)];
        await this.replaceOrganizations(m, event.id, organizerIds ?? organizers, partnerIds ?? partners);
        entry.replaced('organizerIds', { old: organizers, new: organizerIds ?? organizers });
        entry.replaced('partnerIds', { old: partners, new: partnerIds ?? partners });
      }
      return saved;
    });
  }

  delete(id: string, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteEvent', async (m) => {
      const event = await this.getById(id, { manager: m, field: 'input.id', lock: true });
      await m.delete(EventEntity, { id: event.id });
      return event.id;
    });
  }

  /** Dates in order, somewhere to be, references that exist, and a cohort of the named program. */
  private async assertConsistent(
    m: EntityManager,
    e: EventEntity,
    changed: Partial<Record<'programId' | 'cohortId' | 'engagementId' | 'endsOn', unknown>>,
  ) {
    if (e.endsOn < e.startsOn) {
      throw changed.endsOn === undefined
        ? new ValidationError({ field: 'input.startsOn', message: `must not be after the event ends (${e.endsOn})` })
        : new ValidationError({ field: 'input.endsOn', message: 'must not be before startsOn' });
    }
    if (!e.place && !e.online) throw new ValidationError({ field: 'input.place', message: 'give a place, or mark the event online' });
    if (changed.programId && e.programId) await this.programs.getById(e.programId, { manager: m, field: 'input.programId' });
    if (changed.engagementId && e.engagementId) await this.proBono.getById(e.engagementId, { manager: m, field: 'input.engagementId' });
    if (e.cohortId && (changed.cohortId || changed.programId)) {
      const cohort = await this.cohorts.getById(e.cohortId, { manager: m, field: 'input.cohortId' });
      if (e.programId && cohort.programId !== e.programId)
        throw new ValidationError({ field: 'input.cohortId', message: 'must be a cohort of programId' });
    }
  }

  private async replaceOrganizations(m: EntityManager, eventId: string, organizerIds: string[], partnerIds: string[]): Promise<void> {
    const both = organizerIds.find((id) => partnerIds.includes(id));
    if (both) throw new ValidationError({ field: 'input.partnerIds', message: `${both} is listed as organizer already` });
    const rows = [
      ...[...new Set(organizerIds)].map((organizationId) => ({ eventId, organizationId, role: EventOrganizationRole.ORGANIZER })),
      ...[...new Set(partnerIds)].map((organizationId) => ({ eventId, organizationId, role: EventOrganizationRole.PARTNER })),
    ];
    const known = new Set((await this.organizations.findByIds(rows.map((r) => r.organizationId))).map((o) => o.id));
    const missing = rows.find((r) => !known.has(r.organizationId));
    if (missing) {
      const list = missing.role === EventOrganizationRole.ORGANIZER ? organizerIds : partnerIds;
      const field = missing.role === EventOrganizationRole.ORGANIZER ? 'input.organizerIds' : 'input.partnerIds';
      await this.organizations.getById(missing.organizationId, { manager: m, field: `${field}.${list.indexOf(missing.organizationId)}` });
    }
    await m.delete(EventOrganizationEntity, { eventId });
    if (rows.length) await m.insert(EventOrganizationEntity, rows);
  }
}

function attendanceColumns(a: EventAttendanceInput | undefined) {
  return {
    attendanceInPerson: a?.inPerson ?? null,
    attendanceOnline: a?.online ?? null,
    attendanceStudents: a?.students ?? null,
    attendanceAlumni: a?.alumni ?? null,
    attendanceEmployees: a?.employees ?? null,
    attendanceFamilies: a?.families ?? null,
    attendanceNote: a?.note ?? null,
  };
}
