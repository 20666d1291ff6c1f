import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every process (rate-limiter-flexible's PostgreSQL store, which is
 * told the table exists: the schema comes from migrations, never from a library at run time).
 * One row per key and window: `points` used, `expire` in epoch milliseconds.
 */
export class RateLimits1796200500000 implements MigrationInterface {
  name = 'RateLimits1796200500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_rate_limits" PRIMARY KEY ("key"))`,
    );
    // The store deletes windows that ended an hour ago, every five minutes.
    await queryRunner.query(`CREATE INDEX "ix_rate_limits_expire" ON "rate_limits" ("expire")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
