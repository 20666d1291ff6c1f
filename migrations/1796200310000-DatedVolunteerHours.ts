import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteer hours become dated entries: a volunteer's hours are the sum of their rows in
 * pro_bono_hour_entries, and pro_bono_volunteers.hours (the running total) goes, so nothing can drift.
 *
 * Every non-zero total becomes one entry of exactly that many hours, dated the volunteer's
 * joined_on (the only day the data says their work had begun by; never in the future, never after
 * changed_on), with a note saying it was migrated. Sums per volunteer, engagement and report stay
 * what they were. `down` puts the sums back into the column (the dates of the entries are lost then).
 */
export class DatedVolunteerHours1796200310000 implements MigrationInterface {
  name = 'DatedVolunteerHours1796200310000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "pro_bono_hour_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "volunteer_id" uuid NOT NULL, "worked_on" date NOT NULL, "hours" numeric(7,2) NOT NULL, "note" text, "recorded_by_user_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_pro_bono_hour_entries_hours" CHECK (hours <> 0), CONSTRAINT "pk_pro_bono_hour_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_hour_entries_volunteer_id" ON "pro_bono_hour_entries"  ("volunteer_id")`);
    await queryRunner.query(`CREATE INDEX "idx_pro_bono_hour_entries_worked_on" ON "pro_bono_hour_entries"  ("worked_on")`);
    await queryRunner.query(
      `ALTER TABLE "pro_bono_hour_entries" ADD CONSTRAINT "fk_pro_bono_hour_entries_volunteer_id" FOREIGN KEY ("volunteer_id") REFERENCES "pro_bono_volunteers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The recorder of the migrated entry is the last one who set the total, when the history says.
    await queryRunner.query(
      `INSERT INTO "pro_bono_hour_entries" ("volunteer_id", "worked_on", "hours", "note", "recorded_by_user_id", "created_at", "updated_at")
       SELECT v.id, v.joined_on, v.hours, 'Total before dated entries (as of ' || v.changed_on || '), dated the day they joined',
              (SELECT c.recorded_by_user_id FROM pro_bono_volunteer_changes c WHERE c.volunteer_id = v.id ORDER BY c.changed_on DESC, c.recorded_at DESC LIMIT 1),
              v.updated_at, v.updated_at
         FROM "pro_bono_volunteers" v
        WHERE v.hours <> 0`,
    );
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" DROP CONSTRAINT "ck_pro_bono_volunteers_hours"`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" DROP COLUMN "hours"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" ADD "hours" numeric(7,2) NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `UPDATE "pro_bono_volunteers" v SET hours = greatest(s.total, 0)
         FROM (SELECT volunteer_id, sum(hours) AS total FROM "pro_bono_hour_entries" GROUP BY volunteer_id) s
        WHERE s.volunteer_id = v.id`,
    );
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" ALTER COLUMN "hours" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "pro_bono_volunteers" ADD CONSTRAINT "ck_pro_bono_volunteers_hours" CHECK (hours >= 0)`);
    await queryRunner.query(`ALTER TABLE "pro_bono_hour_entries" DROP CONSTRAINT "fk_pro_bono_hour_entries_volunteer_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_hour_entries_worked_on"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pro_bono_hour_entries_volunteer_id"`);
    await queryRunner.query(`DROP TABLE "pro_bono_hour_entries"`);
  }
}
