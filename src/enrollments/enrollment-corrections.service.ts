import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { CohortsService } from '../cohorts/cohorts.service.js';
import { ValidationError } from '../common/errors/domain-errors.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { assertNewDate, assertUndoable, latestMoves } from '../common/history.js';
import { getOrThrow } from '../common/persistence.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import type { RedateEnrollmentStatusChangeInput, UndoEnrollmentStatusChangeInput } from './dto/enrollment-corrections.inputs.js';
import { EnrollmentStatus } from './enrollment-status.enum.js';
import { EnrollmentEntity, EnrollmentEventEntity } from './enrollment.entity.js';

const RANK = Object.values(EnrollmentStatus);

/**
 * Corrections of an enrollment's latest status change, with a reason: undo it (the status returns
 * to the one before, GRADUATED and WITHDRAWN included) or move its date. The corrected move is
 * voided and the correction appended as its own row, so the history keeps both.
 */
@Injectable()
export class EnrollmentCorrectionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly cohorts: CohortsService,
    private readonly calendar: ProgramCalendar,
  ) {}

  undo(input: UndoEnrollmentStatusChangeInput, actor: Viewer): Promise<EnrollmentEntity> {
    return this.audit.transaction(actor, 'undoEnrollmentStatusChange', async (m, entry) => {
      const { enrollment, latest, previous, today } = await this.latest(m, input.enrollmentId);
      assertUndoable(previous, 'input.enrollmentId', 'status');
      entry.track(enrollment);
      await m.update(EnrollmentEventEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(EnrollmentEventEntity, {
        enrollmentId: enrollment.id,
        kind: HistoryEntryKind.UNDO,
        correctsEventId: latest.id,
        fromStatus: latest.toStatus,
        toStatus: previous.toStatus,
        occurredOn: today,
        reason: input.reason,
        recordedBy: actor.email,
      });
      enrollment.status = previous.toStatus;
      enrollment.statusOn = previous.occurredOn;
      await m.save(enrollment);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return enrollment;
    });
  }

  redate(input: RedateEnrollmentStatusChangeInput, actor: Viewer): Promise<EnrollmentEntity> {
    return this.audit.transaction(actor, 'redateEnrollmentStatusChange', async (m, entry) => {
      const { enrollment, latest, previous, zone, today, startsOn } = await this.latest(m, input.enrollmentId);
      assertNewDate(input.on, latest.occurredOn, previous?.occurredOn, today, zone);
      const started = latest.toStatus === EnrollmentStatus.ACTIVE || latest.toStatus === EnrollmentStatus.GRADUATED;
      if (started && startsOn && input.on < startsOn) {
        throw new ValidationError({ field: 'input.on', message: `must not be before the cohort starts (${startsOn})` });
      }
      entry.track(enrollment);
      await m.update(EnrollmentEventEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(EnrollmentEventEntity, {
        enrollmentId: enrollment.id,
        kind: HistoryEntryKind.REDATE,
        correctsEventId: latest.id,
        fromStatus: latest.fromStatus,
        toStatus: latest.toStatus,
        occurredOn: input.on,
        note: latest.note,
        reason: input.reason,
        recordedBy: actor.email,
      });
      enrollment.statusOn = input.on;
      await m.save(enrollment);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return enrollment;
    });
  }

  /** The enrollment (locked), its latest move that counts and the one before, and its program's time zone. */
  private async latest(m: EntityManager, id: string) {
    const enrollment = await getOrThrow(m, EnrollmentEntity, 'Enrollment', id, { field: 'input.enrollmentId', lock: true });
    const events = await m.findBy(EnrollmentEventEntity, { enrollmentId: enrollment.id });
    const { latest, previous } = latestMoves(
      events,
      (e) => e.occurredOn,
      (e) => RANK.indexOf(e.toStatus),
    );
    if (latest?.toStatus !== enrollment.status) throw new Error(`Enrollment ${id}: its history does not end in ${enrollment.status}`);
    const cohort = await this.cohorts.getById(enrollment.cohortId, { manager: m });
    const zone = await this.calendar.zoneOf(m, { cohortId: cohort.id });
    return { enrollment, latest, previous, zone, today: this.calendar.today(zone), startsOn: cohort.startsOn };
  }
}
