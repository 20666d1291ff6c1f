// The benchmark's baseline: a plain node:http + pg server that answers the benchmark's
// requests (told apart by operationName) with one hand-written SQL statement each, building
// the whole GraphQL-shaped JSON in PostgreSQL (json_build_object / json_agg). No GraphQL, no
// Nest, no DataLoader, no validation beyond what the statement needs: the floor for this stack.
//
// Env: DATABASE_URL, PORT. Answers POST /graphql with { operationName, variables }.
import { createServer } from 'node:http';
import pg from 'pg';
import { cohortComparisonQuery } from '../dist/src/analytics/analytics.queries.js';
import { decodeCursor } from '../dist/src/common/pagination/cursor.js';
import { Sdg } from '../dist/src/common/graphql/sdg.enum.js';
import { engagementStarted } from '../dist/src/pro-bono/pro-bono.queries.js';
import { SEARCH_FILTER } from './operations.mjs';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const NESTED = `
  SELECT json_build_object('data', json_build_object('cohorts', json_build_object('edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
             'year', c.year,
             'program', json_build_object('name', p.name),
             'alumni', coalesce((
               SELECT json_agg(json_build_object(
                        'name', a.name,
                        'collaborations', coalesce((SELECT json_agg(json_build_object('title', col.title, 'stage', col.stage) ORDER BY col.started_on, col.id)
                                                      FROM collaborations col WHERE col.venture_id = a.id), '[]'),
                        'mentoringSessionCount', (SELECT count(*) FROM mentoring_sessions s WHERE s.venture_id = a.id AND s.deleted_at IS NULL),
                        'afterGraduation', json_build_object('proBonoSupport', coalesce((
                          SELECT json_agg(json_build_object('daysAfterGraduation', g.started_on - a.graduated_on, 'engagement', json_build_object('title', g.title))
                                          ORDER BY g.started_on, g.id)
                            FROM pro_bono_engagements g
                           WHERE g.beneficiary_venture_id = a.id AND g.started_on >= a.graduated_on AND ${engagementStarted('g')}), '[]'))
                      ) ORDER BY a.name, a.id)
                 FROM (SELECT v.id, v.name,
                              (SELECT min(e2.status_on) FROM enrollments e2 WHERE e2.venture_id = v.id AND e2.status = 'GRADUATED') AS graduated_on
                         FROM enrollments e JOIN ventures v ON v.id = e.venture_id
                        WHERE e.cohort_id = c.id AND e.status = 'GRADUATED'
                        ORDER BY v.name, v.id LIMIT 20) a), '[]')
           )) ORDER BY c.year DESC, c.id DESC)
      FROM (SELECT * FROM cohorts ORDER BY year DESC, id DESC LIMIT 10) c JOIN programs p ON p.id = c.program_id), '[]')))) AS body`;

const SDG_NAMES = `ARRAY[${Object.keys(Sdg)
  .filter((k) => Number.isNaN(Number(k)))
  .map((k) => `'${k}'`)
  .join(', ')}]`;

const JOURNEY = `
  SELECT json_build_object('data', json_build_object('venture', (
    SELECT json_build_object(
             'name', v.name,
             'graduatedOn', g.graduated_on,
             'sdgs', (SELECT coalesce(json_agg((${SDG_NAMES})[x] ORDER BY o), '[]') FROM unnest(v.sdgs) WITH ORDINALITY u(x, o)),
             'originOrganization', (SELECT json_build_object('name', o.name) FROM organizations o WHERE o.id = v.origin_organization_id),
             'enrollments', coalesce((
               SELECT json_agg(json_build_object(
                        'status', e.status,
                        'cohort', (SELECT json_build_object('year', c.year, 'program', json_build_object('name', p.name))
                                     FROM cohorts c JOIN programs p ON p.id = c.program_id WHERE c.id = e.cohort_id),
                        'history', coalesce((SELECT json_agg(json_build_object('fromStatus', ev.from_status, 'toStatus', ev.to_status, 'occurredOn', ev.occurred_on)
                                                        ORDER BY ev.occurred_on, ev.recorded_at)
                                               FROM enrollment_events ev WHERE ev.enrollment_id = e.id), '[]')) ORDER BY e.created_at, e.id)
                 FROM (SELECT * FROM enrollments WHERE venture_id = v.id ORDER BY created_at, id LIMIT 50) e), '[]'),
             'afterGraduation', CASE WHEN g.graduated_on IS NULL THEN NULL ELSE json_build_object(
               'graduatedOn', g.graduated_on,
               'collaborations', coalesce((
                 SELECT json_agg(json_build_object('daysAfterGraduation', col.started_on - g.graduated_on,
                                                   'collaboration', json_build_object('title', col.title, 'kind', col.kind, 'stage', col.stage))
                                 ORDER BY col.started_on, col.id)
                   FROM (SELECT * FROM collaborations WHERE venture_id = v.id AND started_on >= g.graduated_on ORDER BY started_on, id LIMIT 50) col), '[]'),
               'proBonoSupport', coalesce((
                 SELECT json_agg(json_build_object('daysAfterGraduation', pb.started_on - g.graduated_on,
                                                   'engagement', json_build_object('title', pb.title, 'status', pb.status))
                                 ORDER BY pb.started_on, pb.id)
                   FROM (SELECT * FROM pro_bono_engagements pg
                          WHERE pg.beneficiary_venture_id = v.id AND pg.started_on >= g.graduated_on AND ${engagementStarted('pg')}
                          ORDER BY started_on, id LIMIT 50) pb), '[]')) END)
      FROM ventures v
      CROSS JOIN LATERAL (SELECT min(status_on) AS graduated_on FROM enrollments WHERE venture_id = v.id AND status = 'GRADUATED') g
     WHERE v.id = $1))) AS body`;

