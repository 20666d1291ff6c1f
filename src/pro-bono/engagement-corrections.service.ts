import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import { comparedFields } from '../audit/audit-changes.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuditDraft } from '../audit/audited-work.js';
import { ConflictError, ValidationError } from '../common/errors/domain-errors.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { assertNewDate, assertUndoable, latestMoves } from '../common/history.js';
import { advanceVersion, getOrThrow } from '../common/persistence.js';
import { ProgramCalendar } from '../programs/program-calendar.service.js';
import { VenturesService } from '../ventures/ventures.service.js';
import type {
  DeleteProBonoEngagementInput,
  RedateProBonoEngagementStatusChangeInput,
  UndoProBonoEngagementStatusChangeInput,
} from './dto/engagement-corrections.inputs.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoVolunteerEntity,
} from './pro-bono.entity.js';
import { EngagementStatus } from './pro-bono.enum.js';

const RANK = Object.values(EngagementStatus);
const ENDS = [EngagementStatus.COMPLETED, EngagementStatus.CANCELLED];

/** What keeps an engagement from being removed, for the CONFLICT. */
interface Dependant {
  type: string;
  id: string;
  title: string;
}

/**
 * Corrections of an engagement's latest status change (undo it, or move its date) and removal of
 * an engagement recorded by mistake, each with a reason. A corrected change is voided and the
 * correction appended as its own row; "today" is in the venture's program zone (ProgramCalendar).
 */
