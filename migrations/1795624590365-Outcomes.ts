import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outcomes1795624590365 implements MigrationInterface {
  name = 'Outcomes1795624590365';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "metric_definitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "kind" text NOT NULL, "aggregation" text NOT NULL, "description" text, CONSTRAINT "ck_metric_definitions_aggregation" CHECK (aggregation IN ('SUM', 'LAST', 'AVG')), CONSTRAINT "ck_metric_definitions_kind" CHECK (kind IN ('STOCK', 'FLOW')), CONSTRAINT "ck_metric_definitions_unit" CHECK (unit IN ('COUNT', 'PEOPLE', 'MONEY', 'PERCENT')), CONSTRAINT "ck_metric_definitions_code" CHECK (code ~ '^[A-Z][A-Z0-9_]{1,49}$'), CONSTRAINT "pk_metric_definitions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_metric_definitions_code" ON "metric_definitions"  ("code")`);
    await queryRunner.query(`CREATE TABLE "outcome_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "venture_id" uuid NOT NULL, "metric_id" uuid NOT NULL, "value" numeric(20,4) NOT NULL, "currency" text, "period_start" date, "period_end" date, "as_of" date, "source" text NOT NULL, "source_reference" text, "note" text, "lineage_id" uuid NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, "recorded_by_user_id" uuid, CONSTRAINT "ck_outcome_records_dates" CHECK ((as_of IS NOT NULL AND period_start IS NULL AND period_end IS NULL) OR (as_of IS NULL AND period_start IS NOT NULL AND period_end IS NOT NULL AND period_end >= period_start)), CONSTRAINT "ck_outcome_records_value" CHECK (value >= 0), CONSTRAINT "ck_outcome_records_source" CHECK (source IN ('SURVEY', 'PUBLIC_REPORT', 'VENTURE_REPORT', 'STAFF_ESTIMATE', 'OTHER')), CONSTRAINT "ck_outcome_records_currency" CHECK (currency IS NULL OR currency IN ('JPY', 'USD', 'EUR')), CONSTRAINT "pk_outcome_records" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_outcome_records_venture_id" ON "outcome_records"  ("venture_id")`);
    await queryRunner.query(`CREATE INDEX "idx_outcome_records_metric_id" ON "outcome_records"  ("metric_id")`);
    await queryRunner.query(`CREATE INDEX "idx_outcome_records_lineage_id" ON "outcome_records"  ("lineage_id")`);
    await queryRunner.query(`CREATE TABLE "recognitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "kind" text NOT NULL, "awarding_organization_id" uuid, "year" integer NOT NULL, "received_on" date, "venture_id" uuid, "person_id" uuid, "description" text, CONSTRAINT "ck_recognitions_year" CHECK (year BETWEEN 1900 AND 2200 AND (received_on IS NULL OR extract(year FROM received_on) = year)), CONSTRAINT "ck_recognitions_recipient" CHECK (num_nonnulls(venture_id, person_id) >= 1), CONSTRAINT "ck_recognitions_kind" CHECK (kind IN ('AWARD', 'MEDIA_SELECTION', 'GRANT', 'OTHER')), CONSTRAINT "pk_recognitions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_recognitions_awarding_organization_id" ON "recognitions"  ("awarding_organization_id")`);
    await queryRunner.query(`CREATE INDEX "idx_recognitions_year" ON "recognitions"  ("year")`);
    await queryRunner.query(`CREATE INDEX "idx_recognitions_venture_id" ON "recognitions"  ("venture_id")`);
    await queryRunner.query(`CREATE INDEX "idx_recognitions_person_id" ON "recognitions"  ("person_id")`);
    await queryRunner.query(`ALTER TABLE "outcome_records" ADD CONSTRAINT "fk_outcome_records_venture_id" FOREIGN KEY ("venture_id") REFERENCES "ventures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outcome_records" ADD CONSTRAINT "fk_outcome_records_metric_id" FOREIGN KEY ("metric_id") REFERENCES "metric_definitions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recognitions" ADD CONSTRAINT "fk_recognitions_awarding_organization_id" FOREIGN KEY ("awarding_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recognitions" ADD CONSTRAINT "fk_recognitions_venture_id" FOREIGN KEY ("venture_id") REFERENCES "ventures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recognitions" ADD CONSTRAINT "fk_recognitions_person_id" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Hand-written: what entity decorators cannot describe.
    await queryRunner.query(`CREATE INDEX "idx_outcome_records_current" ON "outcome_records" ("venture_id", "metric_id") WHERE "superseded_at" IS NULL`);
    // One current record per lineage: two corrections of one value cannot both stand.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_outcome_records_lineage_current" ON "outcome_records" ("lineage_id") WHERE "superseded_at" IS NULL`);
    // The starter metrics (reference data, in every environment).
    await queryRunner.query(`INSERT INTO "metric_definitions" ("code", "name", "unit", "kind", "aggregation", "description") VALUES
      ('FUNDING_RAISED', 'Funding raised', 'MONEY', 'FLOW', 'SUM', 'Equity, loans, grants and donations received in the period.'),
      ('REVENUE', 'Revenue', 'MONEY', 'FLOW', 'SUM', 'Income from sales of products and services in the period.'),
      ('EMPLOYEES_FTE', 'Employees (FTE)', 'PEOPLE', 'STOCK', 'LAST', 'Full-time equivalent staff on the date.'),
      ('BENEFICIARIES_REACHED', 'Beneficiaries reached', 'PEOPLE', 'FLOW', 'SUM', 'People served by the venture in the period.'),
      ('VOLUNTEERS_ENGAGED', 'Volunteers engaged', 'PEOPLE', 'FLOW', 'SUM', 'Volunteers who contributed in the period.')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_outcome_records_lineage_current"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outcome_records_current"`);
    await queryRunner.query(`ALTER TABLE "recognitions" DROP CONSTRAINT "fk_recognitions_person_id"`);
    await queryRunner.query(`ALTER TABLE "recognitions" DROP CONSTRAINT "fk_recognitions_venture_id"`);
    await queryRunner.query(`ALTER TABLE "recognitions" DROP CONSTRAINT "fk_recognitions_awarding_organization_id"`);
    await queryRunner.query(`ALTER TABLE "outcome_records" DROP CONSTRAINT "fk_outcome_records_metric_id"`);
    await queryRunner.query(`ALTER TABLE "outcome_records" DROP CONSTRAINT "fk_outcome_records_venture_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_recognitions_person_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_recognitions_venture_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_recognitions_year"`);
    await queryRunner.query(`DROP INDEX "public"."idx_recognitions_awarding_organization_id"`);
    await queryRunner.query(`DROP TABLE "recognitions"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outcome_records_lineage_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outcome_records_metric_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outcome_records_venture_id"`);
    await queryRunner.query(`DROP TABLE "outcome_records"`);
    await queryRunner.query(`DROP INDEX "public"."uq_metric_definitions_code"`);
    await queryRunner.query(`DROP TABLE "metric_definitions"`);
  }
}
