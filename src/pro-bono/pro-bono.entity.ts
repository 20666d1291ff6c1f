import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  VersionColumn,
} from 'typeorm';
import { CollaborationEntity } from '../collaborations/collaboration.entity.js';
import { SDG_CHECK } from '../common/graphql/sdg.enum.js';
import { numericColumn } from '../common/persistence.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { correctionCheck, HISTORY_KINDS } from '../common/history.js';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { EngagementStatus } from './pro-bono.enum.js';

/** A social issue from the list staff maintain (e.g. "Care for older people"). */
@Entity('social_issues')
@Index('uq_social_issues_name_lower', { synchronize: false })
export class SocialIssueEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * Skilled volunteer work by employees for an organization or an alumni venture (exactly one
 * beneficiary). `status`/`statusOn` are the latest of its dated status history.
 */
@Entity('pro_bono_engagements')
@Check('ck_pro_bono_engagements_status', `status IN (${sqlList(Object.values(EngagementStatus))})`)
@Check('ck_pro_bono_engagements_beneficiary', `num_nonnulls(beneficiary_organization_id, beneficiary_venture_id) = 1`)
@Check('ck_pro_bono_engagements_dates', `ended_on IS NULL OR ended_on >= started_on OR status = 'CANCELLED'`)
@Check('ck_pro_bono_engagements_ended', `(status IN ('COMPLETED', 'CANCELLED')) = (ended_on IS NOT NULL)`)
@Check('ck_pro_bono_engagements_sdgs', SDG_CHECK)
export class ProBonoEngagementEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  beneficiaryOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_organization_id' })
  beneficiaryOrganization?: Relation<OrganizationEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  beneficiaryVentureId: string | null;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'beneficiary_venture_id' })
  beneficiaryVenture?: Relation<VentureEntity>;

  /** The group that runs it, e.g. an employee Pro Bono Club. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizerId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_id' })
  organizer?: Relation<OrganizationEntity>;

  /** The matching intermediary, e.g. Service Grant. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  intermediaryId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intermediary_id' })
  intermediary?: Relation<OrganizationEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  supportedCollaborationId: string | null;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supported_collaboration_id' })
  supportedCollaboration?: Relation<CollaborationEntity>;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Index()
  @Column({ type: 'text' })
  status: EngagementStatus;

  /** Date of the latest status change. */
  @Column({ type: 'date' })
  statusOn: string;

  /** Planned start while PROPOSED; the day it became ACTIVE after that. */
  @Index()
  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  deliverables: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

@Entity('pro_bono_engagement_social_issues')
export class EngagementSocialIssueEntity {
  @PrimaryColumn({ type: 'uuid' })
  engagementId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  socialIssueId: string;

  @ManyToOne(() => ProBonoEngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Relation<ProBonoEngagementEntity>;

  @ManyToOne(() => SocialIssueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'social_issue_id' })
  socialIssue?: Relation<SocialIssueEntity>;
}

/**
 * One dated status change of an engagement (the first is the status it was created in), or a
 * correction of the latest one (UNDO / REDATE, with a reason). A corrected change is voided, never changed.
 */
@Entity('pro_bono_engagement_status_changes')
@Check('ck_pro_bono_engagement_status_changes_kind', `kind IN (${HISTORY_KINDS})`)
@Check('ck_pro_bono_engagement_status_changes_correction', correctionCheck('corrects_change_id'))
@Check('ck_pro_bono_engagement_status_changes_to_status', `to_status IN (${sqlList(Object.values(EngagementStatus))})`)
export class EngagementStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => ProBonoEngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Relation<ProBonoEngagementEntity>;

  @Column({ type: 'text', nullable: true })
  fromStatus: EngagementStatus | null;

  @Column({ type: 'text' })
  toStatus: EngagementStatus;

  @Column({ type: 'date' })
  changedOn: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** MOVE, or a correction (UNDO / REDATE) of the change `correctsChangeId`. */
  @Column({ type: 'text', default: HistoryEntryKind.MOVE })
  kind: HistoryEntryKind;

  /** The change a correction corrects (each change is corrected at most once). */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  correctsChangeId: string | null;

  @ManyToOne(() => EngagementStatusChangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'corrects_change_id' })
  correctsChange?: Relation<EngagementStatusChangeEntity>;

  /** Why a correction was made (required for corrections). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** When a correction undid or re-dated this change; a voided change no longer counts. */
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  /** On a move to ACTIVE: the planned start it replaced, so that undoing the move restores it (null before this was kept). */
  @Column({ type: 'date', nullable: true })
  plannedStartOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

/**
 * A person taking part in an engagement; role is the latest of its dated changes. Their hours are
 * the sum of their dated entries (pro_bono_hour_entries), never stored here.
 */
@Entity('pro_bono_volunteers')
@Unique('uq_pro_bono_volunteers_engagement_person', ['engagementId', 'personId'])
@Check('ck_pro_bono_volunteers_dates', `changed_on >= joined_on`)
export class ProBonoVolunteerEntity extends TimestampedEntity {
  @Column({ type: 'uuid' })
  engagementId: string;

  @ManyToOne(() => ProBonoEngagementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Relation<ProBonoEngagementEntity>;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text' })
  role: string;

  /** The sum of the hour entries, read with them (pro-bono.queries.ts); not a column. */
  hours?: number;

  @Column({ type: 'date' })
  joinedOn: string;

  /** Date of the latest change recorded with updateProBonoVolunteer (role, or a total set). */
  @Column({ type: 'date' })
  changedOn: string;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** Every change of a volunteer's role or total made with add/updateProBonoVolunteer, dated; never overwritten. `hours` is the total right after it. */
@Entity('pro_bono_volunteer_changes')
@Check('ck_pro_bono_volunteer_changes_hours', `hours >= 0`)
export class ProBonoVolunteerChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => ProBonoVolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Relation<ProBonoVolunteerEntity>;

  @Column({ type: 'text' })
  role: string;

  @Column(numericColumn(7, 2))
  hours: number;

  @Column({ type: 'date' })
  changedOn: string;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

/**
 * Hours a volunteer worked on a day. A volunteer's hours are the sum of these. Entries staff add are
 * positive; a total set with updateProBonoVolunteer records the difference, which may be negative.
 */
@Entity('pro_bono_hour_entries')
@Check('ck_pro_bono_hour_entries_hours', `hours <> 0`)
export class ProBonoHourEntryEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  volunteerId: string;

  @ManyToOne(() => ProBonoVolunteerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Relation<ProBonoVolunteerEntity>;

  @Index()
  @Column({ type: 'date' })
  workedOn: string;

  @Column(numericColumn(7, 2))
  hours: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}
