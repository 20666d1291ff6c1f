import { STAGE_ORDER } from '../collaborations/collaboration.enum.js';
import { effectiveStep } from '../common/history.js';
import { EnrollmentStatus } from '../enrollments/enrollment-status.enum.js';
import { ROSTER_COLUMNS as IMPORT_ROSTER_COLUMNS } from '../imports/roster.kind.js';

/**
 * The cohort roster: exactly the columns of the roster import (docs: "Roster columns"), so a
 * roster downloaded and imported again changes nothing. One row per (enrollment, founder); a
 * venture without founders has one row with the founder columns empty.
 */
export const ROSTER_COLUMNS = IMPORT_ROSTER_COLUMNS.map((column) => column.name);

/** The day of each move that counts (corrections applied), as the roster's `<move>_on` columns. */
const MOVES: [EnrollmentStatus, string][] = [
  [EnrollmentStatus.APPLIED, 'applied_on'],
  [EnrollmentStatus.ADMITTED, 'admitted_on'],
  [EnrollmentStatus.ACTIVE, 'started_on'],
  [EnrollmentStatus.GRADUATED, 'graduated_on'],
  [EnrollmentStatus.WITHDRAWN, 'withdrawn_on'],
];

/** `venture_ref` and `founder_ref` are the school's own references (`reference`), the import's natural keys. */
export const ROSTER_SQL = `
  SELECT pr.name AS program, c.year AS fiscal_year, v.name AS venture, v.reference AS venture_ref, v.sector,
         array_to_string(v.sdgs, ';') AS sdgs,
         p.name AS founder, p.name_kana AS founder_kana, p.email AS founder_email, p.reference AS founder_ref,
         e.status, ${MOVES.map(([, column]) => `moves.${column}`).join(', ')}
    FROM enrollments e
    JOIN cohorts c ON c.id = e.cohort_id
    JOIN programs pr ON pr.id = c.program_id
    JOIN ventures v ON v.id = e.venture_id
    LEFT JOIN venture_founders vf ON vf.venture_id = v.id
    LEFT JOIN people p ON p.id = vf.person_id
    LEFT JOIN LATERAL (
      SELECT ${MOVES.map(([status, column]) => `max(ev.occurred_on) FILTER (WHERE ev.to_status = '${status}') AS ${column}`).join(', ')}
        FROM enrollment_events ev WHERE ev.enrollment_id = e.id AND ${effectiveStep('ev')}
    ) moves ON TRUE
   WHERE e.cohort_id = $1
   ORDER BY v.name, v.id, p.name NULLS FIRST, p.id`;

export const MENTOR_COLUMNS = [
  'mentor_id',
  'name',
  'name_kana',
  'email',
  'organization',
  'expertise',
  'languages',
  'capacity',
  'active_ventures',
  'load',
  'load_status',
];

/** Who the mentors of a load report are (one statement for the whole list). */
export const MENTOR_DETAILS_SQL = `
  SELECT m.id, p.name, p.name_kana, p.email, o.name AS organization, m.expertise, m.languages
    FROM mentors m JOIN people p ON p.id = m.person_id
    LEFT JOIN organizations o ON o.id = m.affiliation_organization_id
   WHERE m.id = ANY($1::uuid[])`;

export const SESSION_COLUMNS = [
  'id',
  'held_at',
  'duration_minutes',
  'format',
  'program',
  'cohort_year',
  'venture',
  'mentor',
  'topics',
  'tags',
  'summary',
  'private_notes',
  'on_behalf',
  'follow_ups_open',
  'deleted_at',
];

/** Selected on top of MentoringSessionReadsService.listQuery (aliased `s`). */
export const SESSION_SELECT: [string, string][] = [
  ['s.id', 'id'],
  ['s.held_at', 'held_at'],
  ['s.duration_minutes', 'duration_minutes'],
  ['s.format', 'format'],
  [`(SELECT pr.name FROM cohorts c JOIN programs pr ON pr.id = c.program_id WHERE c.id = s.cohort_id)`, 'program'],
  [`(SELECT c.year FROM cohorts c WHERE c.id = s.cohort_id)`, 'cohort_year'],
  [`(SELECT v.name FROM ventures v WHERE v.id = s.venture_id)`, 'venture'],
  [`(SELECT p.name FROM mentors m JOIN people p ON p.id = m.person_id WHERE m.id = s.mentor_id)`, 'mentor'],
  [`(SELECT m.person_id FROM mentors m WHERE m.id = s.mentor_id)`, 'mentor_person_id'],
  ['s.venture_id', 'venture_id'],
  ['s.topics', 'topics'],
  ['s.tags', 'tags'],
  ['s.summary', 'summary'],
  ['s.private_notes', 'private_notes'],
  ['s.on_behalf', 'on_behalf'],
  [`(SELECT count(*)::int FROM follow_up_actions f WHERE f.session_id = s.id AND NOT f.done)`, 'follow_ups_open'],
  ['s.deleted_at', 'deleted_at'],
];

