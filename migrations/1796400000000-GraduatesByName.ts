import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cohort's graduates in name order straight from an index: `enrollments.venture_name` copies
 * the venture's name (set by a trigger on every insert or venture change, and rewritten by one on
 * ventures when a name changes), and a partial index holds the graduates by cohort, name and
 * venture. `Cohort.alumni(first: 20)` reads 20 entries of it instead of sorting every graduate of
 * the cohort by name, which grew with the cohort (bench/README, "Scale 10").
 *
 * The insert trigger reads the name FOR SHARE: a rename committing meanwhile is waited for (and
 * its new name read), or waits until the enrollment is committed (and its rewrite includes it).
 */
export class GraduatesByName1796400000000 implements MigrationInterface {
  name = 'GraduatesByName1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "enrollments" ADD "venture_name" text`);
    await queryRunner.query(`UPDATE "enrollments" e SET "venture_name" = v."name" FROM "ventures" v WHERE v."id" = e."venture_id"`);
    await queryRunner.query(`ALTER TABLE "enrollments" ALTER COLUMN "venture_name" SET NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION "enrollment_venture_name"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.venture_name := (SELECT v.name FROM ventures v WHERE v.id = NEW.venture_id FOR SHARE);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "enrollments_venture_name" BEFORE INSERT OR UPDATE OF "venture_id", "venture_name" ON "enrollments"
         FOR EACH ROW EXECUTE FUNCTION "enrollment_venture_name"()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "venture_name_to_enrollments"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE enrollments SET venture_name = NEW.name WHERE venture_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "ventures_name_to_enrollments" AFTER UPDATE OF "name" ON "ventures"
         FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "venture_name_to_enrollments"()`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_enrollments_graduates_by_name" ON "enrollments" ("cohort_id", "venture_name", "venture_id") WHERE "status" = 'GRADUATED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_enrollments_graduates_by_name"`);
    await queryRunner.query(`DROP TRIGGER "ventures_name_to_enrollments" ON "ventures"`);
    await queryRunner.query(`DROP FUNCTION "venture_name_to_enrollments"()`);
    await queryRunner.query(`DROP TRIGGER "enrollments_venture_name" ON "enrollments"`);
    await queryRunner.query(`DROP FUNCTION "enrollment_venture_name"()`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP COLUMN "venture_name"`);
  }
}
