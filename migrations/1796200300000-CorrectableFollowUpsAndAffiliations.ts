import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Follow-ups and affiliations become editable after the fact (updateFollowUp, updateAffiliation,
 * endAffiliation), so they get the optimistic-concurrency version every edited row has.
 */
export class CorrectableFollowUpsAndAffiliations1796200300000 implements MigrationInterface {
  name = 'CorrectableFollowUpsAndAffiliations1796200300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A constant default: PostgreSQL adds the column without rewriting the table.
    await queryRunner.query(`ALTER TABLE "follow_up_actions" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "affiliations" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "affiliations" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP COLUMN "version"`);
  }
}
