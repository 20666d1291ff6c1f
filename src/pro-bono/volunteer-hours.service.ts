import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { assertNotFuture } from '../common/dates.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { advanceVersion, assignDefined, getOrThrow, isUuid } from '../common/persistence.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import type { AddProBonoHourEntryInput, UpdateProBonoHourEntryInput, VolunteerHoursArgs } from './dto/volunteer-hours.inputs.js';
import { ProBonoEngagementEntity, ProBonoHourEntryEntity, ProBonoVolunteerEntity } from './pro-bono.entity.js';
import { engagementProgram, hoursOfVolunteer, type VolunteerHoursRow, volunteerHoursQuery } from './pro-bono.queries.js';

/**
 * Volunteer hours as dated entries: staff add, correct and remove them (a volunteer's hours are
 * their sum, never below 0), and the per-month / per-fiscal-year report.
 */
@Injectable()
export class VolunteerHoursService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  report(args: VolunteerHoursArgs): Promise<VolunteerHoursRow[]> {
    const { sql, params } = volunteerHoursQuery(args, this.config.defaultCalendar.fiscalYearStartMonth);
    return this.dataSource.query(sql, params);
  }

  add(input: AddProBonoHourEntryInput, actor: Viewer): Promise<ProBonoHourEntryEntity> {
    return this.audit.transaction(actor, 'addProBonoHourEntry', async (m, entry) => {
      const volunteer = await this.lockVolunteer(m, input.engagementId, input.personId);
      await this.assertWorkedOn(m, volunteer, input.workedOn);
      const saved = await m.save(
        m.create(ProBonoHourEntryEntity, {
          volunteerId: volunteer.id,
          workedOn: input.workedOn,
          hours: input.hours,
          note: input.note ?? null,
          recordedByUserId: actor.userId,
        }),
      );
      entry.entityIds(saved.id, volunteer.id, volunteer.engagementId);
      return saved;
    });
  }

  update(input: UpdateProBonoHourEntryInput, actor: Viewer): Promise<ProBonoHourEntryEntity> {
    return this.audit.transaction(actor, 'updateProBonoHourEntry', async (m, entry) => {
      const { hourEntry, volunteer } = await this.lockEntry(m, input.id);
      advanceVersion(hourEntry, input.version);
      if (input.workedOn) await this.assertWorkedOn(m, volunteer, input.workedOn);
      const { id: _id, version: _version, ...patch } = input;
      const saved = await m.save(assignDefined(hourEntry, patch));
      await this.assertTotalNotNegative(m, volunteer, 'input.hours');
      entry.entityIds(saved.id, volunteer.id, volunteer.engagementId);
      return saved;
    });
  }

  /** Deletes the entry and answers it as it was. */
  remove(id: string, actor: Viewer): Promise<ProBonoHourEntryEntity> {
    return this.audit.transaction(actor, 'removeProBonoHourEntry', async (m, entry) => {
      const { hourEntry, volunteer } = await this.lockEntry(m, id);
      await m.delete(ProBonoHourEntryEntity, { id: hourEntry.id });
      await this.assertTotalNotNegative(m, volunteer, 'input.id');
      entry.entityIds(hourEntry.id, volunteer.id, volunteer.engagementId);
      entry.details({ workedOn: hourEntry.workedOn, hours: hourEntry.hours });
      return hourEntry;
    });
  }

  // ---- rules ---------------------------------------------------------------------------

  /** The volunteer row, locked: entries of one volunteer change one at a time (their sum stays at 0 or more). */
  private async lockVolunteer(m: EntityManager, engagementId: string, personId: string): Promise<ProBonoVolunteerEntity> {
    if (!isUuid(engagementId) || !(await m.existsBy(ProBonoEngagementEntity, { id: engagementId }))) {
      throw new NotFoundError('ProBonoEngagement', engagementId, 'input.engagementId');
    }
    const volunteer = isUuid(personId)
      ? await m.findOne(ProBonoVolunteerEntity, { where: { engagementId, personId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!volunteer) throw new NotFoundError('ProBonoVolunteer', personId, 'input.personId');
    return volunteer;
  }

  private async lockEntry(m: EntityManager, id: string) {
    const hourEntry = await getOrThrow(m, ProBonoHourEntryEntity, 'ProBonoHourEntry', id, { field: 'input.id' });
    const volunteer = await m.findOneOrFail(ProBonoVolunteerEntity, {
      where: { id: hourEntry.volunteerId },
      lock: { mode: 'pessimistic_write' },
    });
    // Read again under the volunteer's lock: a concurrent change to this entry has committed by now.
    const locked = await getOrThrow(m, ProBonoHourEntryEntity, 'ProBonoHourEntry', id, { field: 'input.id', lock: true });
    return { hourEntry: locked, volunteer };
  }

  /** Not before the volunteer joined; not in the future in the engagement's program's zone (the default zone without one). */
  private async assertWorkedOn(m: EntityManager, volunteer: ProBonoVolunteerEntity, workedOn: string): Promise<void> {
    if (workedOn < volunteer.joinedOn) {
      throw new ValidationError({ field: 'input.workedOn', message: `must not be before the volunteer joined (${volunteer.joinedOn})` });
    }
    const [row] = await m.query<{ zone: string | null }[]>(
      `SELECT prog.time_zone AS zone FROM pro_bono_engagements g ${engagementProgram('g')} WHERE g.id = $1`,
      [volunteer.engagementId],
    );
    assertNotFuture(workedOn, 'input.workedOn', row?.zone ?? this.config.defaultCalendar.timeZone, this.clock.now());
  }

  private async assertTotalNotNegative(m: EntityManager, volunteer: ProBonoVolunteerEntity, field: string): Promise<void> {
    const total = await hoursOfVolunteer(m, volunteer.id);
    if (total < 0) {
      throw new ConflictError(`The volunteer's hours would be ${total}; a correcting entry (a total set lower) depends on this one`, {
        field,
      });
    }
  }
}