/** Collaborations with the day each stage was reached (corrections applied). */
export const COLLABORATION_COLUMNS = [
  'id',
  'title',
  'venture',
  'organization',
  'domain',
  'kind',
  'sdgs',
  'started_on',
  'stage',
  'stage_on',
  ...STAGE_ORDER.map((s) => `${s.toLowerCase()}_on`),
  'ended_on',
];

export const COLLABORATION_SELECT: [string, string][] = [
  ['c.id', 'id'],
  ['c.title', 'title'],
  [`(SELECT v.name FROM ventures v WHERE v.id = c.venture_id)`, 'venture'],
  [`(SELECT o.name FROM organizations o WHERE o.id = c.organization_id)`, 'organization'],
  ['c.domain', 'domain'],
  ['c.kind', 'kind'],
  [`array_to_string(c.sdgs, ';')`, 'sdgs'],
  ['c.started_on', 'started_on'],
  ['c.stage', 'stage'],
  ['c.stage_on', 'stage_on'],
  ...STAGE_ORDER.map((stage): [string, string] => [
    `(SELECT max(h.changed_on) FROM collaboration_stage_changes h
       WHERE h.collaboration_id = c.id AND h.to_stage = '${stage}' AND ${effectiveStep('h')})`,
    `${stage.toLowerCase()}_on`,
  ]),
  ['c.ended_on', 'ended_on'],
];

/** Engagements with their volunteers and hours (the sum of the dated hour entries). */
export const ENGAGEMENT_COLUMNS = [
  'id',
  'title',
  'status',
  'status_on',
  'started_on',
  'ended_on',
  'beneficiary',
  'beneficiary_kind',
  'organizer',
  'intermediary',
  'social_issues',
  'sdgs',
  'skills',
  'volunteers',
  'hours',
];

export const ENGAGEMENT_SELECT: [string, string][] = [
  ['g.id', 'id'],
  ['g.title', 'title'],
  ['g.status', 'status'],
  ['g.status_on', 'status_on'],
  ['g.started_on', 'started_on'],
  ['g.ended_on', 'ended_on'],
  [
    `coalesce((SELECT v.name FROM ventures v WHERE v.id = g.beneficiary_venture_id),
              (SELECT o.name FROM organizations o WHERE o.id = g.beneficiary_organization_id))`,
    'beneficiary',
  ],
  [
    `CASE WHEN g.beneficiary_venture_id IS NOT NULL THEN 'VENTURE'
          ELSE (SELECT o.kind FROM organizations o WHERE o.id = g.beneficiary_organization_id) END`,
    'beneficiary_kind',
  ],
  [`(SELECT o.name FROM organizations o WHERE o.id = g.organizer_id)`, 'organizer'],
  [`(SELECT o.name FROM organizations o WHERE o.id = g.intermediary_id)`, 'intermediary'],
  [
    `(SELECT string_agg(i.name, '; ' ORDER BY i.name) FROM pro_bono_engagement_social_issues l
       JOIN social_issues i ON i.id = l.social_issue_id WHERE l.engagement_id = g.id)`,
    'social_issues',
  ],
  [`array_to_string(g.sdgs, ';')`, 'sdgs'],
  [`array_to_string(g.skills, '; ')`, 'skills'],
  [`(SELECT count(DISTINCT vo.person_id)::int FROM pro_bono_volunteers vo WHERE vo.engagement_id = g.id)`, 'volunteers'],
  [
    `(SELECT coalesce(sum(h.hours), 0)::float8 FROM pro_bono_hour_entries h
       JOIN pro_bono_volunteers vo ON vo.id = h.volunteer_id WHERE vo.engagement_id = g.id)`,
    'hours',
  ],
];
