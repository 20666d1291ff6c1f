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
import { CollaborationStage } from './collaboration.enum.js';
import { CollaborationContactEntity, CollaborationEntity, CollaborationStageChangeEntity } from './collaboration.entity.js';
import type {
  DeleteCollaborationInput,
  RedateCollaborationStageChangeInput,
  UndoCollaborationStageChangeInput,
} from './dto/collaboration-corrections.inputs.js';

const RANK = Object.values(CollaborationStage);

/**
 * Corrections of a collaboration's latest stage change (undo it, or move its date) and removal of
 * a collaboration recorded by mistake, each with a reason. A corrected change is voided and the
 * correction appended as its own row; "today" is in the venture's program zone (ProgramCalendar).
 */
@Injectable()
export class CollaborationCorrectionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly ventures: VenturesService,
    private readonly calendar: ProgramCalendar,
  ) {}

  undo(input: UndoCollaborationStageChangeInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'undoCollaborationStageChange', async (m, entry) => {
      const { c, latest, previous, today } = await this.latest(m, entry, input.collaborationId, input.version);
      assertUndoable(previous, 'input.collaborationId', 'stage');
      await m.update(CollaborationStageChangeEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(CollaborationStageChangeEntity, {
        collaborationId: c.id,
        kind: HistoryEntryKind.UNDO,
        correctsChangeId: latest.id,
        fromStage: latest.toStage,
        toStage: previous.toStage,
        changedOn: today,
        reason: input.reason,
        recordedByUserId: actor.userId,
      });
      c.stage = previous.toStage;
      c.stageOn = previous.changedOn;
      if (latest.toStage === CollaborationStage.ENDED) c.endedOn = null;
      const saved = await m.save(c);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return saved;
    });
  }

  redate(input: RedateCollaborationStageChangeInput, actor: Viewer): Promise<CollaborationEntity> {
    return this.audit.transaction(actor, 'redateCollaborationStageChange', async (m, entry) => {
      const { c, latest, previous, zone, today } = await this.latest(m, entry, input.collaborationId, input.version);
      assertNewDate(input.on, latest.changedOn, previous?.changedOn, today, zone);
      if (!previous) {
        // The stage it started in: the collaboration's start moves with it.
        const venture = await this.ventures.getById(c.ventureId, { manager: m });
        if (venture.foundedOn && input.on < venture.foundedOn) {
          throw new ValidationError({ field: 'input.on', message: `must not be before the venture was founded (${venture.foundedOn})` });
        }
        c.startedOn = input.on;
      }
      if (latest.toStage === CollaborationStage.ENDED) c.endedOn = input.on;
      c.stageOn = input.on;
      await m.update(CollaborationStageChangeEntity, { id: latest.id }, { voidedAt: () => 'now()' });
      await m.insert(CollaborationStageChangeEntity, {
        collaborationId: c.id,
        kind: HistoryEntryKind.REDATE,
        correctsChangeId: latest.id,
        fromStage: latest.fromStage,
        toStage: latest.toStage,
        changedOn: input.on,
        reason: input.reason,
        recordedByUserId: actor.userId,
      });
      const saved = await m.save(c);
      entry.details({ correctionOf: latest.id, reason: input.reason });
      return saved;
    });
  }

  /**
   * Removes the collaboration with its stage history and contacts (they are part of its record).
   * Refused while a pro bono engagement supports it; the audit entry keeps what was removed.
   */
  delete(input: DeleteCollaborationInput, actor: Viewer): Promise<string> {
    return this.audit.transaction(actor, 'deleteCollaboration', async (m, entry) => {
      const c = await getOrThrow(m, CollaborationEntity, 'Collaboration', input.id, { field: 'input.id', lock: true });
      advanceVersion(c, input.version);
      // Raw SQL: pro-bono sits above collaborations (it names the collaboration an engagement supports).
      const engagements: { id: string; title: string }[] = await m.query(
        `SELECT id, title FROM pro_bono_engagements WHERE supported_collaboration_id = $1 ORDER BY started_on, id`,
        [c.id],
      );
      if (engagements.length) {
        throw new ConflictError(
          `Pro bono engagements support this collaboration: ${engagements.map((g) => `"${g.title}"`).join(', ')}; remove or change them first`,
          { field: 'input.id', dependants: engagements.map((g) => ({ type: 'ProBonoEngagement', id: g.id, title: g.title })) },
        );
      }
      const stageHistory = await m.find(CollaborationStageChangeEntity, { where: { collaborationId: c.id }, order: { recordedAt: 'ASC' } });
      const contacts = await m.findBy(CollaborationContactEntity, { collaborationId: c.id });
      await m.delete(CollaborationEntity, { id: c.id });
      // What was removed, as changes to nothing (bookkeeping left out).
      for (const field of comparedFields(c, undefined)) entry.change(field, c[field as keyof typeof c], null);
      entry.details({
        reason: input.reason,
        stageHistory: stageHistory.map((s) => ({
          id: s.id,
          kind: s.kind,
          fromStage: s.fromStage,
          toStage: s.toStage,
          changedOn: s.changedOn,
        })),
        contacts: contacts.map((x) => ({ personId: x.personId, side: x.side, role: x.role })),
      });
      return c.id;
    });
  }

  /** The collaboration (locked, version checked and counted), its latest change that counts and the one before. */
  private async latest(m: EntityManager, entry: AuditDraft, id: string, version: number | null | undefined) {
    const c = await getOrThrow(m, CollaborationEntity, 'Collaboration', id, { field: 'input.collaborationId', lock: true });
    entry.track(c);
    advanceVersion(c, version);
    const changes = await m.findBy(CollaborationStageChangeEntity, { collaborationId: c.id });
    const { latest, previous } = latestMoves(
      changes,
      (s) => s.changedOn,
      (s) => RANK.indexOf(s.toStage),
    );
    if (latest?.toStage !== c.stage) throw new Error(`Collaboration ${id}: its history does not end in ${c.stage}`);
    const zone = await this.calendar.zoneOf(m, { ventureId: c.ventureId });
    return { c, latest, previous, zone, today: this.calendar.today(zone) };
  }
}
