import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
  VersionColumn,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide } from './collaboration.enum.js';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { correctionCheck, HISTORY_KINDS } from '../common/history.js';
import { sqlList } from '../common/sql.js';
import { SDG_CHECK } from '../common/graphql/sdg.enum.js';

/** A business relationship between a venture and an organization; `stage` is the latest of its history. */
@Entity('collaborations')
@Check('ck_collaborations_stage', `stage IN (${sqlList(Object.values(CollaborationStage))})`)
@Check('ck_collaborations_domain', `domain IN (${sqlList(Object.values(CollaborationDomain))})`)
@Check('ck_collaborations_kind', `kind IN (${sqlList(Object.values(CollaborationKind))})`)
@Check('ck_collaborations_dates', `ended_on IS NULL OR ended_on >= started_on`)
@Check('ck_collaborations_sdgs', SDG_CHECK)
export class CollaborationEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venture_id' })
  venture?: Relation<VentureEntity>;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  domain: CollaborationDomain;

  @Column({ type: 'text' })
  kind: CollaborationKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Index()
  @Column({ type: 'text' })
  stage: CollaborationStage;

  /** Date of the latest stage change. */
  @Column({ type: 'date' })
  stageOn: string;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/**
 * One dated stage change (the first one is the stage it started in), or a correction of the
 * latest one (UNDO / REDATE, with a reason). Never overwritten: a corrected change is voided.
 */
@Entity('collaboration_stage_changes')
@Check('ck_collaboration_stage_changes_kind', `kind IN (${HISTORY_KINDS})`)
@Check('ck_collaboration_stage_changes_correction', correctionCheck('corrects_change_id'))
@Check('ck_collaboration_stage_changes_to_stage', `to_stage IN (${sqlList(Object.values(CollaborationStage))})`)
export class CollaborationStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: Relation<CollaborationEntity>;

  @Column({ type: 'text', nullable: true })
  fromStage: CollaborationStage | null;

  @Column({ type: 'text' })
  toStage: CollaborationStage;

  @Column({ type: 'date' })
  changedOn: string;

  /** Required when it ended, and for corrections. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  /** MOVE, or a correction (UNDO / REDATE) of the change `correctsChangeId`. */
  @Column({ type: 'text', default: HistoryEntryKind.MOVE })
  kind: HistoryEntryKind;

  /** The change a correction corrects (each change is corrected at most once). */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  correctsChangeId: string | null;

  @ManyToOne(() => CollaborationStageChangeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'corrects_change_id' })
  correctsChange?: Relation<CollaborationStageChangeEntity>;

  /** When a correction undid or re-dated this change; a voided change no longer counts. */
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}

/** A person on either side of a collaboration, with their role in it. */
@Entity('collaboration_contacts')
@Unique('uq_collaboration_contacts_collaboration_person', ['collaborationId', 'personId'])
@Check('ck_collaboration_contacts_side', `side IN (${sqlList(Object.values(ContactSide))})`)
export class CollaborationContactEntity extends TimestampedEntity {
  @Column({ type: 'uuid' })
  collaborationId: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: Relation<CollaborationEntity>;

  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text' })
  side: ContactSide;

  @Column({ type: 'text' })
  role: string;
}
