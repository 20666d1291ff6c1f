import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationError } from '../common/errors/domain-errors.js';
import { isUuid } from '../common/persistence.js';
import { Clock } from '../common/clock.js';
import { type MentoringStatsFilter, MentoringStatsGroup, MentorLoadStatus } from './dto/mentoring-stats.inputs.js';
import type { MentorLoad, MentoringStatsRow, NeglectedVenture } from './mentoring-stats.model.js';

/** The grouping expression and its label, per group. */
const GROUPS: Record<MentoringStatsGroup, { key: string; label: string; from: string }> = {
  COHORT: { key: 'c.id::text', label: `min(c.name || ' (' || pr.name || ')')`, from: 'JOIN programs pr ON pr.id = c.program_id' },
  MENTOR: {
    key: 's.mentor_id::text',
    label: 'min(p.name)',
    from: 'JOIN mentors m ON m.id = s.mentor_id JOIN people p ON p.id = m.person_id',
  },
  TOPIC: { key: 't.topic', label: 't.topic', from: 'CROSS JOIN LATERAL unnest(s.topics) AS t(topic)' },
  // A session's month is the month of its day in its program's zone.
  MONTH: {
    key: `to_char(s.held_at AT TIME ZONE pr.time_zone, 'YYYY-MM')`,
    label: `to_char(s.held_at AT TIME ZONE pr.time_zone, 'YYYY-MM')`,
    from: 'JOIN programs pr ON pr.id = c.program_id',
  },
};

/** Read-only mentoring reports, each one SQL statement. */
@Injectable()
export class MentoringStatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  stats(groupBy: MentoringStatsGroup, filter: MentoringStatsFilter = {}): Promise<MentoringStatsRow[]> {
    const g = GROUPS[groupBy];
    return this.dataSource.query(
      `SELECT ${g.key} AS key, ${g.label} AS label, count(*)::int AS "sessionCount",
              round(sum(s.duration_minutes) / 60.0, 2)::float AS hours, count(DISTINCT s.venture_id)::int AS "ventureCount"
         FROM mentoring_sessions s
         JOIN cohorts c ON c.id = s.cohort_id
         ${g.from}
        WHERE s.deleted_at IS NULL
          AND ($1::uuid IS NULL OR c.program_id = $1) AND ($2::int IS NULL OR c.year >= $2) AND ($3::int IS NULL OR c.year <= $3)
        GROUP BY ${g.key}
        ORDER BY 2, 1`,
      [filter.programId ?? null, filter.yearFrom ?? null, filter.yearTo ?? null],
    );
  }

  /** Ventures active in an ACTIVE cohort without a session in the last `days` days. */
  neglected(days: number, cohortId?: string): Promise<NeglectedVenture[]> {
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new ValidationError({ field: 'days', message: 'must be 1 to 3650' });
    if (cohortId && !isUuid(cohortId)) throw new ValidationError({ field: 'cohortId', message: 'must be an ID (UUID)' });
    return this.dataSource.query(
      `SELECT e.venture_id AS "ventureId", e.cohort_id AS "cohortId", last.held_at AS "lastSessionAt"
         FROM enrollments e
         JOIN cohorts c ON c.id = e.cohort_id AND c.status = 'ACTIVE'
         LEFT JOIN LATERAL (
           SELECT max(s.held_at) AS held_at FROM mentoring_sessions s
            WHERE s.venture_id = e.venture_id AND s.cohort_id = e.cohort_id AND s.deleted_at IS NULL
         ) last ON TRUE
        WHERE e.status = 'ACTIVE' AND ($2::uuid IS NULL OR e.cohort_id = $2)
          AND (last.held_at IS NULL OR last.held_at < now() - make_interval(days => $1))
        ORDER BY last.held_at NULLS FIRST, e.venture_id`,
      [days, cohortId ?? null],
    );
  }

  /** Active mentors with the ventures they mentor today (today in each assignment's program zone), against their capacity. */
  load(status?: MentorLoadStatus): Promise<MentorLoad[]> {
    const having = { OVER: '> m.capacity', AT: '= m.capacity', UNDER: '< m.capacity' } as const;
    return this.dataSource.query(
      `SELECT m.id AS "mentorId", m.capacity, count(DISTINCT a.enrollment_id)::int AS "activeVentures"
         FROM mentors m
         LEFT JOIN (SELECT a.mentor_id, a.enrollment_id, a.starts_on, a.ends_on, ($1::timestamptz AT TIME ZONE p.time_zone)::date AS today
                      FROM mentor_assignments a JOIN enrollments e ON e.id = a.enrollment_id
                      JOIN cohorts c ON c.id = e.cohort_id JOIN programs p ON p.id = c.program_id) a
           ON a.mentor_id = m.id AND a.starts_on <= a.today AND (a.ends_on IS NULL OR a.ends_on >= a.today)
        WHERE m.active
        GROUP BY m.id
        ${status ? `HAVING count(DISTINCT a.enrollment_id) ${having[status]}` : ''}
        ORDER BY count(DISTINCT a.enrollment_id)::float / m.capacity DESC, m.id`,
      [this.clock.now()],
    );
  }
}
