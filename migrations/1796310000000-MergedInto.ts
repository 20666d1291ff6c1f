import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merging duplicates (mergePeople, mergeVentures): the merged row is kept for the audit trail and
 * points at the survivor through merged_into_id; every list, search and report reads only rows
 * where it is null. A person's email stays unique among the rows that are not merged, so the
 * merged row keeps its own email and the survivor may take it over.
 */
export class MergedInto1796310000000 implements MigrationInterface {
  name = 'MergedInto1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['people', 'ventures']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "merged_into_id" uuid`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_merged_into_other" CHECK (merged_into_id IS NULL OR merged_into_id <> id)`,
      );
      await queryRunner.query(`CREATE INDEX "idx_${table}_merged_into_id" ON "${table}"  ("merged_into_id")`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_merged_into_id" FOREIGN KEY ("merged_into_id") REFERENCES "${table}"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(`DROP INDEX "uq_people_email_lower"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_people_email_lower" ON "people" (lower("email")) WHERE "merged_into_id" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_people_email_lower"`);
    await queryRunner.query(`UPDATE "people" SET "email" = NULL WHERE "merged_into_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_people_email_lower" ON "people" (lower("email"))`);
    for (const table of ['ventures', 'people']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}_merged_into_id"`);
      await queryRunner.query(`DROP INDEX "idx_${table}_merged_into_id"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_merged_into_other"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "merged_into_id"`);
    }
  }
}
