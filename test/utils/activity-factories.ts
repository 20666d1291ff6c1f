import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OrganizationEntity } from '../../src/organizations/organization.entity.js';
import type { PersonEntity } from '../../src/people/person.entity.js';
import { EnrollmentEntity } from '../../src/enrollments/enrollment.entity.js';
import { MentorAssignmentEntity, MentorEntity } from '../../src/mentoring/mentor.entity.js';
import { AssignmentRole } from '../../src/mentoring/assignment-role.enum.js';
import { FollowUpActionEntity, MentoringSessionEntity } from '../../src/mentoring/mentoring-session.entity.js';
import { SessionFormat } from '../../src/mentoring/session-format.enum.js';
import {
  CollaborationContactEntity,
  CollaborationEntity,
  CollaborationStageChangeEntity,
} from '../../src/collaborations/collaboration.entity.js';
import {
  CollaborationDomain,
  CollaborationKind,
  CollaborationStage,
  type ContactSide,
} from '../../src/collaborations/collaboration.enum.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
  SocialIssueEntity,
} from '../../src/pro-bono/pro-bono.entity.js';
import { EngagementStatus } from '../../src/pro-bono/pro-bono.enum.js';
import { MetricDefinitionEntity, OutcomeRecordEntity, RecognitionEntity } from '../../src/outcomes/outcome.entity.js';
import { MetricAggregation, MetricKind, MetricUnit, OutcomeSource, RecognitionKind } from '../../src/outcomes/outcome.enum.js';
import { EventEntity, EventOrganizationEntity } from '../../src/events/event.entity.js';
import { EventKind, EventOrganizationRole } from '../../src/events/event.enum.js';
import { ApiTokenEntity } from '../../src/auth/api-token.entity.js';
import type { FactoryDefaults, Path } from './factories.js';

interface Basics {
  next: () => number;
  person: (over?: Partial<PersonEntity>) => Promise<PersonEntity>;
  organization: (over?: Partial<OrganizationEntity>) => Promise<OrganizationEntity>;
}

export interface SessionSpec extends Partial<Omit<MentoringSessionEntity, 'heldAt'>> {
  heldAt: Date | string;
  followUps?: Partial<FollowUpActionEntity>[];
}

export interface EngagementSpec extends Partial<ProBonoEngagementEntity> {
  socialIssueIds?: string[];
  volunteers?: { personId: string; hours: number; role?: string; joinedOn?: string }[];
}

