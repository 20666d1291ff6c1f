import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, VersionColumn } from 'typeorm';
import { SDG_CHECK } from '../common/graphql/sdg.enum.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { PersonEntity } from '../people/person.entity.js';

@Entity('ventures')
@Check('ck_ventures_sdgs', SDG_CHECK)
@Check('ck_ventures_merged_into_other', `merged_into_id IS NULL OR merged_into_id <> id`)
// GIN index for SDG filters (`sdgs && ...`) lives in the migration.
@Index('idx_ventures_sdgs', { synchronize: false })
@Index('idx_ventures_name_id', { synchronize: false })
// Trigram index on search_key and the lower(sector) index for filters live in the migration.
@Index('idx_ventures_search_key', { synchronize: false })
@Index('idx_ventures_sector_lower', { synchronize: false })
// The school's reference, unique among rows not merged (a partial index).
@Index('uq_ventures_reference', { synchronize: false })
export class VentureEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  /** The name through search_key() (see common/search-key.ts); never read by the app. */
  @Column({ type: 'text', select: false, insert: false, update: false, generatedType: 'STORED', asExpression: 'search_key(name)' })
  searchKey?: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ type: 'date', nullable: true })
  foundedOn: string | null;

  /** Where it came from, e.g. the university it spun out of. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  originOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_organization_id' })
  originOrganization?: Relation<OrganizationEntity>;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** SDG goal numbers 1..17. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  /** The school's own id (a student number, a spreadsheet's row id): a natural key for imports, unique among rows not merged. */
  @Column({ type: 'text', nullable: true })
  reference: string | null;

  /** Set when this row was merged into another (mergePeople / mergeVentures); kept for the audit trail, hidden from lists. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => VentureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Relation<VentureEntity>;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}

@Entity('venture_founders')
export class VentureFounderEntity {
  @PrimaryColumn({ type: 'uuid' })
  ventureId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => VentureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venture_id' })
  venture?: Relation<VentureEntity>;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Column({ type: 'text', nullable: true })
  role: string | null;
}
