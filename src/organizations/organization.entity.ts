import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { OrganizationKind } from './organization-kind.enum.js';

@Entity('organizations')
@Check('ck_organizations_kind', `kind IN (${sqlList(Object.values(OrganizationKind))})`)
@Check('ck_organizations_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
export class OrganizationEntity extends TimestampedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<OrganizationEntity>;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}
