import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mentoring sessions with revisions and follow-ups, and the topic list staff maintain. */
export class MentoringSessions1795620917974 implements MigrationInterface {
  name = 'MentoringSessions1795620917974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mentoring_topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, CONSTRAINT "pk_mentoring_topics" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "mentoring_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assignment_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "venture_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "held_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "format" text NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "attendee_person_ids" uuid array NOT NULL DEFAULT '{}', "summary" text NOT NULL DEFAULT '', "private_notes" text NOT NULL DEFAULT '', "recorded_by_user_id" uuid NOT NULL, "on_behalf" boolean NOT NULL DEFAULT false, "idempotency_key" text, "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mentoring_sessions_format" CHECK (format IN ('IN_PERSON', 'ONLINE', 'PHONE')), CONSTRAINT "ck_mentoring_sessions_duration" CHECK (duration_minutes BETWEEN 1 AND 600), CONSTRAINT "pk_mentoring_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_mentoring_sessions_assignment_id" ON "mentoring_sessions"  ("assignment_id")`);
    await queryRunner.query(`CREATE INDEX "idx_mentoring_sessions_mentor_id" ON "mentoring_sessions"  ("mentor_id")`);
    await queryRunner.query(`CREATE INDEX "idx_mentoring_sessions_venture_id" ON "mentoring_sessions"  ("venture_id")`);
    await queryRunner.query(`CREATE INDEX "idx_mentoring_sessions_cohort_id" ON "mentoring_sessions"  ("cohort_id")`);
    await queryRunner.query(`CREATE TABLE "mentoring_session_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "edited_by_user_id" uuid NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_mentoring_session_revisions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentoring_session_revisions_session_version" ON "mentoring_session_revisions"  ("session_id", "version")`);
    await queryRunner.query(`CREATE TABLE "follow_up_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "session_id" uuid NOT NULL, "text" text NOT NULL, "owner_person_id" uuid, "due_on" date, "done" boolean NOT NULL DEFAULT false, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_follow_up_actions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_follow_up_actions_session_id" ON "follow_up_actions"  ("session_id")`);
    await queryRunner.query(`CREATE INDEX "idx_follow_up_actions_owner_person_id" ON "follow_up_actions"  ("owner_person_id")`);
    await queryRunner.query(`ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "fk_mentoring_sessions_assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "mentor_assignments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mentoring_session_revisions" ADD CONSTRAINT "fk_mentoring_session_revisions_session_id" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" ADD CONSTRAINT "fk_follow_up_actions_session_id" FOREIGN KEY ("session_id") REFERENCES "mentoring_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" ADD CONSTRAINT "fk_follow_up_actions_owner_person_id" FOREIGN KEY ("owner_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: partial and expression indexes.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentoring_topics_name_lower" ON "mentoring_topics" (lower("name"))`);
    // One live session per assignment and start time: a double submit cannot make two rows.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentoring_sessions_assignment_held_at" ON "mentoring_sessions" ("assignment_id", "held_at") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mentoring_sessions_idempotency" ON "mentoring_sessions" ("recorded_by_user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_mentoring_sessions_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentoring_sessions_assignment_held_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentoring_topics_name_lower"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP CONSTRAINT "fk_follow_up_actions_owner_person_id"`);
    await queryRunner.query(`ALTER TABLE "follow_up_actions" DROP CONSTRAINT "fk_follow_up_actions_session_id"`);
    await queryRunner.query(`ALTER TABLE "mentoring_session_revisions" DROP CONSTRAINT "fk_mentoring_session_revisions_session_id"`);
    await queryRunner.query(`ALTER TABLE "mentoring_sessions" DROP CONSTRAINT "fk_mentoring_sessions_assignment_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_follow_up_actions_owner_person_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_follow_up_actions_session_id"`);
    await queryRunner.query(`DROP TABLE "follow_up_actions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentoring_session_revisions_session_version"`);
    await queryRunner.query(`DROP TABLE "mentoring_session_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentoring_sessions_cohort_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentoring_sessions_venture_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentoring_sessions_mentor_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mentoring_sessions_assignment_id"`);
    await queryRunner.query(`DROP TABLE "mentoring_sessions"`);
    await queryRunner.query(`DROP TABLE "mentoring_topics"`);
  }
}
