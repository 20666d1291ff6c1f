import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling replaces the account lockout: failures are counted per (account, client
 * address) and per address in login_attempts; the users' lock columns go.
 */
export class LoginThrottle1796123043412 implements MigrationInterface {
  name = 'LoginThrottle1796123043412';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_attempts" ("account_key" text NOT NULL, "address" text NOT NULL, "failures" integer NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_login_attempts" PRIMARY KEY ("account_key", "address"))`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
