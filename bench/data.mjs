// `npm run bench:data -- --scale N`: fills the benchmark database with a deterministic synthetic
// dataset, set-based (INSERT … SELECT FROM generate_series), after emptying it. Scale 1: 3
// programs × 25 cohorts, 5,000 ventures with founders, 300 mentors, 100,000 mentoring sessions,
// 10,000 collaborations with stage history, 20,000 pro bono engagements with 100,000 volunteers
// and their dated hour entries, 50,000 outcome records, 2,000 events; every count but the programs and cohorts grows
// with N (so cohorts get N times larger). Ids are md5-derived
// from the row number, so two runs give the same rows.
//
// Database: BENCH_DATABASE_URL (never DATABASE_URL: everything in it is deleted first), or the
// embedded PostgreSQL in BENCH_DATA_DIR (default .bench-data).
import { pathToFileURL } from 'node:url';
import { DataSource } from 'typeorm';
import { hashPassword } from '../dist/src/users/passwords.js';
import { loadConfig } from '../dist/src/config/env.js';
import { startServer } from '../dist/src/server.js';

export const BENCH_ACCOUNTS = {
  staff: { email: 'staff@bench.example', password: 'bench-staff-password', roles: ['STAFF'] },
  analyst: { email: 'analyst@bench.example', password: 'bench-analyst-password', roles: ['ANALYST'] },
};

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** The statements, in foreign-key order; `$1` is the scale in every one. */
function steps() {
  // md5 of the row's name, with the version (4) and variant (8) digits of a random UUID, so that
  // ids are the same on every run and still pass UUID validation.
  const id = (prefix, expr) => `overlay(overlay(md5('${prefix}' || ${expr}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
  const V = '5000 * $1'; // ventures
  const P = '3'; // programs: 3 × 25 cohorts at every scale, so cohorts grow with N
  const M = '300 * $1'; // mentors
  const E = '10000 * $1'; // employees who volunteer
  // Venture i sits in program 1 + (i-1) % P, cohort year 2000 + ((i-1) / P) % 25.
  const prog = `(1 + (i - 1) % (${P}))`;
  const year = `(2000 + ((i - 1) / (${P})) % 25)`;
  const cohort = id('c', `${prog} || '-' || ${year}`);
  return [
    [
      'organizations',
      `INSERT INTO organizations (id, name, kind, parent_id)
       SELECT ${id('org', "'corp'")}, 'Bench Partner Corp', 'COMPANY', NULL
       UNION ALL SELECT ${id('unit', 'n')}, 'Bench Unit ' || n, 'CORPORATE_UNIT', ${id('org', "'corp'")} FROM generate_series(1, 20) n
       UNION ALL SELECT ${id('npo', 'n')}, 'Bench Beneficiary ' || n, (ARRAY['NPO', 'LOCAL_GOVERNMENT', 'EDUCATIONAL_INSTITUTION'])[1 + n % 3], NULL
         FROM generate_series(1, 200 * $1) n`,
    ],
    [
      'programs',
      `INSERT INTO programs (id, name, organizer_id, founded_year, time_zone, fiscal_year_start_month)
       SELECT ${id('p', 'k')}, 'Bench Program ' || lpad(k::text, 3, '0'), ${id('org', "'corp'")}, 2000, 'Asia/Tokyo', 4 FROM generate_series(1, ${P}) k`,
    ],
    [
      'cohorts',
      `INSERT INTO cohorts (id, program_id, name, year, status, starts_on, ends_on)
       SELECT ${id('c', "k || '-' || y")}, ${id('p', 'k')}, y || ' cohort', y, CASE WHEN y < 2024 THEN 'COMPLETED' ELSE 'ACTIVE' END,
              make_date(y, 6, 1), make_date(y + 1, 2, 28)
         FROM generate_series(1, ${P}) k CROSS JOIN generate_series(2000, 2024) y`,
    ],
    [
      'ventures',
      `INSERT INTO ventures (id, name, sector, founded_on, sdgs)
       SELECT ${id('v', 'i')}, 'Bench Venture ' || lpad(i::text, 7, '0'),
              (ARRAY['healthcare', 'education', 'agriculture', 'environment', 'community', 'employment', 'disability', 'energy'])[1 + i % 8],
              make_date(${year} - 1, 1 + i % 12, 1), ARRAY[1 + i % 17, 1 + (i * 7) % 17]::smallint[]
         FROM generate_series(1, ${V}) i`,
    ],
    [
      'people',
      `INSERT INTO people (id, name)
       SELECT ${id('f', 'i')}, 'Founder ' || i FROM generate_series(1, ${V}) i
       UNION ALL SELECT ${id('m', 'j')}, 'Mentor ' || j FROM generate_series(1, ${M}) j
       UNION ALL SELECT ${id('emp', 'n')}, 'Employee ' || n FROM generate_series(1, ${E}) n`,
    ],
    [
      'founders and affiliations',
      `WITH f AS (INSERT INTO venture_founders (venture_id, person_id, role) SELECT ${id('v', 'i')}, ${id('f', 'i')}, 'founder' FROM generate_series(1, ${V}) i)
       INSERT INTO affiliations (person_id, organization_id, role)
       SELECT ${id('m', 'j')}, ${id('unit', '1 + j % 20')}, 'employee, volunteer mentor' FROM generate_series(1, ${M}) j
       UNION ALL SELECT ${id('emp', 'n')}, ${id('unit', '1 + n % 20')}, 'employee' FROM generate_series(1, ${E}) n`,
    ],
    [
      'enrollments',
      `INSERT INTO enrollments (id, cohort_id, venture_id, status, status_on)
       SELECT ${id('e', 'i')}, ${cohort}, ${id('v', 'i')},
              CASE WHEN ${year} = 2024 THEN 'ACTIVE' WHEN i % 10 < 8 THEN 'GRADUATED' ELSE 'WITHDRAWN' END,
              CASE WHEN ${year} = 2024 THEN make_date(2024, 6, 1) WHEN i % 10 < 8 THEN make_date(${year} + 1, 2, 28) ELSE make_date(${year}, 10, 31) END
         FROM generate_series(1, ${V}) i`,
    ],
    [
      'enrollment history',
      `INSERT INTO enrollment_events (enrollment_id, from_status, to_status, occurred_on, recorded_by)
       SELECT ${id('e', 'i')}, s.from_status, s.to_status, s.occurred_on, 'bench-data'
         FROM generate_series(1, ${V}) i
         CROSS JOIN LATERAL (VALUES (NULL, 'APPLIED', make_date(${year}, 3, 1), 1), ('APPLIED', 'ADMITTED', make_date(${year}, 4, 15), 2),
                                    ('ADMITTED', 'ACTIVE', make_date(${year}, 6, 1), 3),
                                    ('ACTIVE', CASE WHEN i % 10 < 8 THEN 'GRADUATED' ELSE 'WITHDRAWN' END,
                                     CASE WHEN i % 10 < 8 THEN make_date(${year} + 1, 2, 28) ELSE make_date(${year}, 10, 31) END, 4)
                             ) s(from_status, to_status, occurred_on, step)
        WHERE s.step < 4 OR ${year} < 2024`,
    ],
    [
      'mentors and assignments',
      `WITH m AS (
         INSERT INTO mentors (id, person_id, expertise, languages, affiliation_organization_id, capacity)
         SELECT ${id('mentor', 'j')}, ${id('m', 'j')}, ARRAY['finance'], ARRAY['ja', 'en'], ${id('org', "'corp'")}, 40 FROM generate_series(1, ${M}) j)
       INSERT INTO mentor_assignments (id, mentor_id, enrollment_id, role, starts_on, ends_on)
       SELECT ${id('a', 'i')}, ${id('mentor', `1 + i % (${M})`)}, ${id('e', 'i')}, 'LEAD', make_date(${year}, 6, 1),
              CASE WHEN ${year} = 2024 THEN NULL ELSE make_date(${year} + 1, 2, 28) END
         FROM generate_series(1, ${V}) i`,
    ],
    [
      'mentoring sessions',
      `INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, topics, summary, recorded_by_user_id)
       SELECT ${id('a', 'i')}, ${id('mentor', `1 + i % (${M})`)}, ${id('v', 'i')}, ${cohort},
              make_date(${year}, 6, 1) + (k * 7) * interval '1 day' + interval '10 hours', 30 + ((i + k) % 4) * 30,
              (ARRAY['IN_PERSON', 'ONLINE', 'PHONE'])[1 + (i + k) % 3], ARRAY['Fundraising'], 'Session ' || k, ${id('user-', "'staff'")}
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 20) k`,
    ],
    [
      'collaborations',
      `INSERT INTO collaborations (id, venture_id, organization_id, title, domain, kind, started_on, stage, stage_on, ended_on, sdgs)
       SELECT ${id('col', "i || '-' || c")}, ${id('v', 'i')}, ${id('unit', '1 + (i + c) % 20')}, 'Collaboration ' || i || '-' || c,
              (ARRAY['HEALTHCARE', 'EDUCATION', 'ENVIRONMENT', 'AGRICULTURE', 'COMMUNITY', 'EMPLOYMENT', 'ENERGY', 'OTHER'])[1 + (i + c) % 8],
              (ARRAY['PROOF_OF_CONCEPT', 'DEMONSTRATION_PROJECT', 'BUSINESS_ALLIANCE', 'INVESTMENT', 'PROCUREMENT', 'OTHER'])[1 + (i * c) % 6],
              s.started_on,
              (ARRAY['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL', 'ENDED'])[1 + (i + c) % 5],
              s.started_on + (CASE (i + c) % 5 WHEN 0 THEN 0 WHEN 4 THEN 1 ELSE (i + c) % 5 END) * 90,
              CASE WHEN (i + c) % 5 = 4 THEN s.started_on + 90 END,
              ARRAY[1 + i % 17]::smallint[]
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 2) c
         CROSS JOIN LATERAL (SELECT make_date(${year} + 1, 3, 1) + c * 60 + i % 100 AS started_on) s`,
    ],
    [
      'collaboration stage history',
      `INSERT INTO collaboration_stage_changes (collaboration_id, from_stage, to_stage, changed_on)
       SELECT col.id, (ARRAY[NULL, 'EXPLORING', 'PILOT', 'DEMONSTRATION'])[step], CASE WHEN t = 4 AND step = 2 THEN 'ENDED' ELSE (ARRAY['EXPLORING', 'PILOT', 'DEMONSTRATION', 'COMMERCIAL'])[step] END,
              col.started_on + (step - 1) * 90
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 2) c
         JOIN collaborations col ON col.id = ${id('col', "i || '-' || c")}
         CROSS JOIN LATERAL (SELECT (i + c) % 5 AS t) tt
         CROSS JOIN LATERAL generate_series(1, CASE tt.t WHEN 0 THEN 1 WHEN 4 THEN 2 ELSE tt.t + 1 END) step`,
    ],
    [
      'social issues',
      `INSERT INTO social_issues (id, name) SELECT ${id('issue', 'n')}, 'Social issue ' || lpad(n::text, 3, '0') FROM generate_series(1, 100) n`,
    ],
    [
      'pro bono engagements',
      `INSERT INTO pro_bono_engagements (id, title, beneficiary_venture_id, beneficiary_organization_id, organizer_id, supported_collaboration_id,
                                        sdgs, skills, status, status_on, started_on, ended_on)
       SELECT ${id('g', "i || '-' || g")}, 'Engagement ' || i || '-' || g,
              CASE WHEN g <= 2 THEN ${id('v', 'i')} END, CASE WHEN g > 2 THEN ${id('npo', `1 + (i + g) % (200 * $1)`)} END, ${id('unit', '1')},
              CASE WHEN g = 1 THEN ${id('col', "i || '-1'")} END, ARRAY[1 + (i + g) % 17]::smallint[], ARRAY['marketing'],
              st.status, CASE st.status WHEN 'COMPLETED' THEN d.started_on + 90 WHEN 'PROPOSED' THEN d.started_on - 30 ELSE d.started_on END, d.started_on,
              CASE WHEN st.status = 'COMPLETED' THEN d.started_on + 90 END
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 4) g
         CROSS JOIN LATERAL (SELECT make_date(${year} + 1, 5, 1) + g * 30 AS started_on) d
         CROSS JOIN LATERAL (SELECT (ARRAY['COMPLETED', 'ACTIVE', 'PROPOSED'])[1 + (i + g) % 3] AS status) st`,
    ],
    [
      'engagement history and issues',
      `WITH h AS (
         INSERT INTO pro_bono_engagement_status_changes (engagement_id, from_status, to_status, changed_on)
         SELECT p.id, x.from_status, x.to_status, x.changed_on
           FROM pro_bono_engagements p
           CROSS JOIN LATERAL (VALUES (NULL, 'PROPOSED', p.started_on - 30, 1), ('PROPOSED', 'ACTIVE', p.started_on, 2), ('ACTIVE', 'COMPLETED', p.started_on + 90, 3)) x(from_status, to_status, changed_on, step)
          WHERE x.step <= CASE p.status WHEN 'PROPOSED' THEN 1 WHEN 'ACTIVE' THEN 2 ELSE 3 END)
       INSERT INTO pro_bono_engagement_social_issues (engagement_id, social_issue_id)
       SELECT ${id('g', "i || '-' || g")}, ${id('issue', '1 + (i * 4 + g) % 100')} FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 4) g`,
    ],
    [
      'volunteers',
      `INSERT INTO pro_bono_volunteers (id, engagement_id, person_id, role, joined_on, changed_on)
       SELECT ${id('vol', "i || '-' || g || '-' || v")}, p.id, ${id('emp', `1 + (((i - 1) * 4 + g - 1) * 5 + v) % (${E})`)}, 'volunteer',
              p.started_on, p.started_on
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 4) g CROSS JOIN generate_series(1, 5) v
         JOIN pro_bono_engagements p ON p.id = ${id('g', "i || '-' || g")}`,
    ],
    [
      'volunteer hours',
      // Their hours (v * 3 + i % 7 in all) as dated entries: on the day they joined and a month later.
      `INSERT INTO pro_bono_hour_entries (volunteer_id, worked_on, hours)
       SELECT ${id('vol', "i || '-' || g || '-' || v")}, p.started_on + h.days, h.hours
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(1, 4) g CROSS JOIN generate_series(1, 5) v
         JOIN pro_bono_engagements p ON p.id = ${id('g', "i || '-' || g")}
         CROSS JOIN LATERAL (VALUES (0, v * 3), (30, i % 7)) h(days, hours)
        WHERE h.hours <> 0`,
    ],
    [
      'outcome records',
      `INSERT INTO outcome_records (id, lineage_id, venture_id, metric_id, value, currency, period_start, period_end, as_of, source)
       SELECT ${id('o', "i || '-' || y || '-' || m.code")}, ${id('o', "i || '-' || y || '-' || m.code")}, ${id('v', 'i')}, m.id,
              CASE m.code WHEN 'FUNDING_RAISED' THEN (i % 50 + 1) * 100000 * (y - 2018) ELSE 2 + i % 20 + (y - 2019) END,
              CASE m.code WHEN 'FUNDING_RAISED' THEN (CASE WHEN i % 5 = 0 THEN 'USD' ELSE 'JPY' END) END,
              CASE m.code WHEN 'FUNDING_RAISED' THEN make_date(y, 4, 1) END, CASE m.code WHEN 'FUNDING_RAISED' THEN make_date(y + 1, 3, 31) END,
              CASE m.code WHEN 'EMPLOYEES_FTE' THEN make_date(y + 1, 3, 31) END, 'SURVEY'
         FROM generate_series(1, ${V}) i CROSS JOIN generate_series(2019, 2023) y
         CROSS JOIN metric_definitions m WHERE m.code IN ('FUNDING_RAISED', 'EMPLOYEES_FTE')`,
    ],
    [
      'recognitions',
      `INSERT INTO recognitions (name, kind, year, venture_id, awarding_organization_id)
       SELECT 'Bench Award', 'AWARD', 2010 + i % 15, ${id('v', 'i')}, ${id('npo', '1')} FROM generate_series(1, ${V}) i WHERE i % 25 = 0`,
    ],
    [
      'events',
      `WITH ev AS (
         INSERT INTO events (id, title, kind, starts_on, ends_on, place, online, program_id, sdgs, attendance_in_person, attendance_online)
         SELECT ${id('event', 'n')}, 'Bench Event ' || n, (ARRAY['FORUM', 'FESTIVAL_PROGRAM', 'WORKSHOP', 'OTHER'])[1 + n % 4],
                make_date(2000, 1, 1) + (n * 3) % 9000, make_date(2000, 1, 1) + (n * 3) % 9000, 'Hall ' || n % 10, n % 2 = 0,
                ${id('p', `1 + n % (${P})`)}, ARRAY[1 + n % 17]::smallint[], n % 200, n % 150
           FROM generate_series(1, 2000 * $1) n RETURNING id)
       INSERT INTO event_organizations (event_id, organization_id, role) SELECT id, ${id('org', "'corp'")}, 'ORGANIZER' FROM ev`,
    ],
  ];
}

/** Empties every table except the migrations' own and the reference metrics. */
async function empty(ds) {
  const tables = (
    await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'metric_definitions')`)
  )
    .map((t) => `"${t.tablename}"`)
    .join(', ');
  await ds.query(`TRUNCATE ${tables} CASCADE`);
  await ds.query(
    `DELETE FROM metric_definitions WHERE code NOT IN ('FUNDING_RAISED', 'REVENUE', 'EMPLOYEES_FTE', 'BENEFICIARIES_REACHED', 'VOLUNTEERS_ENGAGED')`,
  );
}

