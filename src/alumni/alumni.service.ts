import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PAGE_SIZE } from '../common/loaders/page-size.js';
import { isUuid, rowToEntity } from '../common/persistence.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import { engagementStarted } from '../pro-bono/pro-bono.queries.js';
import type { AlumniFilter } from './dto/alumni.inputs.js';
import type { TimelineRow } from './alumni.model.js';

const BECAME_ACTIVE = engagementStarted('p');

/** The lists of `AfterGraduation`, as the kinds of its rows. */
export type AfterGraduationList = 'COLLABORATION' | 'PRO_BONO';
export const AFTER_GRADUATION_LISTS: readonly AfterGraduationList[] = ['COLLABORATION', 'PRO_BONO'];

export interface AfterGraduationRow {
  ventureId: string;
  graduatedOn: string;
  kind: 'COLLABORATION' | 'PRO_BONO' | null;
  refId: string | null;
  days: number | null;
}

/**
 * Read-side queries across the journey of a venture: one SQL statement per batch of ventures
 * (or cohorts), joining the tables of enrollments, mentoring, collaborations and pro bono work.
 */
@Injectable()
export class AlumniService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Per graduated venture, its first graduation date and the collaborations and engagements
   * that started on or after it (engagements only once they became ACTIVE), the first 500 of each
   * (the largest page `first` asks for; AfterGraduation's fields cut their page from these).
   * Ventures that never graduated have no row.
   */
  afterGraduation(
    ventureIds: readonly string[],
    lists: readonly AfterGraduationList[] = AFTER_GRADUATION_LISTS,
  ): Promise<AfterGraduationRow[]> {
    // Only the lists the request selects: the others' rows would be read and dropped.
    const parts = [
      lists.includes('COLLABORATION') &&
        `(SELECT 'COLLABORATION' AS kind, c.id, c.started_on
              FROM collaborations c
             WHERE c.venture_id = g.venture_id AND c.started_on >= g.graduated_on
             ORDER BY c.started_on, c.id LIMIT $2)`,
      lists.includes('PRO_BONO') &&
        `(SELECT 'PRO_BONO' AS kind, p.id, p.started_on
              FROM pro_bono_engagements p
             WHERE p.beneficiary_venture_id = g.venture_id AND p.started_on >= g.graduated_on
               AND ${BECAME_ACTIVE}
             ORDER BY p.started_on, p.id LIMIT $2)`,
    ].filter(Boolean);
    const after = parts.length
      ? parts.join(' UNION ALL ')
      : `SELECT NULL::text AS kind, NULL::uuid AS id, NULL::date AS started_on WHERE $2 < 0`;
    return this.dataSource.query(
      // GRADUATED is final, so a graduated enrollment's status date is its graduation day.
      `WITH grad AS (
         SELECT e.venture_id, min(e.status_on) AS graduated_on
           FROM enrollments e
          WHERE e.venture_id = ANY($1::uuid[]) AND e.status = 'GRADUATED'
          GROUP BY e.venture_id)
       SELECT g.venture_id AS "ventureId", g.graduated_on AS "graduatedOn", x.kind, x.id AS "refId",
              (x.started_on - g.graduated_on) AS days
         FROM grad g
         LEFT JOIN LATERAL (${after}
         ) x ON true
        ORDER BY g.venture_id, x.started_on, x.id`,
      [[...ventureIds].filter(isUuid), PAGE_SIZE.max],
    );
  }

  /**
   * Every dated step of each venture: enrollment moves, mentoring per month (live sessions,
   * counts only), collaboration stage changes, engagement status changes, current outcome
   * values and recognitions; oldest first. Steps of one record on the same day follow the order
   * of its statuses (they only move forward), then the order they were recorded in; corrections
   * (UNDO, REDATE) are rows of their own, after the moves of their day, and corrected moves stay,
   * marked by `voidedAt`. The first `first` steps of each venture, of the `kinds` asked for (null: all).
   */
  timeline(ventureIds: readonly string[], first: number, kinds: readonly string[] | null): Promise<TimelineRow[]> {
    return this.dataSource.query(
      `SELECT t."ventureId", t.kind, t.on, t."refId", t."fromStatus", t."toStatus", t."sessionCount", t."totalMinutes",
              coalesce(t."entryKind", 'MOVE') AS "entryKind", t.reason, t."voidedAt"
         FROM (SELECT s.*, row_number() OVER (PARTITION BY s."ventureId"
                                              ORDER BY s.on, s.rank, s."refId", s."entryKind" = 'UNDO', s.step, s.seq) AS page_row
         FROM (
           SELECT e.venture_id AS "ventureId", 'ENROLLMENT' AS kind, 1 AS rank, ev.occurred_on AS on, e.cohort_id AS "refId",
                  ev.from_status AS "fromStatus", ev.to_status AS "toStatus", NULL::int AS "sessionCount", NULL::int AS "totalMinutes",
                  array_position(ARRAY['APPLIED', 'ADMITTED', 'ACTIVE', 'GRADUATED', 'WITHDRAWN'], ev.to_status) AS step, ev.recorded_at AS seq,
                  ev.kind AS "entryKind", ev.reason, ev.voided_at AS "voidedAt"
             FROM enrollments e JOIN enrollment_events ev ON ev.enrollment_id = e.id
            WHERE e.venture_id = ANY($1::uuid[])
           UNION ALL
           SELECT s.venture_id, 'MENTORING', 2, date_trunc('month', s.held_at AT TIME ZONE sp.time_zone)::date, NULL,
                  NULL, NULL, count(*)::int, sum(s.duration_minutes)::int, NULL, NULL, NULL, NULL, NULL
             FROM mentoring_sessions s JOIN cohorts sc ON sc.id = s.cohort_id JOIN programs sp ON sp.id = sc.program_id
            WHERE s.venture_id = ANY($1::uuid[]) AND s.deleted_at IS NULL
            GROUP BY s.venture_id, 4
           UNION ALL
           SELECT c.venture_id, 'COLLABORATION', 3, sc.changed_on, c.id, sc.from_stage, sc.to_stage, NULL, NULL,
                  array_position(ARRAY['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL', 'ENDED'], sc.to_stage), sc.recorded_at,
                  sc.kind, sc.reason, sc.voided_at
             FROM collaborations c JOIN collaboration_stage_changes sc ON sc.collaboration_id = c.id
            WHERE c.venture_id = ANY($1::uuid[])
           UNION ALL
           SELECT p.beneficiary_venture_id, 'PRO_BONO', 4, ps.changed_on, p.id, ps.from_status, ps.to_status, NULL, NULL,
                  array_position(ARRAY['PROPOSED', 'ACTIVE', 'COMPLETED', 'CANCELLED'], ps.to_status), ps.recorded_at,
                  ps.kind, ps.reason, ps.voided_at
             FROM pro_bono_engagements p JOIN pro_bono_engagement_status_changes ps ON ps.engagement_id = p.id
            WHERE p.beneficiary_venture_id = ANY($1::uuid[])
           UNION ALL
           SELECT o.venture_id, 'OUTCOME', 5, COALESCE(o.as_of, o.period_end), o.id, NULL, NULL, NULL, NULL, NULL, o.created_at,
                  NULL, NULL, NULL
             FROM outcome_records o
            WHERE o.venture_id = ANY($1::uuid[]) AND o.superseded_at IS NULL
           UNION ALL
           SELECT r.venture_id, 'RECOGNITION', 6, COALESCE(r.received_on, make_date(r.year, 1, 1)), r.id, NULL, NULL, NULL, NULL, NULL, r.created_at,
                  NULL, NULL, NULL
             FROM recognitions r
            WHERE r.venture_id = ANY($1::uuid[])
         ) s WHERE $3::text[] IS NULL OR s.kind = ANY($3::text[])) t
        WHERE t.page_row <= $2
        ORDER BY t."ventureId", t.on, t.rank, t."refId", t."entryKind" = 'UNDO', t.step, t.seq`,
      [[...ventureIds].filter(isUuid), first, kinds],
    );
  }

  /**
   * Graduated ventures of each cohort that match the filter, by name. Like afterGraduation, the
   * filters look at what started on or after the graduation from this cohort (`e.status_on`).
   */
  async alumni(
    cohortIds: readonly string[],
    filter: AlumniFilter = {},
    first: number,
  ): Promise<{ cohortId: string; venture: VentureEntity }[]> {
    const where = [`e.cohort_id = cohort.id`, `e.status = 'GRADUATED'`];
    const params: unknown[] = [[...cohortIds].filter(isUuid)];
    const exists = (sql: string, wanted: boolean) => where.push(`${wanted ? '' : 'NOT '}EXISTS (${sql})`);
    const collaborationAfter = `SELECT 1 FROM collaborations c WHERE c.venture_id = e.venture_id AND c.started_on >= e.status_on`;
    if (filter.hasCollaboration != null) exists(collaborationAfter, filter.hasCollaboration);
    if (filter.collaborationStage) {
      params.push(filter.collaborationStage);
      exists(`${collaborationAfter} AND c.stage = $${params.length}`, true);
    }
    if (filter.receivedProBono != null) {
      exists(
        `SELECT 1 FROM pro_bono_engagements p WHERE p.beneficiary_venture_id = e.venture_id AND p.started_on >= e.status_on AND ${BECAME_ACTIVE}`,
        filter.receivedProBono,
      );
    }
    // The first N of each cohort, walked in the index of its graduates by venture name
    // (enrollments.venture_name, kept by triggers: migration GraduatesByName), the filters checked
    // on the way: no sort of every graduate. The whole venture rows come along.
    params.push(first);
    const rows: ({ cohortId: string } & Record<string, unknown>)[] = await this.dataSource.query(
      `SELECT cohort.id AS "cohortId", v.* FROM (SELECT DISTINCT unnest($1::uuid[]) AS id) cohort
         CROSS JOIN LATERAL (SELECT e.venture_id FROM enrollments e WHERE ${where.join(' AND ')}
                              ORDER BY e.venture_name, e.venture_id LIMIT $${params.length}) g
         JOIN ventures v ON v.id = g.venture_id
        ORDER BY v.name, v.id`,
      params,
    );
    return rows.map((row) => ({ cohortId: row.cohortId, venture: rowToEntity(this.dataSource.manager, VentureEntity, row) }));
  }
}