@Injectable()
export class EngagementCorrectionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly ventures: VenturesService,
    private readonly calendar: ProgramCalendar,
  ) {}

  /** ACTIVE undone restores the planned start (when it was kept); COMPLETED or CANCELLED undone clears the end. */
  undo(input: UndoProBonoEngagementStatusChangeInput, actor: Viewer): Promise<ProBonoEngagementEntity> {
    return this.audit.transaction(actor, 'undoProBonoEngagementStatusChange', async (m, entry) => {
      const { g, latest, previous, today } = await this.latest(m, entry, input.engagementId, input.version);
      assertUndoable(previous, 'input.engagementId', 'status');
      await m.update(EngagementStatusChangeEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(EngagementStatusChangeEntity, {
        engagementId: g.id,
        kind: HistoryEntryKind.UNDO,
        correctsChangeId: latest.id,
        fromStatus: latest.toStatus,
        toStatus: previous.toStatus,
        changedOn: today,
        reason: input.reason,
        recordedByUserId: actor.userId,
      });
      if (latest.toStatus === EngagementStatus.ACTIVE && latest.plannedStartOn) g.startedOn = latest.plannedStartOn;
      if (ENDS.includes(latest.toStatus)) g.endedOn = null;
      g.status = previous.toStatus;
      g.statusOn = previous.changedOn;
      const saved = await m.save(g);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return saved;
    });
  }

  redate(input: RedateProBonoEngagementStatusChangeInput, actor: Viewer): Promise<ProBonoEngagementEntity> {
    return this.audit.transaction(actor, 'redateProBonoEngagementStatusChange', async (m, entry) => {
      const { g, latest, previous, zone, today } = await this.latest(m, entry, input.engagementId, input.version);
      assertNewDate(input.on, latest.changedOn, previous?.changedOn, today, zone);
      if (latest.toStatus === EngagementStatus.ACTIVE) {
        if (!previous && g.beneficiaryVentureId) {
          // Created ACTIVE: its start moves, and may not come before the venture was founded.
          const venture = await this.ventures.getById(g.beneficiaryVentureId, { manager: m });
          if (venture.foundedOn && input.on < venture.foundedOn) {
            throw new ValidationError({ field: 'input.on', message: `must not be before the venture was founded (${venture.foundedOn})` });
          }
        }
        g.startedOn = input.on;
      }
      if (ENDS.includes(latest.toStatus)) g.endedOn = input.on;
      g.statusOn = input.on;
      await m.update(EngagementStatusChangeEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(EngagementStatusChangeEntity, {
        engagementId: g.id,
        kind: HistoryEntryKind.REDATE,
        correctsChangeId: latest.id,
        fromStatus: latest.fromStatus,
        toStatus: latest.toStatus,
        changedOn: input.on,
        plannedStartOn: latest.plannedStartOn,
        reason: input.reason,
        recordedByUserId: actor.userId,
      });
      const saved = await m.save(g);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return saved;
    });
  }

  /**
   * Removes the engagement with its status history, social issue links and volunteers without
   * hour entries (they are part of its record). Refused while a volunteer has hours on it or an event
   * names it; the audit entry keeps what was removed.
   */
  delete(input: DeleteProBonoEngagementInput, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteProBonoEngagement', async (m, entry) => {
      const g = await getOrThrow(m, ProBonoEngagementEntity, 'ProBonoEngagement', input.id, { field: 'input.id', lock: true });
      advanceVersion(g, input.version);
      const dependants = await this.dependants(m, g.id);
      if (dependants.length) {
        throw new ConflictError(
          `The engagement has ${dependants.map((d) => `${d.type === 'Event' ? 'an event' : 'a volunteer with hours'} ("${d.title}")`).join(', ')}; remove them first`,
          { field: 'input.id', dependants },
        );
      }
      const statusHistory = await m.find(EngagementStatusChangeEntity, { where: { engagementId: g.id }, order: { recordedAt: 'ASC' } });
      const volunteers = await m.findBy(ProBonoVolunteerEntity, { engagementId: g.id });
      const issues = await m.findBy(EngagementSocialIssueEntity, { engagementId: g.id });
      await m.delete(ProBonoEngagementEntity, { id: g.id });
      // What was removed, as changes to nothing (bookkeeping left out).
      for (const field of comparedFields(g, undefined)) entry.change(field, g[field as keyof typeof g], null);
      entry.details({
        reason: input.reason,
        socialIssueIds: issues.map((i) => i.socialIssueId),
        statusHistory: statusHistory.map((s) => ({
          id: s.id,
          kind: s.kind,
          fromStatus: s.fromStatus,
          toStatus: s.toStatus,
          changedOn: s.changedOn,
        })),
        volunteers: volunteers.map((v) => ({ personId: v.personId, role: v.role, joinedOn: v.joinedOn })),
      });
      return g.id;
    });
  }

  /** Volunteers with hour entries, and events (raw SQL: events sit above pro bono and name the engagement). */
  private dependants(m: EntityManager, id: string): Promise<Dependant[]> {
    return m.query(
      `SELECT 'ProBonoVolunteer' AS type, v.id, p.name AS title FROM pro_bono_volunteers v JOIN people p ON p.id = v.person_id
        WHERE v.engagement_id = $1 AND EXISTS (SELECT 1 FROM pro_bono_hour_entries he WHERE he.volunteer_id = v.id)
       UNION ALL
       SELECT 'Event', e.id, e.title FROM events e WHERE e.engagement_id = $1
       ORDER BY 1, 3, 2`,
      [id],
    );
  }

  /** The engagement (locked, version checked and counted), its latest change that counts and the one before. */
  private async latest(m: EntityManager, entry: AuditDraft, id: string, version: number | null | undefined) {
    const g = await getOrThrow(m, ProBonoEngagementEntity, 'ProBonoEngagement', id, { field: 'input.engagementId', lock: true });
    entry.track(g);
    advanceVersion(g, version);
    const changes = await m.findBy(EngagementStatusChangeEntity, { engagementId: g.id });
    const { latest, previous } = latestMoves(
      changes,
      (s) => s.changedOn,
      (s) => RANK.indexOf(s.toStatus),
    );
    if (latest?.toStatus !== g.status) throw new Error(`Engagement ${id}: its history does not end in ${g.status}`);
    const zone = await this.calendar.zoneOf(m, { ventureId: g.beneficiaryVentureId });
    return { g, latest, previous, zone, today: this.calendar.today(zone) };
  }
}
