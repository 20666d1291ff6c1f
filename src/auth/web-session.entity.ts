import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A browser session of the console: the cookie carries a random token, only its SHA-256 is
 * stored. It expires like an access token does; signing out revokes it at once.
 */
@Entity('web_sessions')
export class WebSessionEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
