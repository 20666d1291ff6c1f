import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../access/viewer.js';
import { CollaborationsService } from '../collaborations/collaborations.service.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { normalizeSdgs } from '../common/graphql/sdg.enum.js';
import { type Connection, SortDirection } from '../common/pagination/connection.types.js';
import { paginate } from '../common/pagination/paginate.js';
import { assignDefined, type GetOptions, getOrThrow, isUuid, findByAny, advanceVersion, rowToEntity } from '../common/persistence.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PeopleService } from '../people/people.service.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import type {
  AddProBonoVolunteerInput,
  ChangeProBonoEngagementStatusInput,
  CreateProBonoEngagementInput,
  ProBonoEngagementsArgs,
  UpdateProBonoEngagementInput,
  UpdateProBonoVolunteerInput,
} from './dto/pro-bono.inputs.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
} from './pro-bono.entity.js';
import { ENGAGEMENT_TRANSITIONS, EngagementStatus } from './pro-bono.enum.js';
import { hoursOfVolunteer, volunteerHours } from './pro-bono.queries.js';
import { SocialIssuesService } from './social-issues.service.js';

export interface VolunteerTotalsRow {
  engagementId: string;
  volunteerCount: number;
  totalHours: number;
}

@Injectable()
export class ProBonoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsService,
    private readonly ventures: VenturesService,
    private readonly people: PeopleService,
    private readonly collaborations: CollaborationsService,
    private readonly socialIssues: SocialIssuesService,
    private readonly calendar: ProgramCalendar,
  ) {}

  // ---- reads ---------------------------------------------------------------------------

  getById(id: string, options: GetOptions = {}): Promise<ProBonoEngagementEntity> {
    return getOrThrow(options.manager ?? this.dataSource.manager, ProBonoEngagementEntity, 'ProBonoEngagement', id, options);
  }

  findByIds(ids: readonly string[]): Promise<ProBonoEngagementEntity[]> {
    return findByAny(this.dataSource.manager, ProBonoEngagementEntity, 'id', ids);
  }

  /** Engagements by one of their reference columns, oldest start first. */
  findBy(
    column: 'beneficiaryVentureId' | 'beneficiaryOrganizationId' | 'supportedCollaborationId',
    ids: readonly string[],
    perKey?: number,
  ): Promise<ProBonoEngagementEntity[]> {
    return findByAny(this.dataSource.manager, ProBonoEngagementEntity, column, ids, ['startedOn', 'id'], undefined, perKey);
  }

  findStatusChanges(ids: readonly string[]): Promise<EngagementStatusChangeEntity[]> {
    return findByAny(this.dataSource.manager, EngagementStatusChangeEntity, 'engagementId', ids, ['changedOn', 'recordedAt']);
  }

  /** Volunteers by engagement, person or id, each with `hours` (the sum of their entries), in the order they joined; `perKey` keeps the first that many of each key. */
  async findVolunteers(
    column: 'engagementId' | 'personId' | 'id',
    ids: readonly string[],
    perKey?: number,
  ): Promise<ProBonoVolunteerEntity[]> {
    const key = { engagementId: 'engagement_id', personId: 'person_id', id: 'id' }[column];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM (SELECT v.*, ${volunteerHours('v')}::float8 AS sum_of_hours,
                             row_number() OVER (PARTITION BY v.${key} ORDER BY v.joined_on, v.id) AS page_row
                        FROM pro_bono_volunteers v WHERE v.${key} = ANY($1::uuid[])) v
        WHERE $2::int IS NULL OR page_row <= $2 ORDER BY joined_on, id`,
      [[...ids].filter(isUuid), perKey ?? null],
    );
    return rows.map((row) =>
      Object.assign(rowToEntity(this.dataSource.manager, ProBonoVolunteerEntity, row), { hours: row.sum_of_hours as number }),
    );
  }

  /** Hour entries of volunteers, by the day worked (the first `perKey` of each). */
  findHourEntries(volunteerIds: readonly string[], perKey?: number): Promise<ProBonoHourEntryEntity[]> {
    return findByAny(
      this.dataSource.manager,
      ProBonoHourEntryEntity,
      'volunteerId',
      volunteerIds,
      ['workedOn', 'createdAt', 'id'],
      undefined,
      perKey,
    );
  }

  findVolunteerChanges(volunteerIds: readonly string[], perKey?: number): Promise<ProBonoVolunteerChangeEntity[]> {
    return findByAny(
      this.dataSource.manager,
      ProBonoVolunteerChangeEntity,
      'volunteerId',
      volunteerIds,
      ['changedOn', 'recordedAt'],
      undefined,
      perKey,
    );
  }

  /** Distinct volunteers and the sum of their hour entries per engagement, summed in PostgreSQL. */
  volunteerTotals(engagementIds: readonly string[]): Promise<VolunteerTotalsRow[]> {
    return this.dataSource.query(
      `SELECT v.engagement_id AS "engagementId", count(DISTINCT v.person_id)::int AS "volunteerCount", coalesce(sum(h.hours), 0)::float8 AS "totalHours"
         FROM pro_bono_volunteers v LEFT JOIN pro_bono_hour_entries h ON h.volunteer_id = v.id
        WHERE v.engagement_id = ANY($1::uuid[]) GROUP BY v.engagement_id`,
      [[...engagementIds].filter(isUuid)],
    );
  }

  list(args: ProBonoEngagementsArgs): Promise<Connection<ProBonoEngagementEntity>> {
    const qb = this.listQuery(args.filter);
    return paginate(qb, { column: 'g.started_on', value: (g) => g.startedOn, direction: SortDirection.DESC }, args);
  }

  /** The engagements `filter` selects, aliased `g` (the list pages it; the export streams it). */
  listQuery(f: ProBonoEngagementsArgs['filter']): SelectQueryBuilder<ProBonoEngagementEntity> {
    const qb = this.dataSource.manager.createQueryBuilder(ProBonoEngagementEntity, 'g');
    if (f?.statuses?.length) qb.andWhere('g.status IN (:...statuses)', { statuses: f.statuses });
    if (f?.beneficiaryVentureId) qb.andWhere('g.beneficiary_venture_id = :ventureId', { ventureId: f.beneficiaryVentureId });
    if (f?.organizationId) {
      qb.andWhere(':orgId IN (g.beneficiary_organization_id, g.organizer_id, g.intermediary_id)', { orgId: f.organizationId });
    }
    if (f?.supportedCollaborationId)
      qb.andWhere('g.supported_collaboration_id = :collaborationId', { collaborationId: f.supportedCollaborationId });
    if (f?.socialIssueIds?.length) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM pro_bono_engagement_social_issues l WHERE l.engagement_id = g.id AND l.social_issue_id = ANY(:issueIds::uuid[]))`,
        { issueIds: f.socialIssueIds },
      );
    }
    if (f?.sdgs?.length) qb.andWhere('g.sdgs && :sdgs::smallint[]', { sdgs: f.sdgs });
    if (f?.skill) qb.andWhere('EXISTS (SELECT 1 FROM unnest(g.skills) s WHERE lower(s) = lower(:skill))', { skill: f.skill });
    if (f?.volunteerPersonId) {
      qb.andWhere('EXISTS (SELECT 1 FROM pro_bono_volunteers v WHERE v.engagement_id = g.id AND v.person_id = :personId)', {
        personId: f.volunteerPersonId,
      });
    }
    if (f?.startedFrom) qb.andWhere('g.started_on >= :from', { from: f.startedFrom });
    if (f?.startedTo) qb.andWhere('g.started_on <= :to', { to: f.startedTo });
    return qb;
  }

  // ---- writes --------------------------------------------------------------------------

  /** Exactly one beneficiary; every reference must exist; a supported collaboration must be the beneficiary venture's. */
  create(input: CreateProBonoEngagementInput, actor: Viewer): Promise<ProBonoEngagementEntity> {
    return this.audit.transaction(actor, 'createProBonoEngagement', async (m) => {
      const hasOrg = Boolean(input.beneficiaryOrganizationId);
      if (hasOrg === Boolean(input.beneficiaryVentureId)) {
        throw new ValidationError({
          field: 'input.beneficiaryOrganizationId',
          message: 'give exactly one of beneficiaryOrganizationId and beneficiaryVentureId',
        });
      }
      if (input.beneficiaryOrganizationId)
        await this.organizations.getById(input.beneficiaryOrganizationId, { manager: m, field: 'input.beneficiaryOrganizationId' });
      if (input.beneficiaryVentureId) {
        const venture = await this.ventures.getById(input.beneficiaryVentureId, { manager: m, field: 'input.beneficiaryVentureId' });
        if (venture.foundedOn && input.startedOn < venture.foundedOn) {
          throw new ValidationError({
            field: 'input.startedOn',
            message: `must not be before the venture was founded (${venture.foundedOn})`,
          });
        }
      }
      // An engagement's days are in its beneficiary venture's program zone (the default zone for an organization).
      const zone = await this.calendar.zoneOf(m, { ventureId: input.beneficiaryVentureId ?? null });
      if (input.status === EngagementStatus.ACTIVE) this.calendar.assertNotFuture(input.startedOn, 'input.startedOn', zone);
      const fields = {
        title: input.title,
        description: input.description ?? null,
        beneficiaryOrganizationId: input.beneficiaryOrganizationId ?? null,
        beneficiaryVentureId: input.beneficiaryVentureId ?? null,
        organizerId: input.organizerId ?? null,
        intermediaryId: input.intermediaryId ?? null,
        supportedCollaborationId: input.supportedCollaborationId ?? null,
        sdgs: normalizeSdgs(input.sdgs ?? []),
        skills: [...new Set(input.skills ?? [])],
        deliverables: input.deliverables ?? null,
      };
      await this.assertReferences(m, fields);
      // A proposal is dated today, or on its planned start when that has passed (records entered after the fact).
      const statusOn = input.status === EngagementStatus.ACTIVE ? input.startedOn : [input.startedOn, this.calendar.today(zone)].sort()[0];
      const engagement = await m.save(
        m.create(ProBonoEngagementEntity, { ...fields, status: input.status, statusOn, startedOn: input.startedOn, endedOn: null }),
      );
      await this.replaceSocialIssues(m, engagement.id, input.socialIssueIds ?? []);
      await m.insert(EngagementStatusChangeEntity, {
        engagementId: engagement.id,
        fromStatus: null,
        toStatus: input.status,
        changedOn: statusOn,
        recordedByUserId: actor.userId,
      });
      return engagement;
    });
  }

  update(input: UpdateProBonoEngagementInput, actor: Viewer): Promise<ProBonoEngagementEntity> {
    return this.audit.transaction(actor, 'updateProBonoEngagement', async (m, entry) => {
      const engagement = await this.getById(input.id, { manager: m, field: 'input.id', lock: true });
      entry.track(engagement);
      advanceVersion(engagement, input.version);
      const { id: _id, version: _version, socialIssueIds, ...patch } = input;
      if (patch.sdgs) patch.sdgs = normalizeSdgs(patch.sdgs);
      if (patch.skills) patch.skills = [...new Set(patch.skills)];
      assignDefined(engagement, patch);
      await this.assertReferences(m, engagement, input);
      if (socialIssueIds) entry.replaced('socialIssueIds', await this.replaceSocialIssues(m, engagement.id, socialIssueIds));
      return m.save(engagement);
    });
  }

  /**
   * Moves the status along ENGAGEMENT_TRANSITIONS on a date that is not before the previous
   * change nor in the future. ACTIVE sets the actual start; COMPLETED and CANCELLED the end
   * (a cancelled proposal may end before its planned start).
   */
  changeStatus(input: ChangeProBonoEngagementStatusInput, actor: Viewer): Promise<ProBonoEngagementEntity> {
    return this.audit.transaction(actor, 'changeProBonoEngagementStatus', async (m, entry) => {
      const g = await this.getById(input.engagementId, { manager: m, field: 'input.engagementId', lock: true });
      entry.track(g);
      const from = g.status;
      if (!ENGAGEMENT_TRANSITIONS[from].length) throw new ConflictError(`The engagement is ${from}`, { field: 'input.engagementId' });
      if (!ENGAGEMENT_TRANSITIONS[from].includes(input.status)) {
        throw new ValidationError({
          field: 'input.status',
          message: `cannot follow ${from} (allowed: ${ENGAGEMENT_TRANSITIONS[from].join(', ')})`,
        });
      }
      if (input.on < g.statusOn)
        throw new ValidationError({ field: 'input.on', message: `must not be before the previous change (${g.statusOn})` });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(m, { ventureId: g.beneficiaryVentureId }));
      const plannedStartOn = input.status === EngagementStatus.ACTIVE ? g.startedOn : null;
      if (input.status === EngagementStatus.ACTIVE) g.startedOn = input.on;
      else g.endedOn = input.on;
      g.status = input.status;
      g.statusOn = input.on;
      const saved = await m.save(g);
      await m.insert(EngagementStatusChangeEntity, {
        engagementId: g.id,
        fromStatus: from,
        toStatus: input.status,
        changedOn: input.on,
        plannedStartOn,
        recordedByUserId: actor.userId,
      });
      return saved;
    });
  }

  addVolunteer(input: AddProBonoVolunteerInput, actor: Viewer): Promise<ProBonoVolunteerEntity> {
    return this.audit.transaction(actor, 'addProBonoVolunteer', async (m) => {
      const engagement = await this.getById(input.engagementId, { manager: m, field: 'input.engagementId', lock: true });
      await this.people.getById(input.personId, { manager: m, field: 'input.personId' });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(m, { ventureId: engagement.beneficiaryVentureId }));
      if (await m.existsBy(ProBonoVolunteerEntity, { engagementId: engagement.id, personId: input.personId })) {
        throw new ConflictError('This person is a volunteer of the engagement already', { field: 'input.personId' });
      }
      const volunteer = await m.save(
        m.create(ProBonoVolunteerEntity, {
          engagementId: engagement.id,
          personId: input.personId,
          role: input.role,
          joinedOn: input.on,
          changedOn: input.on,
        }),
      );
      // Hours given on joining are the first entry, dated the day they joined.
      if (input.hours) await this.insertHourEntry(m, volunteer.id, input.on, input.hours, null, actor);
      volunteer.hours = input.hours;
      await this.recordVolunteerChange(m, volunteer, actor);
      return volunteer;
    });
  }

  /**
   * A dated change of role and/or total; the date never goes back. A new total is recorded as an
   * entry of the difference on that date (see addProBonoHourEntry for the dated entries themselves).
   */
  updateVolunteer(input: UpdateProBonoVolunteerInput, actor: Viewer): Promise<ProBonoVolunteerEntity> {
    return this.audit.transaction(actor, 'updateProBonoVolunteer', async (m, entry) => {
      const engagement = await this.getById(input.engagementId, { manager: m, field: 'input.engagementId' });
      const volunteer = await m.findOne(ProBonoVolunteerEntity, {
        where: { engagementId: input.engagementId, personId: input.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!volunteer) throw new NotFoundError('ProBonoVolunteer', input.personId, 'input.personId');
      entry.track(volunteer);
      advanceVersion(volunteer, input.version);
      if (input.role === undefined && input.hours === undefined)
        throw new ValidationError({ field: 'input.hours', message: 'give role and/or hours to change' });
      if (input.on < volunteer.changedOn)
        throw new ValidationError({ field: 'input.on', message: `must not be before the previous change (${volunteer.changedOn})` });
      this.calendar.assertNotFuture(input.on, 'input.on', await this.calendar.zoneOf(m, { ventureId: engagement.beneficiaryVentureId }));
      const hours = await hoursOfVolunteer(m, volunteer.id);
      // Hundredths, as the column keeps them: a difference that rounds to nothing records nothing.
      const difference = input.hours === undefined ? 0 : Math.round((input.hours - hours) * 100) / 100;
      if (Math.abs(difference) >= 100000)
        throw new ValidationError({
          field: 'input.hours',
          message: `too far from the ${hours} h recorded for one entry: correct the entries`,
        });
      if (difference !== 0) {
        const note = `Total set to ${input.hours} h (was ${hours} h) with updateProBonoVolunteer`;
        await this.insertHourEntry(m, volunteer.id, input.on, difference, note, actor);
      }
      assignDefined(volunteer, { role: input.role, changedOn: input.on });
      const saved = await m.save(volunteer);
      saved.hours = input.hours ?? hours;
      await this.recordVolunteerChange(m, saved, actor);
      return saved;
    });
  }

  // ---- helpers -------------------------------------------------------------------------

  private async insertHourEntry(
    m: EntityManager,
    volunteerId: string,
    workedOn: string,
    hours: number,
    note: string | null,
    actor: Viewer,
  ) {
    await m.insert(ProBonoHourEntryEntity, { volunteerId, workedOn, hours, note, recordedByUserId: actor.userId });
  }

  /** Keeps the role and the total (`v.hours`, set by the caller) after a change of either. */
  private async recordVolunteerChange(m: EntityManager, v: ProBonoVolunteerEntity, actor: Viewer): Promise<void> {
    await m.insert(ProBonoVolunteerChangeEntity, {
      volunteerId: v.id,
      role: v.role,
      hours: v.hours ?? 0,
      changedOn: v.changedOn,
      recordedByUserId: actor.userId,
    });
  }

  /** Organizer, intermediary and supported collaboration exist; the collaboration is the beneficiary venture's. */
  private async assertReferences(
    m: EntityManager,
    g: Pick<ProBonoEngagementEntity, 'organizerId' | 'intermediaryId' | 'supportedCollaborationId' | 'beneficiaryVentureId'>,
    changed: Partial<Record<'organizerId' | 'intermediaryId' | 'supportedCollaborationId', unknown>> = g,
  ): Promise<void> {
    if (changed.organizerId && g.organizerId) await this.organizations.getById(g.organizerId, { manager: m, field: 'input.organizerId' });
    if (changed.intermediaryId && g.intermediaryId)
      await this.organizations.getById(g.intermediaryId, { manager: m, field: 'input.intermediaryId' });
    if (changed.supportedCollaborationId && g.supportedCollaborationId) {
      const c = await this.collaborations.getById(g.supportedCollaborationId, { manager: m, field: 'input.supportedCollaborationId' });
      if (c.ventureId !== g.beneficiaryVentureId) {
        throw new ValidationError({
          field: 'input.supportedCollaborationId',
          message: "must be a collaboration of the engagement's beneficiary venture",
        });
      }
    }
  }

  /** Returns the social issue ids before and after (for the audit entry). */
  private async replaceSocialIssues(m: EntityManager, engagementId: string, ids: string[]): Promise<{ old: string[]; new: string[] }> {
    const unique = [...new Set(ids)];
    await this.socialIssues.assertExist(m, unique, 'input.socialIssueIds');
    const old = (await m.findBy(EngagementSocialIssueEntity, { engagementId })).map((i) => i.socialIssueId);
    await m.delete(EngagementSocialIssueEntity, { engagementId });
    if (unique.length)
      await m.insert(
        EngagementSocialIssueEntity,
        unique.map((socialIssueId) => ({ engagementId, socialIssueId })),
      );
    return { old, new: unique };
  }
}
