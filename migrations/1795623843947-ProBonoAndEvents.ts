import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProBonoAndEvents1795623843947 implements MigrationInterface {
  name = 'ProBonoAndEvents1795623843947';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "collaboration_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "collaboration_id" uuid NOT NULL, "person_id" uuid NOT NULL, "side" text NOT NULL, "role" text NOT NULL, CONSTRAINT "uq_collaboration_contacts_collaboration_person" UNIQUE ("collaboration_id", "person_id"), CONSTRAINT "ck_collaboration_contacts_side" CHECK (side IN ('VENTURE', 'PARTNER')), CONSTRAINT "pk_collaboration_contacts" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_collaboration_contacts_person_id" ON "collaboration_contacts"  ("person_id")`);
    await queryRunner.query(`CREATE TABLE "social_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "description" text, CONSTRAINT "pk_social_issues" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "pro_bono_engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "description" text, "beneficiary_organization_id" uuid, "beneficiary_venture_id" uuid, "organizer_id" uuid, "intermediary_id" uuid, "supported_collaboration_id" uuid, "sdgs" smallint array NOT NULL DEFAULT '{}', "skills" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "status_on" date NOT NULL, "started_on" date NOT NULL, "ended_on" date, "deliverables" text, CONSTRAINT "ck_pro_bono_engagements_sdgs" CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "ck_pro_bono_engagements_dates" CHECK (ended_on IS NULL OR ended_on >= started_on OR status = 'CANCELLED'), CONSTRAINT "ck_pro_bono_engagements_ended" CHECK ((status IN ('COMPLETED', 'CANCELLED')) = (ended_on IS NOT NULL)), CONSTRAINT "ck_pro_bono_engagements_beneficiary" CHECK (num_nonnulls(beneficiary_organization_id, beneficiary_venture_id) = 1), CONSTRAINT "ck_pro_bono_engagements_status" CHECK (status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED')), CONSTRAINT "pk_pro_bono_engagements" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_beneficiary_organization_id" ON "pro_bono_engagements"  ("beneficiary_organization_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_beneficiary_venture_id" ON "pro_bono_engagements"  ("beneficiary_venture_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_organizer_id" ON "pro_bono_engagements"  ("organizer_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_intermediary_id" ON "pro_bono_engagements"  ("intermediary_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_supported_collaboration_id" ON "pro_bono_engagements"  ("supported_collaboration_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_status" ON "pro_bono_engagements"  ("status")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagements_started_on" ON "pro_bono_engagements"  ("started_on")`);
    await queryRunner.query(`CREATE TABLE "pro_bono_engagement_social_issues" ("engagement_id" uuid NOT NULL, "social_issue_id" uuid NOT NULL, CONSTRAINT "pk_pro_bono_engagement_social_issues" PRIMARY KEY ("engagement_id", "social_issue_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagement_social_issues_social_issue_id" ON "pro_bono_engagement_social_issues"  ("social_issue_id")`);
    await queryRunner.query(`CREATE TABLE "pro_bono_engagement_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "changed_on" date NOT NULL, "recorded_by_user_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pro_bono_engagement_status_changes_to_status" CHECK (to_status IN ('PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED')), CONSTRAINT "pk_pro_bono_engagement_status_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_engagement_status_changes_engagement_id" ON "pro_bono_engagement_status_changes"  ("engagement_id")`);
    await queryRunner.query(`CREATE TABLE "pro_bono_volunteers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "engagement_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "hours" numeric(7,2) NOT NULL, "joined_on" date NOT NULL, "changed_on" date NOT NULL, CONSTRAINT "uq_pro_bono_volunteers_engagement_person" UNIQUE ("engagement_id", "person_id"), CONSTRAINT "ck_pro_bono_volunteers_hours" CHECK (hours >= 0), CONSTRAINT "ck_pro_bono_volunteers_dates" CHECK (changed_on >= joined_on), CONSTRAINT "pk_pro_bono_volunteers" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_volunteers_person_id" ON "pro_bono_volunteers"  ("person_id")`);
    await queryRunner.query(`CREATE TABLE "pro_bono_volunteer_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "volunteer_id" uuid NOT NULL, "role" text NOT NULL, "hours" numeric(7,2) NOT NULL, "changed_on" date NOT NULL, "recorded_by_user_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pro_bono_volunteer_changes_hours" CHECK (hours >= 0), CONSTRAINT "pk_pro_bono_volunteer_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_volunteer_changes_volunteer_id" ON "pro_bono_volunteer_changes"  ("volunteer_id")`);
    await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "title" text NOT NULL, "kind" text NOT NULL, "description" text, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "place" text, "online" boolean NOT NULL DEFAULT false, "program_id" uuid, "cohort_id" uuid, "engagement_id" uuid, "sdgs" smallint array NOT NULL DEFAULT '{}', "attendance_in_person" integer, "attendance_online" integer, "attendance_students" integer, "attendance_alumni" integer, "attendance_employees" integer, "attendance_families" integer, "attendance_note" text, CONSTRAINT "ck_events_sdgs" CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "ck_events_attendance" CHECK (LEAST(attendance_in_person, attendance_online, attendance_students, attendance_alumni, attendance_employees, attendance_families) >= 0), CONSTRAINT "ck_events_place" CHECK (place IS NOT NULL OR online), CONSTRAINT "ck_events_dates" CHECK (ends_on >= starts_on), CONSTRAINT "ck_events_kind" CHECK (kind IN ('FORUM', 'FESTIVAL_PROGRAM', 'WORKSHOP', 'OTHER')), CONSTRAINT "pk_events" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_events_starts_on" ON "events"  ("starts_on")`);
    await queryRunner.query(`CREATE INDEX "idx_events_program_id" ON "events"  ("program_id")`);
    await queryRunner.query(`CREATE INDEX "idx_events_cohort_id" ON "events"  ("cohort_id")`);
    await queryRunner.query(`CREATE INDEX "idx_events_engagement_id" ON "events"  ("engagement_id")`);
    await queryRunner.query(`CREATE TABLE "event_organizations" ("event_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "ck_event_organizations_role" CHECK (role IN ('ORGANIZER', 'PARTNER')), CONSTRAINT "pk_event_organizations" PRIMARY KEY ("event_id", "organization_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_event_organizations_organization_id" ON "event_organizations"  ("organization_id")`);
    await queryRunner.query(`ALTER TABLE "collaboration_contacts" ADD CONSTRAINT "fk_collaboration_contacts_collaboration_id" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_contacts" ADD CONSTRAINT "fk_collaboration_contacts_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" ADD CONSTRAINT "fk_pro_bono_engagements_beneficiary_organization_id" FOREIGN KEY ("beneficiary_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" ADD CONSTRAINT "fk_pro_bono_engagements_beneficiary_venture_id" FOREIGN KEY ("beneficiary_venture_id") REFERENCES "ventures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" ADD CONSTRAINT "fk_pro_bono_engagements_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" ADD CONSTRAINT "fk_pro_bono_engagements_intermediary_id" FOREIGN KEY ("intermediary_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" ADD CONSTRAINT "fk_pro_bono_engagements_supported_collaboration_id" FOREIGN KEY ("supported_collaboration_id") REFERENCES "collaborations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_social_issues" ADD CONSTRAINT "fk_pro_bono_engagement_social_issues_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "pro_bono_engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_social_issues" ADD CONSTRAINT "fk_pro_bono_engagement_social_issues_social_issue_id" FOREIGN KEY ("social_issue_id") REFERENCES "social_issues"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_status_changes" ADD CONSTRAINT "fk_pro_bono_engagement_status_changes_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "pro_bono_engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" ADD CONSTRAINT "fk_pro_bono_volunteers_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "pro_bono_engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" ADD CONSTRAINT "fk_pro_bono_volunteers_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteer_changes" ADD CONSTRAINT "fk_pro_bono_volunteer_changes_volunteer_id" FOREIGN KEY ("volunteer_id") REFERENCES "pro_bono_volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "fk_events_program_id" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "fk_events_cohort_id" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "fk_events_engagement_id" FOREIGN KEY ("engagement_id") REFERENCES "pro_bono_engagements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_organizations" ADD CONSTRAINT "fk_event_organizations_event_id" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_organizations" ADD CONSTRAINT "fk_event_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: what entity decorators cannot describe.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_social_issues_name_lower" ON "social_issues" (lower("name"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_social_issues_name_lower"`);
    await queryRunner.query(`ALTER TABLE "event_organizations" DROP CONSTRAINT "fk_event_organizations_organization_id"`);
    await queryRunner.query(`ALTER TABLE "event_organizations" DROP CONSTRAINT "fk_event_organizations_event_id"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_engagement_id"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_cohort_id"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "fk_events_program_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteer_changes" DROP CONSTRAINT "fk_pro_bono_volunteer_changes_volunteer_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" DROP CONSTRAINT "fk_pro_bono_volunteers_person_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" DROP CONSTRAINT "fk_pro_bono_volunteers_engagement_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_status_changes" DROP CONSTRAINT "fk_pro_bono_engagement_status_changes_engagement_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_social_issues" DROP CONSTRAINT "fk_pro_bono_engagement_social_issues_social_issue_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_social_issues" DROP CONSTRAINT "fk_pro_bono_engagement_social_issues_engagement_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" DROP CONSTRAINT "fk_pro_bono_engagements_supported_collaboration_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" DROP CONSTRAINT "fk_pro_bono_engagements_intermediary_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" DROP CONSTRAINT "fk_pro_bono_engagements_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" DROP CONSTRAINT "fk_pro_bono_engagements_beneficiary_venture_id"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_engagements" DROP CONSTRAINT "fk_pro_bono_engagements_beneficiary_organization_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration_contacts" DROP CONSTRAINT "fk_collaboration_contacts_person_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration_contacts" DROP CONSTRAINT "fk_collaboration_contacts_collaboration_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_event_organizations_organization_id"`);
    await queryRunner.query(`DROP TABLE "event_organizations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_events_engagement_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_events_cohort_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_events_program_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_events_starts_on"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_volunteer_changes_volunteer_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_volunteer_changes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_volunteers_person_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_volunteers"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagement_status_changes_engagement_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_engagement_status_changes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagement_social_issues_social_issue_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_engagement_social_issues"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_started_on"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_supported_collaboration_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_intermediary_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_organizer_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_beneficiary_venture_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_engagements_beneficiary_organization_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_engagements"`);
    await queryRunner.query(`DROP TABLE "social_issues"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collaboration_contacts_person_id"`);
    await queryRunner.query(`DROP TABLE "collaboration_contacts"`);
  }
}