/** Mentoring, collaborations, pro bono, outcomes and events: the rows specs used to write as raw SQL. */
export function activityFactories(m: () => EntityManager, { next, person, organization }: Basics, defaults: FactoryDefaults) {
  const mentor = async (over: Partial<MentorEntity> = {}) =>
    m().save(m().create(MentorEntity, { personId: over.personId ?? (await person()).id, ...over }));
  const assignment = (mentorId: string, enrollmentId: string, startsOn: string, over: Partial<MentorAssignmentEntity> = {}) =>
    m().save(m().create(MentorAssignmentEntity, { mentorId, enrollmentId, startsOn, role: AssignmentRole.LEAD, ...over }));
  const collaboration = async (
    ventureId: string,
    organizationId: string,
    path: Path<CollaborationStage>,
    over: Partial<CollaborationEntity> = {},
  ) => {
    const [stage, stageOn] = path[path.length - 1];
    const c = await m().save(
      m().create(CollaborationEntity, {
        ventureId,
        organizationId,
        title: 'C',
        domain: CollaborationDomain.HEALTHCARE,
        kind: CollaborationKind.OTHER,
        startedOn: path[0][1],
        endedOn: stage === CollaborationStage.ENDED ? stageOn : null,
        stage,
        stageOn,
        ...over,
      }),
    );
    await m().insert(
      CollaborationStageChangeEntity,
      path.map(([to, on], i) => ({ collaborationId: c.id, fromStage: i ? path[i - 1][0] : null, toStage: to, changedOn: on })),
    );
    return c;
  };
  const engagement = async (path: Path<EngagementStatus>, { socialIssueIds = [], volunteers = [], ...over }: EngagementSpec = {}) => {
    const [status, statusOn] = path[path.length - 1];
    const ended = status === EngagementStatus.COMPLETED || status === EngagementStatus.CANCELLED;
    const beneficiary =
      over.beneficiaryVentureId || over.beneficiaryOrganizationId ? {} : { beneficiaryOrganizationId: (await organization()).id };
    const g = await m().save(
      m().create(ProBonoEngagementEntity, {
        title: 'G',
        ...beneficiary,
        status,
        statusOn,
        startedOn: path.find(([s]) => s === EngagementStatus.ACTIVE)?.[1] ?? path[0][1],
        endedOn: ended ? statusOn : null,
        ...over,
      }),
    );
    await m().insert(
      EngagementStatusChangeEntity,
      path.map(([to, on], i) => ({ engagementId: g.id, fromStatus: i ? path[i - 1][0] : null, toStatus: to, changedOn: on })),
    );
    for (const socialIssueId of socialIssueIds) await m().insert(EngagementSocialIssueEntity, { engagementId: g.id, socialIssueId });
    for (const { personId, hours, role = 'r', joinedOn = path[0][1] } of volunteers) {
      const v = await m().save(m().create(ProBonoVolunteerEntity, { engagementId: g.id, personId, role, joinedOn, changedOn: joinedOn }));
      await m().insert(ProBonoVolunteerChangeEntity, { volunteerId: v.id, role, hours, changedOn: joinedOn });
      // Their hours: one entry on the day they joined.
      if (hours) await m().insert(ProBonoHourEntryEntity, { volunteerId: v.id, workedOn: joinedOn, hours });
    }
    return g;
  };
  return {
    mentor,
    /** The person's mentor profile, created when they have none yet. */
    mentorOf: async (personId: string) => (await m().findOneBy(MentorEntity, { personId })) ?? mentor({ personId }),
    /** A mentor assigned to an enrollment from `startsOn` (LEAD unless told). */
    assignment,
    /** A session under an assignment, with its follow-ups; mentor, venture and cohort come from the assignment. */
    session: async (
      a: Pick<MentorAssignmentEntity, 'id' | 'mentorId' | 'enrollmentId'>,
      { heldAt, followUps = [], ...over }: SessionSpec,
    ) => {
      const e = await m().findOneByOrFail(EnrollmentEntity, { id: a.enrollmentId });
      const recordedByUserId = over.recordedByUserId ?? defaults.recordedByUserId?.();
      if (!recordedByUserId) throw new Error('session(): no recordedByUserId and no default recorder');
      const s = await m().save(
        m().create(MentoringSessionEntity, {
          assignmentId: a.id,
          mentorId: a.mentorId,
          ventureId: e.ventureId,
          cohortId: e.cohortId,
          heldAt: new Date(heldAt),
          durationMinutes: 60,
          format: SessionFormat.ONLINE,
          ...over,
          recordedByUserId,
        }),
      );
      const actions = followUps.length
        ? await m().save(followUps.map((x) => m().create(FollowUpActionEntity, { text: 'Follow up', ...x, sessionId: s.id })))
        : [];
      return Object.assign(s, { followUps: actions });
    },
    /** A collaboration with its stage history: each stage in `path` on the given date; started on the first. */
    collaboration,
    contact: (collaborationId: string, personId: string, side: ContactSide, role = 'lead') =>
      m().save(m().create(CollaborationContactEntity, { collaborationId, personId, side, role })),
    socialIssue: (over: Partial<SocialIssueEntity> = {}) => m().save(m().create(SocialIssueEntity, { name: `Issue ${next()}`, ...over })),
    /** A pro bono engagement with its status history, social issues and volunteers (a new beneficiary organization unless given). */
    engagement,
    metric: (over: Partial<MetricDefinitionEntity> = {}) =>
      m().save(
        m().create(MetricDefinitionEntity, {
          code: `M_${next()}`,
          name: 'Metric',
          unit: MetricUnit.COUNT,
          kind: MetricKind.FLOW,
          aggregation: MetricAggregation.SUM,
          ...over,
        }),
      ),
    /** A first record (its own lineage) of `metricCode` for a venture: a STOCK as of a date, or give periodStart/periodEnd. */
    outcome: async (ventureId: string, metricCode: string, value: number, over: Partial<OutcomeRecordEntity> = {}) => {
      const metric = await m().findOneByOrFail(MetricDefinitionEntity, { code: metricCode });
      const id = randomUUID();
      const dates = over.periodStart ? {} : { asOf: '2024-03-31' };
      return m().save(
        m().create(OutcomeRecordEntity, {
          id,
          lineageId: id,
          ventureId,
          metricId: metric.id,
          value,
          source: OutcomeSource.SURVEY,
          ...dates,
          ...over,
        }),
      );
    },
    recognition: (over: Partial<RecognitionEntity> = {}) =>
      m().save(m().create(RecognitionEntity, { name: 'R', kind: RecognitionKind.AWARD, year: 2020, ...over })),
    /** An event (a one-day online forum unless told), with the organizations behind it. */
    event: async (over: Partial<EventEntity> = {}, organizations: [string, EventOrganizationRole?][] = []) => {
      const startsOn = over.startsOn ?? '2024-11-20';
      const ev = await m().save(
        m().create(EventEntity, { title: 'E', kind: EventKind.FORUM, startsOn, endsOn: startsOn, online: true, ...over }),
      );
      for (const [organizationId, role = EventOrganizationRole.ORGANIZER] of organizations)
        await m().insert(EventOrganizationEntity, { eventId: ev.id, organizationId, role });
      return ev;
    },
    followUp: (sessionId: string, over: Partial<FollowUpActionEntity> = {}) =>
      m().save(m().create(FollowUpActionEntity, { text: 'Send deck', ...over, sessionId })),
    /** A bearer token row of a user (its secret is not known: for listing and revoking). */
    apiToken: (userId: string, over: Partial<ApiTokenEntity> = {}) =>
      m().save(m().create(ApiTokenEntity, { userId, name: 't', tokenHash: randomBytes(16).toString('hex'), prefix: 'agt_', ...over })),
  };
}
