import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts with roles, personal API tokens, and the append-only audit log. */
export class AccountsAndAudit1795617142886 implements MigrationInterface {
  name = 'AccountsAndAudit1795617142886';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_users_roles" CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['ADMIN', 'STAFF', 'MENTOR', 'ANALYST']::text[]), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_users_person_id" ON "users"  ("person_id")`);
    await queryRunner.query(`CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" text NOT NULL, "prefix" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_api_tokens" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_api_tokens_user_id" ON "api_tokens"  ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_api_tokens_token_hash" ON "api_tokens"  ("token_hash")`);
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "actor_email" text, "operation" text NOT NULL, "entity_ids" text array NOT NULL DEFAULT '{}', "details" jsonb, CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_operation_at" ON "audit_log"  ("operation", "at")`);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_actor_at" ON "audit_log"  ("actor_user_id", "at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_log_seq" ON "audit_log"  ("seq")`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_users_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "fk_api_tokens_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-written: what entity decorators cannot describe.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))`);
    await queryRunner.query(`CREATE INDEX "idx_audit_log_entity_ids" ON "audit_log" USING gin ("entity_ids")`);
    // The audit log is append-only: rows can be added, never changed or removed.
    await queryRunner.query(`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_entity_ids"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email_lower"`);
    await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "fk_api_tokens_user_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_person_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_audit_log_seq"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_actor_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_operation_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_api_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_api_tokens_user_id"`);
    await queryRunner.query(`DROP TABLE "api_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."idx_users_person_id"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
