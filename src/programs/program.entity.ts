import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';

@Entity('programs')
@Index('uq_programs_name', ['name'], { unique: true })
@Check('ck_programs_founded_year', `founded_year BETWEEN 1900 AND 2200`)
@Check('ck_programs_fiscal_year_start_month', `fiscal_year_start_month BETWEEN 1 AND 12`)
export class ProgramEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', nullable: true })
  foundedYear: number | null;

  @Index()
  @Column({ type: 'uuid' })
  organizerId: string;

  /** IANA zone in which "today", "not in the future" and "which day" are decided (e.g. Asia/Tokyo). */
  @Column({ type: 'text' })
  timeZone: string;

  /** Month (1–12) the fiscal year starts; a fiscal year is named by the calendar year it starts in. */
  @Column({ type: 'smallint' })
  fiscalYearStartMonth: number;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organizer_id' })
  organizer?: Relation<OrganizationEntity>;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** An organization that partners a program (e.g. NEC for the NEC Social Entrepreneurship School). */
@Entity('program_partners')
export class ProgramPartnerEntity {
  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: Relation<ProgramEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text', nullable: true })
  role: string | null;
}
