import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The foundation: organizations, programs, cohorts, people, ventures, enrollments and their history. */
export class Foundation1795615072586 implements MigrationInterface {
  name = 'Foundation1795615072586';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "app_meta" ("key" text NOT NULL, "value" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_app_meta" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "website" text, "country" text, "region" text, "description" text, CONSTRAINT "ck_organizations_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "ck_organizations_kind" CHECK (kind IN ('COMPANY', 'CORPORATE_UNIT', 'NPO', 'LOCAL_GOVERNMENT', 'EDUCATIONAL_INSTITUTION', 'EMPLOYEE_GROUP', 'OTHER')), CONSTRAINT "pk_organizations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_organizations_parent_id" ON "organizations"  ("parent_id")`);
    await queryRunner.query(`CREATE TABLE "programs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, "founded_year" integer, "organizer_id" uuid NOT NULL, CONSTRAINT "ck_programs_founded_year" CHECK (founded_year BETWEEN 1900 AND 2200), CONSTRAINT "pk_programs" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_programs_organizer_id" ON "programs"  ("organizer_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_programs_name" ON "programs"  ("name")`);
    await queryRunner.query(`CREATE TABLE "program_partners" ("program_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text, CONSTRAINT "pk_program_partners" PRIMARY KEY ("program_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_program_partners_organization_id" ON "program_partners"  ("organization_id")`);
    await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "program_id" uuid NOT NULL, "name" text NOT NULL, "year" integer NOT NULL, "starts_on" date, "ends_on" date, "status" text NOT NULL DEFAULT 'PLANNED', CONSTRAINT "uq_cohorts_program_id_year" UNIQUE ("program_id", "year"), CONSTRAINT "ck_cohorts_status" CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED')), CONSTRAINT "ck_cohorts_year" CHECK (year BETWEEN 1900 AND 2200), CONSTRAINT "ck_cohorts_dates" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "pk_cohorts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "people" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "email" text, "phone" text, CONSTRAINT "pk_people" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "affiliations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text, "starts_on" date, "ends_on" date, CONSTRAINT "ck_affiliations_dates" CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), CONSTRAINT "pk_affiliations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_affiliations_person_id" ON "affiliations"  ("person_id")`);
    await queryRunner.query(`CREATE INDEX "idx_affiliations_organization_id" ON "affiliations"  ("organization_id")`);
    await queryRunner.query(`CREATE TABLE "ventures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, "sector" text, "founded_on" date, "origin_organization_id" uuid, "website" text, "sdgs" smallint array NOT NULL DEFAULT '{}', CONSTRAINT "ck_ventures_sdgs" CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "pk_ventures" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_ventures_sector" ON "ventures"  ("sector")`);
    await queryRunner.query(`CREATE INDEX "idx_ventures_origin_organization_id" ON "ventures"  ("origin_organization_id")`);
    await queryRunner.query(`CREATE TABLE "venture_founders" ("venture_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text, CONSTRAINT "pk_venture_founders" PRIMARY KEY ("venture_id", "person_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_venture_founders_person_id" ON "venture_founders"  ("person_id")`);
    await queryRunner.query(`CREATE TABLE "enrollments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cohort_id" uuid NOT NULL, "venture_id" uuid NOT NULL, "status" text NOT NULL, "status_on" date NOT NULL, CONSTRAINT "uq_enrollments_cohort_id_venture_id" UNIQUE ("cohort_id", "venture_id"), CONSTRAINT "ck_enrollments_status" CHECK (status IN ('APPLIED', 'ADMITTED', 'ACTIVE', 'GRADUATED', 'WITHDRAWN')), CONSTRAINT "pk_enrollments" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_enrollments_venture_id" ON "enrollments"  ("venture_id")`);
    await queryRunner.query(`CREATE TABLE "enrollment_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "occurred_on" date NOT NULL, "note" text, "recorded_by" text, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_enrollment_events_from_status" CHECK (from_status IS NULL OR from_status IN ('APPLIED', 'ADMITTED', 'ACTIVE', 'GRADUATED', 'WITHDRAWN')), CONSTRAINT "ck_enrollment_events_to_status" CHECK (to_status IN ('APPLIED', 'ADMITTED', 'ACTIVE', 'GRADUATED', 'WITHDRAWN')), CONSTRAINT "pk_enrollment_events" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_enrollment_events_enrollment_id" ON "enrollment_events"  ("enrollment_id")`);
    await queryRunner.query(`CREATE INDEX "idx_enrollment_events_graduations" ON "enrollment_events"  ("to_status", "enrollment_id")`);
    await queryRunner.query(`ALTER TABLE "organizations" ADD CONSTRAINT "fk_organizations_parent_id" FOREIGN KEY ("parent_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programs" ADD CONSTRAINT "fk_programs_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_partners" ADD CONSTRAINT "fk_program_partners_program_id" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "program_partners" ADD CONSTRAINT "fk_program_partners_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "fk_cohorts_program_id" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "affiliations" ADD CONSTRAINT "fk_affiliations_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "affiliations" ADD CONSTRAINT "fk_affiliations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ventures" ADD CONSTRAINT "fk_ventures_origin_organization_id" FOREIGN KEY ("origin_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venture_founders" ADD CONSTRAINT "fk_venture_founders_venture_id" FOREIGN KEY ("venture_id") REFERENCES "ventures"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "venture_founders" ADD CONSTRAINT "fk_venture_founders_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollments" ADD CONSTRAINT "fk_enrollments_venture_id" FOREIGN KEY ("venture_id") REFERENCES "ventures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrollment_events" ADD CONSTRAINT "fk_enrollment_events_enrollment_id" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-written: what entity decorators cannot describe.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_people_email_lower" ON "people" (lower("email"))`);
    await queryRunner.query(`CREATE INDEX "idx_ventures_sdgs" ON "ventures" USING gin ("sdgs")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_sdgs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_people_email_lower"`);
    await queryRunner.query(`ALTER TABLE "enrollment_events" DROP CONSTRAINT "fk_enrollment_events_enrollment_id"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_venture_id"`);
    await queryRunner.query(`ALTER TABLE "enrollments" DROP CONSTRAINT "fk_enrollments_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "venture_founders" DROP CONSTRAINT "fk_venture_founders_person_id"`);
    await queryRunner.query(`ALTER TABLE "venture_founders" DROP CONSTRAINT "fk_venture_founders_venture_id"`);
    await queryRunner.query(`ALTER TABLE "ventures" DROP CONSTRAINT "fk_ventures_origin_organization_id"`);
    await queryRunner.query(`ALTER TABLE "affiliations" DROP CONSTRAINT "fk_affiliations_organization_id"`);
    await queryRunner.query(`ALTER TABLE "affiliations" DROP CONSTRAINT "fk_affiliations_person_id"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_program_id"`);
    await queryRunner.query(`ALTER TABLE "program_partners" DROP CONSTRAINT "fk_program_partners_organization_id"`);
    await queryRunner.query(`ALTER TABLE "program_partners" DROP CONSTRAINT "fk_program_partners_program_id"`);
    await queryRunner.query(`ALTER TABLE "programs" DROP CONSTRAINT "fk_programs_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "fk_organizations_parent_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enrollment_events_graduations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enrollment_events_enrollment_id"`);
    await queryRunner.query(`DROP TABLE "enrollment_events"`);
    await queryRunner.query(`DROP INDEX "public"."idx_enrollments_venture_id"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP INDEX "public"."idx_venture_founders_person_id"`);
    await queryRunner.query(`DROP TABLE "venture_founders"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_origin_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_sector"`);
    await queryRunner.query(`DROP TABLE "ventures"`);
    await queryRunner.query(`DROP INDEX "public"."idx_affiliations_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_affiliations_person_id"`);
    await queryRunner.query(`DROP TABLE "affiliations"`);
    await queryRunner.query(`DROP TABLE "people"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP INDEX "public"."idx_program_partners_organization_id"`);
    await queryRunner.query(`DROP TABLE "program_partners"`);
    await queryRunner.query(`DROP INDEX "public"."uq_programs_name"`);
    await queryRunner.query(`DROP INDEX "public"."idx_programs_organizer_id"`);
    await queryRunner.query(`DROP TABLE "programs"`);
    await queryRunner.query(`DROP INDEX "public"."idx_organizations_parent_id"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TABLE "app_meta"`);
  }
}
