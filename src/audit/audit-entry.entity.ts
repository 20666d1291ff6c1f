import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One successful mutation: who, when, which operation, which ids. Append-only: a trigger in
 * the migration refuses UPDATE and DELETE. No foreign keys, so the record outlives what it names.
 */
@Entity('audit_log')
@Index('uq_audit_log_seq', ['seq'], { unique: true })
@Index('idx_audit_log_actor_at', ['actorUserId', 'at'])
@Index('idx_audit_log_operation_at', ['operation', 'at'])
// GIN index on entity_ids lives in the migration.
@Index('idx_audit_log_entity_ids', { synchronize: false })
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of recording; the audit log pages on it (newest first). */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The actor's email at the time (users can be renamed). */
  @Column({ type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ type: 'text' })
  operation: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  entityIds: string[];

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
