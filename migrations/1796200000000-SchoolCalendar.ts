import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each program keeps its own calendar: an IANA time zone ("today" and "which day" are decided there)
 * and the month its fiscal year starts (Japanese schools: April). Existing programs get the school's
 * own calendar (Asia/Tokyo, April); new programs take DEFAULT_TIME_ZONE / DEFAULT_FISCAL_YEAR_START_MONTH.
 *
 * fiscal_year(day, start_month) names a fiscal year by the calendar year it starts in
 * (FY2024 = 2024-04-01 … 2025-03-31 when it starts in April; start month 1 is the calendar year).
 */
export class SchoolCalendar1796200000000 implements MigrationInterface {
  name = 'SchoolCalendar1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programs" ADD "time_zone" text NOT NULL DEFAULT 'Asia/Tokyo'`);
    await queryRunner.query(`ALTER TABLE "programs" ADD "fiscal_year_start_month" smallint NOT NULL DEFAULT '4'`);
    await queryRunner.query(
      `ALTER TABLE "programs" ADD CONSTRAINT "ck_programs_fiscal_year_start_month" CHECK (fiscal_year_start_month BETWEEN 1 AND 12)`,
    );
    // The defaults were for the rows already there; the service always states both.
    await queryRunner.query(`ALTER TABLE "programs" ALTER COLUMN "time_zone" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "programs" ALTER COLUMN "fiscal_year_start_month" DROP DEFAULT`);
    await queryRunner.query(`
      CREATE FUNCTION fiscal_year(day date, start_month integer) RETURNS integer
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN (extract(year FROM day)::integer - CASE WHEN extract(month FROM day)::integer < start_month THEN 1 ELSE 0 END)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION fiscal_year(date, integer)`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "ck_programs_fiscal_year_start_month"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "fiscal_year_start_month"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP COLUMN "time_zone"`);
  }
}