const COHORT_PAGE = `
  SELECT json_build_object('data', json_build_object('cohort', (
    SELECT json_build_object('id', c.id, 'name', c.name, 'year', c.year, 'program', json_build_object('name', p.name),
             'enrollments', coalesce((
               SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'statusOn', e.status_on,
                                                 'venture', json_build_object('id', v.id, 'name', v.name)) ORDER BY e.created_at, e.id)
                 FROM (SELECT * FROM enrollments WHERE cohort_id = c.id ORDER BY created_at, id LIMIT 50) e JOIN ventures v ON v.id = e.venture_id), '[]'))
      FROM cohorts c JOIN programs p ON p.id = c.program_id
     WHERE c.id = $1))) AS body`;

const comparison = cohortComparisonQuery(undefined, new Date());
const COMPARISON = `SELECT json_build_object('data', json_build_object('analytics', json_build_object('cohortComparison', coalesce(json_agg(r), '[]')))) AS body
  FROM (${comparison.sql}) r`;

const SEARCH = `
  WITH m AS (
    SELECT v.id, v.name, v.sector FROM ventures v
     WHERE EXISTS (SELECT 1 FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id WHERE e.venture_id = v.id AND e.status = 'GRADUATED' AND c.year >= $1)
       AND v.sector = ANY($2::text[])
       AND EXISTS (SELECT 1 FROM collaborations col WHERE col.venture_id = v.id AND col.stage = ANY($3::text[])))
  SELECT json_build_object('data', json_build_object('analytics', json_build_object('alumniSearch', json_build_object(
           'totalCount', (SELECT count(*) FROM m),
           'edges', coalesce((SELECT json_agg(json_build_object('node', json_build_object('id', id, 'name', name, 'sector', sector)) ORDER BY name, id)
                                FROM (SELECT * FROM m WHERE (name, id) > ($4, $5::uuid) ORDER BY name, id LIMIT 50) page), '[]'))))) AS body`;

const LOG = `
  WITH a AS (SELECT ma.id, ma.mentor_id, e.venture_id, e.cohort_id FROM mentor_assignments ma JOIN enrollments e ON e.id = ma.enrollment_id WHERE ma.id = $1),
       s AS (INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, recorded_by_user_id, on_behalf)
             SELECT a.id, a.mentor_id, a.venture_id, a.cohort_id, $2, $3, $4, $5, true FROM a RETURNING id, assignment_id, mentor_id),
       r AS (INSERT INTO mentoring_session_revisions (session_id, version, snapshot, edited_by_user_id) SELECT id, 1, '{}'::jsonb, $5 FROM s),
       au AS (INSERT INTO audit_log (actor_user_id, actor_email, operation, entity_ids, details)
              SELECT $5, $6, 'logMentoringSession', ARRAY[s.id::text, s.assignment_id::text], jsonb_build_object('onBehalfOfMentorId', s.mentor_id) FROM s)
  SELECT json_build_object('data', json_build_object('logMentoringSession', json_build_object('id', id))) AS body FROM s`;

const STAFF = { id: null, email: 'staff@bench.example' };

async function answer(op, variables) {
  switch (op) {
    case 'Nested':
      return (await pool.query(NESTED)).rows[0].body;
    case 'Journey':
      return (await pool.query(JOURNEY, [variables.id])).rows[0].body;
    case 'CohortEnrollments':
      return (await pool.query(COHORT_PAGE, [variables.id])).rows[0].body;
    case 'Comparison':
      return (await pool.query(COMPARISON, comparison.params)).rows[0].body;
    case 'Search': {
      const [name, id] = decodeCursor(variables.after);
      return (await pool.query(SEARCH, [SEARCH_FILTER.cohortYearFrom, SEARCH_FILTER.sectors, SEARCH_FILTER.collaborationStages, name, id]))
        .rows[0].body;
    }
    case 'Log': {
      STAFF.id ??= (await pool.query(`SELECT id FROM users WHERE email = $1`, [STAFF.email])).rows[0].id;
      const i = variables.input;
      return (await pool.query(LOG, [i.assignmentId, i.heldAt, i.durationMinutes, i.format, STAFF.id, STAFF.email])).rows[0].body;
    }
    default:
      throw new Error(`unknown operation ${op}`);
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const body = JSON.stringify(await answer(operationName, variables ?? {}));
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error?.message ?? error));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`baseline listening on ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
