import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed password attempts from one client address: for one account (`accountKey`, `email:` and the
 * email in lower case, known or not) or, with `accountKey` '', for all accounts together. Keyed by
 * what it counts rather than a UUID: every attempt upserts its two rows.
 */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'text' })
  accountKey: string;

  @PrimaryColumn({ type: 'text' })
  address: string;

  @Column({ type: 'int' })
  failures: number;

  /** Attempts from this address (for this account) wait until then. */
  @Column({ type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastAttemptAt: Date;
}
