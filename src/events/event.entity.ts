import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, VersionColumn } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { SDG_CHECK } from '../common/graphql/sdg.enum.js';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProBonoEngagementEntity } from '../pro-bono/pro-bono.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { EventKind, EventOrganizationRole } from './event.enum.js';

/** A forum, festival program or workshop, with its attendance counts (null: not counted, not zero). */
@Entity('events')
@Check('ck_events_kind', `kind IN (${sqlList(Object.values(EventKind))})`)
@Check('ck_events_dates', `ends_on >= starts_on`)
@Check('ck_events_place', `place IS NOT NULL OR online`)
@Check(
  'ck_events_attendance',
  `LEAST(attendance_in_person, attendance_online, attendance_students, attendance_alumni, attendance_employees, attendance_families) >= 0`,
)
@Check('ck_events_sdgs', SDG_CHECK)
export class EventEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: EventKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** Where it took place, if anywhere physical. */
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  programId: string | null;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Relation<ProgramEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<CohortEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  engagementId: string | null;

  @ManyToOne(() => ProBonoEngagementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'engagement_id' })
  engagement?: Relation<ProBonoEngagementEntity>;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ type: 'int', nullable: true })
  attendanceInPerson: number | null;

  @Column({ type: 'int', nullable: true })
  attendanceOnline: number | null;

  @Column({ type: 'int', nullable: true })
  attendanceStudents: number | null;

  @Column({ type: 'int', nullable: true })
  attendanceAlumni: number | null;

  @Column({ type: 'int', nullable: true })
  attendanceEmployees: number | null;

  @Column({ type: 'int', nullable: true })
  attendanceFamilies: number | null;

  /** e.g. "150+ employees joined online": what the counts cannot say. */
  @Column({ type: 'text', nullable: true })
  attendanceNote: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** An organization that organized or partnered in an event. */
@Entity('event_organizations')
@Check('ck_event_organizations_role', `role IN (${sqlList(Object.values(EventOrganizationRole))})`)
export class EventOrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text' })
  role: EventOrganizationRole;
}
