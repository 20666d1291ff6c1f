import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Collaborations between ventures and organizations, with their dated stage history. */
export class Collaborations1795622344242 implements MigrationInterface {
  name = 'Collaborations1795622344242';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "collaborations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "venture_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "title" text NOT NULL, "domain" text NOT NULL, "kind" text NOT NULL, "description" text, "started_on" date NOT NULL, "ended_on" date, "stage" text NOT NULL, "stage_on" date NOT NULL, "sdgs" smallint array NOT NULL DEFAULT '{}', CONSTRAINT "ck_collaborations_sdgs" CHECK (sdgs <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]::smallint[]), CONSTRAINT "ck_collaborations_dates" CHECK (ended_on IS NULL OR ended_on >= started_on), CONSTRAINT "ck_collaborations_kind" CHECK (kind IN ('PROOF_OF_CONCEPT', 'DEMONSTRATION_PROJECT', 'BUSINESS_ALLIANCE', 'INVESTMENT', 'PROCUREMENT', 'OTHER')), CONSTRAINT "ck_collaborations_domain" CHECK (domain IN ('HEALTHCARE', 'EDUCATION', 'ENVIRONMENT', 'AGRICULTURE', 'COMMUNITY', 'EMPLOYMENT', 'ENERGY', 'OTHER')), CONSTRAINT "ck_collaborations_stage" CHECK (stage IN ('EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL', 'ENDED')), CONSTRAINT "pk_collaborations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_collaborations_venture_id" ON "collaborations"  ("venture_id")`);
    await queryRunner.query(`CREATE INDEX "idx_collaborations_organization_id" ON "collaborations"  ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "idx_collaborations_stage" ON "collaborations"  ("stage")`);
    await queryRunner.query(`CREATE TABLE "collaboration_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "collaboration_id" uuid NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "changed_on" date NOT NULL, "reason" text, "recorded_by_user_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_collaboration_stage_changes_to_stage" CHECK (to_stage IN ('EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL', 'ENDED')), CONSTRAINT "pk_collaboration_stage_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_collaboration_stage_changes_collaboration_id" ON "collaboration_stage_changes"  ("collaboration_id")`);
    await queryRunner.query(`ALTER TABLE "collaborations" ADD CONSTRAINT "fk_collaborations_venture_id" FOREIGN KEY ("venture_id") REFERENCES "ventures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaborations" ADD CONSTRAINT "fk_collaborations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "collaboration_stage_changes" ADD CONSTRAINT "fk_collaboration_stage_changes_collaboration_id" FOREIGN KEY ("collaboration_id") REFERENCES "collaborations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "collaboration_stage_changes" DROP CONSTRAINT "fk_collaboration_stage_changes_collaboration_id"`);
    await queryRunner.query(`ALTER TABLE "collaborations" DROP CONSTRAINT "fk_collaborations_organization_id"`);
    await queryRunner.query(`ALTER TABLE "collaborations" DROP CONSTRAINT "fk_collaborations_venture_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collaboration_stage_changes_collaboration_id"`);
    await queryRunner.query(`DROP TABLE "collaboration_stage_changes"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collaborations_stage"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collaborations_organization_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_collaborations_venture_id"`);
    await queryRunner.query(`DROP TABLE "collaborations"`);
  }
}
