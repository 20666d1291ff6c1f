import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentor profiles and mentor assignments to enrollments. */
export class MentorsAndAssignments1795620621157 implements MigrationInterface {
  name = 'MentorsAndAssignments1795620621157';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mentors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "expertise" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "affiliation_organization_id" uuid, "capacity" integer NOT NULL DEFAULT '3', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "ck_mentors_capacity" CHECK (capacity BETWEEN 1 AND 50), CONSTRAINT "pk_mentors" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_mentors_person_id" ON "mentors"  ("person_id")`);
    await queryRunner.query(`CREATE INDEX "idx_mentors_affiliation_organization_id" ON "mentors"  ("affiliation_organization_id")`);
    await queryRunner.query(`CREATE TABLE "mentor_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "mentor_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "role" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "ck_mentor_assignments_role" CHECK (role IN ('LEAD', 'SUPPORT')), CONSTRAINT "ck_mentor_assignments_dates" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "pk_mentor_assignments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mentor_assignments_mentor_id" ON "mentor_assignments"  ("mentor_id")`);
    await queryRunner.query(`CREATE INDEX "idx_mentor_assignments_enrollment_id" ON "mentor_assignments"  ("enrollment_id")`);
    await queryRunner.query(`ALTER TABLE "mentors" ADD CONSTRAINT "fk_mentors_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentors" ADD CONSTRAINT "fk_mentors_affiliation_organization_id" FOREIGN KEY ("affiliation_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_assignments" ADD CONSTRAINT "fk_mentor_assignments_mentor_id" FOREIGN KEY ("mentor_id") REFERENCES "mentors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentor_assignments" ADD CONSTRAINT "fk_mentor_assignments_enrollment_id" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mentor_assignments" DROP CONSTRAINT "fk_mentor_assignments_enrollment_id"`);
    await queryRunner.query(`ALTER TABLE "mentor_assignments" DROP CONSTRAINT "fk_mentor_assignments_mentor_id"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP CONSTRAINT "fk_mentors_affiliation_organization_id"`);
    await queryRunner.query(`ALTER TABLE "mentors" DROP CONSTRAINT "fk_mentors_person_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentor_assignments_enrollment_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentor_assignments_mentor_id"`);
    await queryRunner.query(`DROP TABLE "mentor_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentors_affiliation_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentors_person_id"`);
    await queryRunner.query(`DROP TABLE "mentors"`);
  }
}
