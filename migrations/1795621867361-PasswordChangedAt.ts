import type { MigrationInterface, QueryRunner } from 'typeorm';

/** users.password_changed_at: access tokens issued before a password change stop working. */
export class PasswordChangedAt1795621867361 implements MigrationInterface {
  name = 'PasswordChangedAt1795621867361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_changed_at"`);
  }
}
