import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The school's own id for a person or a venture (`reference`, e.g. a student number or the row id
 * of its old spreadsheet): a natural key for imports. Unique among the rows that are not merged,
 * so a merged row keeps its reference for the audit trail and the survivor may take it over.
 */
export class SchoolReferences1796350000000 implements MigrationInterface {
  name = 'SchoolReferences1796350000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['people', 'ventures']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "reference" text`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_${table}_reference" ON "${table}" ("reference") WHERE "merged_into_id" IS NULL AND "reference" IS NOT NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ventures', 'people']) {
      await queryRunner.query(`DROP INDEX "uq_${table}_reference"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "reference"`);
    }
  }
}
