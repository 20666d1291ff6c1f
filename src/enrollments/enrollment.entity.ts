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
}

/** One dated status change of an enrollment. Append-only: history is never overwritten. */
@Entity('enrollment_events')
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

  /** When it was recorded. */
  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
