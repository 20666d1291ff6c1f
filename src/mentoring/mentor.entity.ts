import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { AssignmentRole } from './assignment-role.enum.js';

/** A person's mentor profile: what they know, and how many ventures they can take at once. */
@Entity('mentors')
@Check('ck_mentors_capacity', `capacity BETWEEN 1 AND 50`)
export class MentorEntity extends TimestampedEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** e.g. the partner company the mentor works for. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  affiliationOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'affiliation_organization_id' })
  affiliationOrganization?: Relation<OrganizationEntity>;

  /** Most ventures mentored at the same time. */
  @Column({ type: 'int', default: 3 })
  capacity: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** A mentor paired with a venture's enrollment in a cohort, for a period. */
@Entity('mentor_assignments')
@Check('ck_mentor_assignments_dates', `ends_on IS NULL OR ends_on >= starts_on`)
@Check('ck_mentor_assignments_role', `role IN ('LEAD', 'SUPPORT')`)
export class MentorAssignmentEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: Relation<MentorEntity>;

  @Index()
  @Column({ type: 'uuid' })
  enrollmentId: string;

  @ManyToOne(() => EnrollmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrollment_id' })
  enrollment?: Relation<EnrollmentEntity>;

  @Column({ type: 'text' })
  role: AssignmentRole;

  @Column({ type: 'date' })
  startsOn: string;

  /** Null while the assignment runs. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}