function progress(done, total, label) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round((done / total) * 100)).padStart(3)}% ${label.padEnd(32)}`,
  );
}

export async function generate(scale, env = process.env) {
  // Bulk statements at scale 10 run longer than the API's statement timeout: none here.
  // Never DATABASE_URL: this empties the database first. Only BENCH_DATABASE_URL, or the embedded one.
  const { DATABASE_URL: _ignored, ...rest } = env;
  const config = loadConfig({
    ...rest,
    DATABASE_URL: env.BENCH_DATABASE_URL,
    DATA_DIR: env.BENCH_DATA_DIR ?? '.bench-data',
    DEMO_DATA: 'never',
    LOG_LEVEL: 'error',
    NODE_ENV: 'development',
    PORT: '0',
    DB_STATEMENT_TIMEOUT_MS: '0',
  });
  const server = await startServer(config, { listen: false });
  const started = Date.now();
  const counts = {};
  try {
    const ds = server.app.get(DataSource);
    const list = steps();
    const total = list.length + 3;
    progress(0, total, 'emptying');
    await empty(ds);
    progress(1, total, 'accounts');
    for (const [key, a] of Object.entries(BENCH_ACCOUNTS)) {
      const uuid = (prefix) => `overlay(overlay(md5('${prefix}' || $1) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;
      await ds.query(`INSERT INTO people (id, name, email) VALUES (${uuid('person-')}, $2, $3)`, [key, `Bench ${key}`, a.email]);
      await ds.query(
        `INSERT INTO users (id, person_id, email, password_hash, roles) VALUES (${uuid('user-')}, ${uuid('person-')}, $2, $3, $4)`,
        [key, a.email, await hashPassword(a.password), a.roles],
      );
    }
    for (const [k, [label, sql]] of list.entries()) {
      progress(k + 2, total, label);
      await ds.query(sql, sql.includes('$1') ? [scale] : []);
    }
    progress(total - 1, total, 'VACUUM ANALYZE');
    // Statistics for the planner, and visibility maps so that index-only scans stay index-only.
    await ds.query('VACUUM ANALYZE');
    for (const table of [
      'ventures',
      'mentoring_sessions',
      'collaborations',
      'collaboration_stage_changes',
      'pro_bono_engagements',
      'pro_bono_volunteers',
      'pro_bono_hour_entries',
      'outcome_records',
      'events',
    ]) {
      counts[table] = Number((await ds.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
    }
    progress(total, total, 'done');
    process.stderr.write('\n');
  } finally {
    await server.close();
  }
  return { scale, seconds: (Date.now() - started) / 1000, counts };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scale = Number(arg('scale', '1'));
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    console.error('--scale must be a whole number from 1 to 100');
    process.exit(2);
  }
  const result = await generate(scale);
  console.log(`scale ${scale}: loaded in ${result.seconds.toFixed(1)} s`);
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(28)} ${n.toLocaleString('en')}`);
}
