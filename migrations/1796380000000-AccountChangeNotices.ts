import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to an account is announced on the channel `alumni_graph_accounts`, at its commit,
 * to every server process listening (auth/account-cache.ts): an UPDATE or DELETE sends the
 * account's id, a TRUNCATE sends '*' (forget them all). Processes remember accounts between
 * requests and forget one as soon as they hear of it; changes made by hand in SQL are heard too.
 */
export class AccountChangeNotices1796380000000 implements MigrationInterface {
  name = 'AccountChangeNotices1796380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "announce_account_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('alumni_graph_accounts', CASE WHEN TG_OP = 'TRUNCATE' THEN '*' ELSE OLD.id::text END);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "users_announce_change" AFTER UPDATE OR DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "announce_account_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "users_announce_truncate" AFTER TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION "announce_account_change"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_announce_truncate" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "users_announce_change" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "announce_account_change"()`);
  }
}
