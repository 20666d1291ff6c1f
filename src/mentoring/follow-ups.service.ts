import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../access/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuditDraft } from '../audit/audited-work.js';
import { ConflictError, NotFoundError, ValidationError } from '../common/errors/domain-errors.js';
import { advanceVersion, assignDefined, getOrThrow } from '../common/persistence.js';
import type { AddFollowUpInput, SetFollowUpDoneInput, UpdateFollowUpInput } from './dto/mentoring-session.inputs.js';
import { FollowUpActionEntity, type MentoringSessionEntity } from './mentoring-session.entity.js';
import { MentoringSessionsService } from './mentoring-sessions.service.js';

/**
 * Follow-ups of a session already logged: added, edited (text, due date), reassigned (owner) and
 * completed or reopened. The session's own mentor and staff may; another mentor's session or
 * follow-up answers NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly audit: AuditService,
    private readonly sessions: MentoringSessionsService,
  ) {}

  add(input: AddFollowUpInput, actor: Viewer): Promise<FollowUpActionEntity> {
    return this.audit.transaction(actor, 'addFollowUp', async (m, entry) => {
      const { session, onBehalfOfMentorId } = await this.sessions.loadForChange(m, input.sessionId, actor, 'input.sessionId');
      if (session.deletedAt) throw new ConflictError('The session is deleted; restore it first', { field: 'input.sessionId' });
      if (input.ownerPersonId) await this.assertPerson(m, input.ownerPersonId, 'input.ownerPersonId');
      if (input.dueOn) this.assertDueOn(session, input.dueOn);
      const followUp = await m.save(
        m.create(FollowUpActionEntity, {
          sessionId: session.id,
          text: input.text,
          ownerPersonId: input.ownerPersonId ?? null,
          dueOn: input.dueOn ?? null,
        }),
      );
      this.describe(entry, followUp, onBehalfOfMentorId);
      return followUp;
    });
  }

  update(input: UpdateFollowUpInput, actor: Viewer): Promise<FollowUpActionEntity> {
    return this.audit.transaction(actor, 'updateFollowUp', async (m, entry) => {
      const { followUp, session, onBehalfOfMentorId } = await this.loadForChange(m, input.id, actor);
      entry.track(followUp);
      advanceVersion(followUp, input.version);
      if (input.ownerPersonId) await this.assertPerson(m, input.ownerPersonId, 'input.ownerPersonId');
      if (input.dueOn) this.assertDueOn(session, input.dueOn);
      const { id: _id, version: _version, ...patch } = input;
      this.describe(entry, followUp, onBehalfOfMentorId);
      return m.save(assignDefined(followUp, patch));
    });
  }

  setDone(input: SetFollowUpDoneInput, actor: Viewer): Promise<FollowUpActionEntity> {
    return this.audit.transaction(actor, 'setFollowUpDone', async (m, entry) => {
      const { followUp, onBehalfOfMentorId } = await this.loadForChange(m, input.id, actor);
      entry.track(followUp);
      advanceVersion(followUp, undefined);
      followUp.done = input.done;
      followUp.doneAt = input.done ? new Date() : null;
      this.describe(entry, followUp, onBehalfOfMentorId);
      return m.save(followUp);
    });
  }

  /** The follow-up and its session, both locked; another mentor's follow-up answers like an unknown id. */
  private async loadForChange(m: EntityManager, id: string, actor: Viewer) {
    const followUp = await getOrThrow(m, FollowUpActionEntity, 'FollowUpAction', id, { field: 'input.id', lock: true });
    const change = await this.sessions.loadForChange(m, followUp.sessionId, actor, 'input.id').catch((error: unknown) => {
      // No hint that it exists, nor of its session.
      throw error instanceof NotFoundError ? new NotFoundError('FollowUpAction', id, 'input.id') : error;
    });
    return { followUp, ...change };
  }

  private describe(entry: AuditDraft, followUp: FollowUpActionEntity, onBehalfOfMentorId: string | undefined): void {
    entry.entityIds(followUp.id, followUp.sessionId);
    if (onBehalfOfMentorId) entry.details({ onBehalfOfMentorId });
  }

  /** Due on or after the (UTC) day the session was held. */
  private assertDueOn(session: MentoringSessionEntity, dueOn: string): void {
    const heldOn = session.heldAt.toISOString().slice(0, 10);
    if (dueOn < heldOn) throw new ValidationError({ field: 'input.dueOn', message: `must not be before the session (${heldOn})` });
  }

  private async assertPerson(m: EntityManager, personId: string, field: string): Promise<void> {
    const [row] = await m.query<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM people WHERE id = $1 AND merged_into_id IS NULL) AS found`,
      [personId],
    );
    if (!row.found) throw new NotFoundError('Person', personId, field);
  }
}
