import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';

const PERSON_SEARCH_KEY = `search_key(name || chr(10) || coalesce(name_kana, '') || chr(10) || coalesce(name_latin, ''))`;

@Entity('people')
@Check('ck_people_merged_into_other', `merged_into_id IS NULL OR merged_into_id <> id`)
// Case-insensitive uniqueness among rows not merged lives in the migration (an expression index TypeORM cannot describe).
@Index('uq_people_email_lower', { synchronize: false })
// The school's reference, unique among rows not merged (a partial index): in the migration too.
@Index('uq_people_reference', { synchronize: false })
// Trigram index for `search_key LIKE '%…%'` (people search) lives in the migration.
@Index('idx_people_search_key', { synchronize: false })
export class PersonEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  /** The reading of the name in kana, as entered (katakana or hiragana). */
  @Column({ type: 'text', nullable: true })
  nameKana: string | null;

  /** The name in Latin letters, e.g. "Taro Yamada". */
  @Column({ type: 'text', nullable: true })
  nameLatin: string | null;

  /** Name, reading and Latin spelling through search_key() (see common/search-key.ts); never read by the app. */
  @Column({ type: 'text', select: false, insert: false, update: false, generatedType: 'STORED', asExpression: PERSON_SEARCH_KEY })
  searchKey?: string;

  /** Personal contact data: private (see the access rules). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** The school's own id (a student number, a spreadsheet's row id): a natural key for imports, unique among rows not merged. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** Set when this row was merged into another (mergePeople / mergeVentures); kept for the audit trail, hidden from lists. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Relation<PersonEntity>;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

/** A person's role at an organization for a period (an NEC employee, a university researcher). */
@Entity('affiliations')
@Check('ck_affiliations_dates', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
export class AffiliationEntity extends TimestampedEntity {
  @Index()
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index()
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  /** The last day; null while it lasts. */
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}
