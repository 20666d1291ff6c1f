import { Check, Column, Entity, JoinColumn, ManyToOne, Unique, type Relation, VersionColumn } from 'typeorm';
import { sqlList } from '../common/sql.js';
import { TimestampedEntity } from '../common/timestamped.entity.js';
import { ProgramEntity } from '../programs/program.entity.js';
import { CohortStatus } from './cohort-status.enum.js';

@Entity('cohorts')
// The unique index on (program_id, year) also serves the foreign key on program_id.
@Unique('uq_cohorts_program_id_year', ['programId', 'year'])
@Check('ck_cohorts_dates', `ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on`)
@Check('ck_cohorts_year', `year BETWEEN 1900 AND 2200`)
@Check('ck_cohorts_status', `status IN (${sqlList(Object.values(CohortStatus))})`)
export class CohortEntity extends TimestampedEntity {
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Relation<ProgramEntity>;

  @Column({ type: 'text' })
  name: string;

  /** Fiscal year of the intake. */
  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text', default: CohortStatus.PLANNED })
  status: CohortStatus;

  /** Optimistic concurrency: starts at 1, every change adds one (see advanceVersion). */
  @VersionColumn({ default: 1 })
  version: number;
}
