import type { MigrationInterface, QueryRunner } from 'typeorm';

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));
/** ぁ..ゖ and ゝゞ, and the katakana at the same places (ァ..ヶ, ヽヾ). */
const HIRAGANA = range(0x3041, 0x3096) + range(0x309d, 0x309e);
const KATAKANA = range(0x30a1, 0x30f6) + range(0x30fd, 0x30fe);

const PERSON_KEY = `search_key(name || chr(10) || coalesce(name_kana, '') || chr(10) || coalesce(name_latin, ''))`;
const VENTURE_KEY = `search_key(name)`;

/**
 * Name search: people get a reading (kana) and a Latin spelling, and people and ventures a stored
 * search key that makes 山田, やまだ, ヤマダ, ﾔﾏﾀﾞ and Yamada meet. search_key() is NFKC (full-width
 * and half-width forms become one), then hiragana as katakana, then lower case; queries go through
 * the same function, and trigram indexes serve `search_key LIKE '%…%'`. Sector filters compare
 * lower(sector), now indexed.
 *
 * TypeORM reads a generated column's expression back from its typeorm_metadata table (PostgreSQL
 * formats it differently), so the rows it expects are written here, for the current database; the
 * table is TypeORM's (its migration runner creates it once entities have generated columns).
 */
export class NameSearch1795630000000 implements MigrationInterface {
  name = 'NameSearch1795630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION search_key(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
       RETURN lower(translate(normalize(value, NFKC), '${HIRAGANA}', '${KATAKANA}'))`,
    );
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(`ALTER TABLE "people" ADD "name_kana" text`);
    await queryRunner.query(`ALTER TABLE "people" ADD "name_latin" text`);
    await queryRunner.query(`ALTER TABLE "people" ADD "search_key" text GENERATED ALWAYS AS (${PERSON_KEY}) STORED NOT NULL`);
    await queryRunner.query(`ALTER TABLE "ventures" ADD "search_key" text GENERATED ALWAYS AS (${VENTURE_KEY}) STORED NOT NULL`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata" ("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), current_schema(), 'people', 'GENERATED_COLUMN', 'search_key', $1),
              (current_database(), current_schema(), 'ventures', 'GENERATED_COLUMN', 'search_key', $2)`,
      [PERSON_KEY, VENTURE_KEY],
    );
    await queryRunner.query(`CREATE INDEX "idx_people_search_key" ON "people" USING gin ("search_key" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "idx_ventures_search_key" ON "ventures" USING gin ("search_key" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "idx_ventures_sector_lower" ON "ventures" (lower("sector"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_sector_lower"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ventures_search_key"`);
    await queryRunner.query(`DROP INDEX "public"."idx_people_search_key"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_key' AND "table" IN ('people', 'ventures')`,
    );
    await queryRunner.query(`ALTER TABLE "ventures" DROP COLUMN "search_key"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "search_key"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "name_latin"`);
    await queryRunner.query(`ALTER TABLE "people" DROP COLUMN "name_kana"`);
    // typeorm_metadata stays (TypeORM creates it itself before it runs or reverts migrations), as does pg_trgm.
    await queryRunner.query(`DROP FUNCTION search_key(text)`);
  }
}
