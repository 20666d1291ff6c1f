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
  VersionColumn,
} from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { MentorAssignmentEntity } from './mentor.entity.js';
import { SessionFormat } from './session-format.enum.js';

/** A topic from the list staff maintain (sessions may add free tags besides). */
@Entity('mentoring_topics')
@Index('uq_mentoring_topics_name_lower', { synchronize: false })
export class MentoringTopicEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;
}

/**
 * One logged meeting under an assignment. mentor, venture and cohort are copied from the
 * assignment (which never changes them) so that lists and sums need no joins.
 * Deleting is soft (deleted_at); every edit leaves a revision.
 */
@Entity('mentoring_sessions')
@Check('ck_mentoring_sessions_duration', `duration_minutes BETWEEN 1 AND 600`)
@Check('ck_mentoring_sessions_format', `format IN ('IN_PERSON', 'ONLINE', 'PHONE')`)
// Partial unique indexes (one live session per assignment and start; idempotency keys) live in the migration.
@Index('uq_mentoring_sessions_assignment_held_at', { synchronize: false })
@Index('uq_mentoring_sessions_idempotency', { synchronize: false })
@Index('idx_mentoring_sessions_cohort_live', { synchronize: false })
export class MentoringSessionEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => MentorAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Relation<MentorAssignmentEntity>;

  @Index()
  @Column({ type: 'uuid' })
  mentorId: string;

  @Index()
  @Column({ type: 'uuid' })
  ventureId: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'int' })
  durationMinutes: number;

  @Column({ type: 'text' })
  format: SessionFormat;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Founders present. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attendeePersonIds: string[];

  /** Readable by the venture's staff and analysts. */
  @Column({ type: 'text', default: '' })
  summary: string;

  /** Only the assignment's mentor and staff may read it. */
  @Column({ type: 'text', default: '' })
  privateNotes: string;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  /** Logged by staff on behalf of the mentor. */
  @Column({ type: 'boolean', default: false })
  onBehalf: boolean;

  @Column({ type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}

/** The state of a session after each create or edit. */
@Entity('mentoring_session_revisions')
@Index('uq_mentoring_session_revisions_session_version', ['sessionId', 'version'], { unique: true })
export class MentoringSessionRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => MentoringSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<MentoringSessionEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Column({ type: 'uuid' })
  editedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  editedAt: Date;
}

/** Something to do after a session: text, owner, due date, done. */
@Entity('follow_up_actions')
export class FollowUpActionEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => MentoringSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<MentoringSessionEntity>;

  @Column({ type: 'text' })
  text: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  ownerPersonId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_person_id' })
  owner?: Relation<PersonEntity>;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'boolean', default: false })
  done: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}
