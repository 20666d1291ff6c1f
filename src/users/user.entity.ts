import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { Role } from '../access/role.enum.js';

const ROLES = sqlList(Object.values(Role));

/** An account that signs in; always a Person. The password is stored only as an argon2 hash. */
@Entity('users')
// Case-insensitive uniqueness of the email lives in the migration (an expression index).
@Index('uq_users_email_lower', { synchronize: false })
@Check('ck_users_roles', `cardinality(roles) > 0 AND roles <@ ARRAY[${ROLES}]::text[]`)
export class UserEntity extends TimestampedEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Access tokens issued before this instant no longer work. */
  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;
}
