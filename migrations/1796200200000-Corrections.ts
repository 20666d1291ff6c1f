import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  { table: 'enrollment_events', ref: 'corrects_event_id', addReason: true },
  { table: 'collaboration_stage_changes', ref: 'corrects_change_id', addReason: false },
  { table: 'pro_bono_engagement_status_changes', ref: 'corrects_change_id', addReason: true },
];

/**
 * Corrections that keep history. Each dated history (enrollment moves, collaboration stage
 * changes, engagement status changes) gains a row kind: MOVE (what every existing row is), or a
 * correction of the latest move, UNDO or REDATE, which names the move it corrects and says why.
 * The corrected move is voided (`voided_at`), not changed or deleted, and stops counting; reports
 * read the moves that are not voided and are not UNDO rows. Each move is corrected at most once
 * (a unique index, which also serves the self-referencing foreign key).
 *
 * Engagement moves to ACTIVE keep the planned start they replaced (`planned_start_on`), so an undo
 * can restore it; moves recorded before this migration have none.
 */
export class Corrections1796200200000 implements MigrationInterface {
  name = 'Corrections1796200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, ref, addReason } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "kind" text NOT NULL DEFAULT 'MOVE'`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "${ref}" uuid`);
      if (addReason) await queryRunner.query(`ALTER TABLE "${table}" ADD "reason" text`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "voided_at" TIMESTAMP WITH TIME ZONE`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_kind" CHECK (kind IN ('MOVE', 'UNDO', 'REDATE'))`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_correction" CHECK ((kind = 'MOVE') = (${ref} IS NULL) AND (kind = 'MOVE' OR reason IS NOT NULL) AND (kind <> 'UNDO' OR voided_at IS NULL))`,
      );
      await queryRunner.query(`CREATE UNIQUE INDEX "idx_${table}_${ref}" ON "${table}"  ("${ref}")`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_${ref}" FOREIGN KEY ("${ref}") REFERENCES "${table}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_status_changes" ADD "planned_start_on" date`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pro_bono_engagement_status_changes" DROP COLUMN "planned_start_on"`);
    for (const { table, ref, addReason } of [...TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "fk_${table}_${ref}"`);
      await queryRunner.query(`DROP INDEX "public"."idx_${table}_${ref}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_correction"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_kind"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "voided_at"`);
      if (addReason) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "reason"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "${ref}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "kind"`);
    }
  }
}
