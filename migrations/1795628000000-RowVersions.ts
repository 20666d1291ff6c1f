import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Optimistic concurrency: a version on every table an update* mutation edits (mentoring_sessions has one already). */
const TABLES = [
  'organizations',
  'programs',
  'cohorts',
  'people',
  'ventures',
  'mentors',
  'collaborations',
  'social_issues',
  'pro_bono_engagements',
  'pro_bono_volunteers',
  'events',
];

export class RowVersions1795628000000 implements MigrationInterface {
  name = 'RowVersions1795628000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A constant default: PostgreSQL adds the column without rewriting the table.
    for (const table of TABLES) await queryRunner.query(`ALTER TABLE "${table}" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "version"`);
  }
}
