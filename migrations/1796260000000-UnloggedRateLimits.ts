import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters are written on every request: unlogged, an upsert writes no WAL and waits for
 * no flush at commit. A crash empties the table (PostgreSQL truncates unlogged tables on recovery)
 * and standbys do not have it; both are fine for one-minute windows that only the primary counts.
 */
export class UnloggedRateLimits1796260000000 implements MigrationInterface {
  name = 'UnloggedRateLimits1796260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET UNLOGGED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limits" SET LOGGED`);
  }
}
