import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** A long-lived personal token for scripts; only its SHA-256 is stored, the token is shown once. */
@Entity('api_tokens')
export class ApiTokenEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'text' })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  /** The first characters of the token, to recognise it in a list. */
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
