import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes the benchmark asked for (see bench/README.md): reports and name-ordered pages. */
export class ReportIndexes1795627000000 implements MigrationInterface {
  name = 'ReportIndexes1795627000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Live sessions per venture (counts) and per cohort (mentoring hours) read this index alone,
    // never the 100,000s of session rows.
    await queryRunner.query(
      `CREATE INDEX "idx_mentoring_sessions_cohort_live" ON "mentoring_sessions" ("venture_id", "cohort_id") INCLUDE ("duration_minutes") WHERE "deleted_at" IS NULL`,
    );
    // Keyset pages ordered by name (ventures, alumniSearch) stop after one page instead of sorting everything.
    await queryRunner.query(`CREATE INDEX "idx_ventures_name_id" ON "ventures" ("name", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_name_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentoring_sessions_cohort_live"`);
  }
}
