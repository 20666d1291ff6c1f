import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Console sign-in: cookie sessions, stored as token hashes, expiring and revocable. */
export class WebSessions1796250000000 implements MigrationInterface {
  name = 'WebSessions1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "web_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_web_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_web_sessions_user_id" ON "web_sessions"  ("user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_web_sessions_token_hash" ON "web_sessions"  ("token_hash")`);
    await queryRunner.query(`ALTER TABLE "web_sessions" ADD CONSTRAINT "fk_web_sessions_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "web_sessions" DROP CONSTRAINT "fk_web_sessions_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_web_sessions_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."idx_web_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "web_sessions"`);
  }
}
