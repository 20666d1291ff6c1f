import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { HistoryEntryKind } from '../common/graphql/history-entry-kind.enum.js';
import { correctionCheck, HISTORY_KINDS } from '../common/history.js';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { EnrollmentStatus } from './enrollment-status.enum.js';

const STATUSES = sqlList(Object.values(EnrollmentStatus));

/** A venture's membership of a cohort. `status` is the latest of its dated history. */
@Entity('enrollments')
@Unique('uq_enrollments_cohort_id_venture_id', ['cohortId', 'ventureId'])
@Check('ck_enrollments_status', `status IN (${STATUSES})`)
// A cohort's graduates by name, for Cohort.alumni (migration GraduatesByName: partial, kept out of TypeORM's sync).
@Index('idx_enrollments_graduates_by_name', { synchronize: false })
export class EnrollmentEntity extends TimestampedEntity {
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<CohortEntity>;

  @Index()
  @Column({ type: 'uuid' })
  ventureId: string;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venture_id' })
  venture?: Relation<VentureEntity>;

  @Column({ type: 'text' })
  status: EnrollmentStatus;

  /** Date of the latest transition. */
  @Column({ type: 'date' })
  statusOn: string;

  /** The venture's name, copied and kept by triggers (migration GraduatesByName); never written here. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  ventureName?: string;
}

/**
 * One dated status change of an enrollment, or a correction of the latest one (UNDO / REDATE,
 * with a reason). Append-only: a corrected move is voided (`voidedAt`), never changed or deleted.
 */
@Entity('enrollment_events')
@Check('ck_enrollment_events_kind', `kind IN (${HISTORY_KINDS})`)
@Check('ck_enrollment_events_correction', correctionCheck('corrects_event_id'))
@Check('ck_enrollment_events_to_status', `to_status IN (${STATUSES})`)
@Check('ck_enrollment_events_from_status', `from_status IS NULL OR from_status IN (${STATUSES})`)
@Index('idx_enrollment_events_graduations', ['toStatus', 'enrollmentId'])
export class EnrollmentEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'text', nullable: true })
  fromStatus: EnrollmentStatus | null;

  @Column({ type: 'text' })
  toStatus: EnrollmentStatus;

  /** When it happened (the business date). */
  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who recorded it (the account's email at the time). */
  @Column({ type: 'text', nullable: true })
  recordedBy: string | null;

  /** MOVE, or a correction (UNDO / REDATE) of the move `correctsEventId`. */
  @Column({ type: 'text', default: HistoryEntryKind.MOVE })
  kind: HistoryEntryKind;

  /** The move a correction corrects (each move is corrected at most once). */
  @Index({ unique: true })
  @Column({ type: 'uuid', nullable: true })
  correctsEventId: string | null;

  @ManyToOne(() => EnrollmentEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'corrects_event_id' })
  correctsEvent?: Relation<EnrollmentEventEntity>;

  /** Why a correction was made (required for corrections). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** When a correction undid or re-dated this move; a voided move no longer counts. */
  @Column({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  /** When it was recorded. */
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
