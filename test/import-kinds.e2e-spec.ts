import { beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import type { ImportReport } from '../src/imports/import-kind.js';
import { useTestApp } from './utils/use-test-app.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/import-kinds/${name}`, import.meta.url));
const PROGRAM = 'Social Entrepreneurship School';
const counts = (created: number, updated = 0, unchanged = 0) => ({ created, updated, unchanged });
/** The line, column, code and value of each problem (the message is checked to be there). */
const seen = (report: ImportReport) => report.problems.map(({ line, column, code, value }) => ({ line, column, code, value }));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/**
 * Each kind's file as the school may keep it (made from the UTF-8 CSV by fixtures/import-kinds/generate.mjs):
 * each is expected to give the same report and the same stored rows.
 */
const FORMATS = [
  { format: 'UTF-8 CSV', name: (kind: string) => `${kind}.csv`, source: () => ({ type: 'csv', encoding: 'utf-8' }) },
  { format: 'Shift_JIS CSV', name: (kind: string) => `${kind}-sjis.csv`, source: () => ({ type: 'csv', encoding: 'cp932' }) },
  { format: 'XLSX', name: (kind: string) => `${kind}.xlsx`, source: (kind: string) => ({ type: 'xlsx', sheet: kind }) },
];
type Format = (typeof FORMATS)[number];

describe('import kinds over HTTP: mentors, sessions, collaborations, pro bono, outcomes', () => {
  const t = useTestApp();
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query<T[]>(sql, params);
  const rowCounts = async (tables: string[]) => {
    const out: Record<string, number> = {};
    for (const table of [...tables, 'audit_log']) out[table] = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    return out;
  };
  const report = async (kind: string, body: Buffer, query = 'dryRun=true', type = 'text/csv') => {
    const res = await fetch(`${t.url}/imports/${kind}?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.accounts[Role.STAFF].token}`, 'content-type': type },
      body,
    });
    return { status: res.status, report: (await res.json()) as ImportReport };
  };

  /**
   * The kind's fixture in one format: dry run (nothing written), commit, the same file again (all
   * unchanged, only an audit entry more).
   */
  const importTwice = async (kind: string, format: Format, tables: string[], first: Record<string, unknown>, rowsRead: number) => {
    const file = fixture(format.name(kind));
    const type = format.format === 'XLSX' ? XLSX_TYPE : 'text/csv';
    const before = await rowCounts(tables);
    const dry = await report(kind, file, 'dryRun=true', type);
    expect(dry.status).toBe(200);
    expect(dry.report).toMatchObject({ kind, dryRun: true, committed: false, rowsRead, problems: [], source: format.source(kind) });
    expect(dry.report.entities).toEqual(first);
    expect(await rowCounts(tables)).toEqual(before);
    const done = await report(kind, file, 'dryRun=false', type);
    expect(done.status).toBe(200);
    expect(done.report).toMatchObject({ committed: true, problems: [] });
    expect(done.report.entities).toEqual(first);
    const after = await rowCounts(tables);
    const again = await report(kind, file, 'dryRun=false', type);
    expect(again.report).toMatchObject({ committed: true, problems: [] });
    const unchanged = Object.fromEntries(
      Object.entries(first as Record<string, { created: number; updated: number; unchanged: number }>).map(([k, c]) => [
        k,
        counts(0, 0, c.created + c.updated + c.unchanged),
      ]),
    );
    expect(again.report.entities).toEqual(unchanged);
    expect(await rowCounts(tables)).toEqual({ ...after, audit_log: after.audit_log + 1 });
  };

  /** A file with deliberate errors: the dry run names each, a commit is refused (422) and writes nothing. */
  const refuseErrors = async (kind: string, file: Buffer, tables: string[], expected: ReturnType<typeof seen>) => {
    const before = await rowCounts(tables);
    const dry = await report(kind, file);
    expect(seen(dry.report)).toEqual(expected);
    for (const p of dry.report.problems) expect(p.message).toEqual(expect.any(String));
    const refused = await report(kind, file, 'dryRun=false');
    expect(refused.status).toBe(422);
    expect(refused.report.committed).toBe(false);
    expect(await rowCounts(tables)).toEqual(before);
  };

  const templateOf = async (kind: string) => {
    const headers = { authorization: `Bearer ${t.accounts[Role.STAFF].token}` };
    const csv = await fetch(`${t.url}/imports/${kind}/template.csv`, { headers });
    expect(csv.status).toBe(200);
    const [header, example] = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const xlsx = await fetch(`${t.url}/imports/${kind}/template.xlsx`, { headers });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    return { header: header.split(','), example, xlsxHeader: (sheet.getRow(1).values as string[]).slice(1) };
  };

  let ids: { alpha: string; beta: string; cohort: string; enrollAlpha: string; enrollBeta: string; partner: string; kenji: string };
  beforeEach(async () => {
    const program = await t.f.program({ name: PROGRAM });
    const cohort = await t.f.cohort(program.id, 2024);
    const alpha = await t.f.venture({ name: 'Alpha' });
    const beta = await t.f.venture({ name: 'ベータ', reference: 'V-B' });
    const path: [E, string][] = [
      [E.ADMITTED, '2024-05-01'],
      [E.ACTIVE, '2024-06-01'],
    ];
    const enrollAlpha = await t.f.enrollment(cohort.id, alpha.id, path);
    const enrollBeta = await t.f.enrollment(cohort.id, beta.id, path);
    const partner = await t.f.organization({ name: 'Partner Corp' });
    const kenji = await t.f.person({ name: 'Kenji Sato', email: 'kenji@example.org' });
    ids = {
      alpha: alpha.id,
      beta: beta.id,
      cohort: cohort.id,
      enrollAlpha: enrollAlpha.id,
      enrollBeta: enrollBeta.id,
      partner: partner.id,
      kenji: kenji.id,
    };
  });

  describe('mentors and assignments', () => {
    const TABLES = ['people', 'mentors', 'mentor_assignments'];

    it.each(FORMATS)(
      'creates mentor people, profiles and dated assignments; the same file again is all unchanged ($format)',
      async (format) => {
        await importTwice('mentors', format, TABLES, { people: counts(2, 0, 1), mentors: counts(3), assignments: counts(3) }, 4);
        const mentors = await q<{
          name: string;
          email: string;
          reference: string | null;
          capacity: number;
          expertise: string[];
          affiliation: string | null;
        }>(
          `SELECT p.name, p.email, p.reference, m.capacity, m.expertise, m.affiliation_organization_id AS affiliation
           FROM mentors m JOIN people p ON p.id = m.person_id ORDER BY p.email`,
        );
        expect(mentors).toEqual([
          {
            name: '鈴木 一郎',
            email: 'ichiro@example.org',
            reference: 'M-001',
            capacity: 2,
            expertise: ['finance', 'healthcare'],
            affiliation: ids.partner,
          },
          { name: 'Jane Doe', email: 'jane@example.org', reference: null, capacity: 3, expertise: [], affiliation: null },
          { name: 'Kenji Sato', email: 'kenji@example.org', reference: null, capacity: 3, expertise: [], affiliation: null },
        ]);
        const assignments = await q<{ email: string; enrollment_id: string; role: string; starts_on: string; ends_on: string | null }>(
          `SELECT p.email, a.enrollment_id, a.role, to_char(a.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(a.ends_on, 'YYYY-MM-DD') AS ends_on
           FROM mentor_assignments a JOIN mentors m ON m.id = a.mentor_id JOIN people p ON p.id = m.person_id ORDER BY p.email, a.starts_on`,
        );
        expect(assignments).toEqual([
          { email: 'ichiro@example.org', enrollment_id: ids.enrollAlpha, role: 'LEAD', starts_on: '2024-06-01', ends_on: '2025-02-28' },
          { email: 'ichiro@example.org', enrollment_id: ids.enrollBeta, role: 'SUPPORT', starts_on: '2024-07-01', ends_on: null },
          { email: 'kenji@example.org', enrollment_id: ids.enrollAlpha, role: 'LEAD', starts_on: '2024-06-01', ends_on: null },
        ]);
        const [audit] = await q<{ details: Record<string, unknown> }>(
          `SELECT details FROM audit_log WHERE operation = 'import:mentors' LIMIT 1`,
        );
        expect(audit.details).toMatchObject({ kind: 'mentors', rowsRead: 4 });
      },
    );

    it('refuses capacity beyond the profile, and reports the errors of a file line by line', async () => {
      await refuseErrors('mentors', fixture('mentors-errors.csv'), TABLES, [
        { line: 2, column: 'starts_on', code: 'BAD_DATE', value: '2024-13-01' },
        { line: 3, column: 'program', code: 'UNKNOWN_PROGRAM', value: 'No Such School' },
        { line: 4, column: 'venture', code: 'UNKNOWN_VENTURE', value: 'Gamma' },
        { line: 5, column: 'mentor', code: 'REQUIRED', value: null },
        { line: 6, column: 'affiliation', code: 'UNKNOWN_ORGANIZATION', value: 'Nowhere Inc' },
        { line: 7, column: 'mentor_email', code: 'REQUIRED', value: null },
        { line: 8, column: 'fiscal_year', code: 'UNKNOWN_COHORT', value: '2019' },
      ]);
      const full = Buffer.from(
        [
          'mentor,mentor_email,capacity,program,fiscal_year,venture,starts_on',
          `A,a@example.org,1,${PROGRAM},2024,Alpha,2024-06-01`,
          `A,a@example.org,,${PROGRAM},2024,ベータ,2024-09-01`,
        ].join('\n'),
      );
      const dry = await report('mentors', full);
      expect(seen(dry.report)).toEqual([{ line: 3, column: 'starts_on', code: 'AT_CAPACITY', value: '2024-09-01' }]);
    });

    it('serves the template: the header and one example row, as CSV and XLSX', async () => {
      const template = await templateOf('mentors');
      expect(template.header).toEqual(template.xlsxHeader);
      expect(template.header.slice(0, 3)).toEqual(['mentor', 'mentor_email', 'mentor_ref']);
      expect(template.example).toContain('ichiro@example.org');
    });
  });

  describe('outcome records', () => {
    const TABLES = ['outcome_records'];

    it.each(FORMATS)(
      'records values by day or period; a changed value is a correction of the stored one; the same file again is all unchanged ($format)',
      async (format) => {
        await q(
          `INSERT INTO outcome_records (id, lineage_id, venture_id, metric_id, value, as_of, source)
         SELECT l.id, l.id, $1, m.id, 3, '2025-03-31', 'SURVEY' FROM metric_definitions m, (SELECT gen_random_uuid() AS id) l WHERE m.code = 'EMPLOYEES_FTE'`,
          [ids.beta],
        );
        await importTwice('outcomes', format, TABLES, { outcomes: counts(2, 1, 0) }, 3);
        const records = await q<{
          venture_id: string;
          code: string;
          value: string;
          currency: string | null;
          superseded: boolean;
          lineage: number;
        }>(
          `SELECT o.venture_id, m.code, o.value::text AS value, o.currency, o.superseded_at IS NOT NULL AS superseded,
                (SELECT count(*)::int FROM outcome_records x WHERE x.lineage_id = o.lineage_id) AS lineage
           FROM outcome_records o JOIN metric_definitions m ON m.id = o.metric_id ORDER BY o.venture_id = $1, m.code, o.created_at`,
          [ids.beta],
        );
        expect(
          records.map((r) => [
            r.venture_id === ids.alpha ? 'Alpha' : 'ベータ',
            r.code,
            Number(r.value),
            r.currency,
            r.superseded,
            r.lineage,
          ]),
        ).toEqual([
          ['Alpha', 'EMPLOYEES_FTE', 12.5, null, false, 1],
          ['Alpha', 'FUNDING_RAISED', 5000000, 'JPY', false, 1],
          ['ベータ', 'EMPLOYEES_FTE', 3, null, true, 2],
          ['ベータ', 'EMPLOYEES_FTE', 4, null, false, 2],
        ]);
      },
    );

    it('reports the errors of a file line by line and writes nothing', async () => {
      await refuseErrors('outcomes', fixture('outcomes-errors.csv'), TABLES, [
        { line: 2, column: 'period_end', code: 'BAD_DATE', value: '2024-13-31' },
        { line: 3, column: 'venture', code: 'UNKNOWN_VENTURE', value: 'Gamma' },
        { line: 4, column: 'metric', code: 'UNKNOWN_METRIC', value: 'NO_METRIC' },
        { line: 5, column: 'value', code: 'REQUIRED', value: null },
        { line: 6, column: 'currency', code: 'REQUIRED', value: null },
        { line: 7, column: 'as_of', code: 'BAD_DATE', value: '2030-01-01' },
        { line: 8, column: 'venture_ref', code: 'UNKNOWN_VENTURE', value: 'X-9' },
      ]);
      const template = await templateOf('outcomes');
      expect(template.header).toEqual(template.xlsxHeader);
      expect(template.header.slice(0, 4)).toEqual(['venture', 'venture_ref', 'metric', 'value']);
    });
  });

  describe('mentoring sessions', () => {
    const TABLES = ['mentoring_sessions', 'mentoring_session_revisions'];
    let assignmentId: string;
    beforeEach(async () => {
      const mentor = await t.f.mentor({ personId: ids.kenji });
      assignmentId = (await t.f.assignment(mentor.id, ids.enrollAlpha, '2024-06-01', { endsOn: '2025-02-28' })).id;
      await t.f.person({ name: 'Mika', email: 'mika@example.org' });
      await q(`INSERT INTO mentoring_topics (name) VALUES ('Fundraising')`);
      await q(
        `INSERT INTO mentoring_sessions (assignment_id, mentor_id, venture_id, cohort_id, held_at, duration_minutes, format, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, '2024-08-01T01:00:00Z', 30, 'IN_PERSON', $5)`,
        [assignmentId, mentor.id, ids.alpha, ids.cohort, t.accounts[Role.STAFF].userId],
      );
    });

    it.each(FORMATS)(
      "logs sessions at their start in the program's zone under the pair's assignment; an edited one gets a revision; the same file again is all unchanged ($format)",
      async (format) => {
        await importTwice('sessions', format, TABLES, { sessions: counts(2, 1, 0) }, 3);
        const sessions = await q<{
          held_at: Date;
          duration_minutes: number;
          format: string;
          topics: string[];
          tags: string[];
          summary: string;
          version: number;
          assignment_id: string;
        }>(
          `SELECT held_at, duration_minutes, format, topics, tags, summary, version, assignment_id FROM mentoring_sessions ORDER BY held_at`,
        );
        expect(
          sessions.map((s) => [
            s.held_at.toISOString(),
            s.duration_minutes,
            s.format,
            s.topics,
            s.tags,
            s.summary,
            s.version,
            s.assignment_id === assignmentId,
          ]),
        ).toEqual([
          ['2024-07-10T05:00:00.000Z', 60, 'ONLINE', ['Fundraising'], ['pitch'], 'ピッチ資料を見直した。', 1, true],
          ['2024-08-01T01:00:00.000Z', 90, 'IN_PERSON', [], [], '', 2, true],
          ['2024-09-05T00:30:00.000Z', 45, 'PHONE', [], ['follow-up', 'numbers'], '', 1, true],
        ]);
      },
    );

    it('reports the errors of a file line by line and writes nothing', async () => {
      await refuseErrors('sessions', fixture('sessions-errors.csv'), TABLES, [
        { line: 2, column: 'held_at', code: 'BAD_DATE', value: '2024-07-10 25:00' },
        { line: 3, column: 'mentor_email', code: 'UNKNOWN_MENTOR', value: 'mika@example.org' },
        { line: 4, column: 'mentor_email', code: 'UNKNOWN_PERSON', value: 'nobody@example.org' },
        { line: 5, column: 'held_at', code: 'NO_ASSIGNMENT', value: '2024-05-01 10:00' },
        { line: 6, column: 'topics', code: 'UNKNOWN_TOPIC', value: 'Astrology' },
        { line: 7, column: 'duration_minutes', code: 'REQUIRED', value: null },
        { line: 8, column: 'program', code: 'UNKNOWN_PROGRAM', value: 'Nope' },
      ]);
      const template = await templateOf('sessions');
      expect(template.header).toEqual(template.xlsxHeader);
      expect(template.example).toContain('2024-07-10 14:00');
    });
  });

  describe('collaborations with their stage dates', () => {
    const TABLES = ['collaborations', 'collaboration_stage_changes'];
    let storedId: string;
    beforeEach(async () => {
      await q(`UPDATE ventures SET founded_on = '2024-01-01' WHERE id = $1`, [ids.alpha]);
      storedId = (
        await q<{ id: string }>(
          `INSERT INTO collaborations (venture_id, organization_id, title, domain, kind, started_on, stage, stage_on, sdgs)
           VALUES ($1, $2, 'Care robot pilot', 'HEALTHCARE', 'PROOF_OF_CONCEPT', '2024-04-01', 'EXPLORING', '2024-04-01', '{3}') RETURNING id`,
          [ids.alpha, ids.partner],
        )
      )[0].id;
      await q(
        `INSERT INTO collaboration_stage_changes (collaboration_id, from_stage, to_stage, changed_on) VALUES ($1, NULL, 'EXPLORING', '2024-04-01')`,
        [storedId],
      );
    });

    it.each(FORMATS)(
      'creates collaborations with dated stage history, appends the stages after the stored ones; the same file again is all unchanged ($format)',
      async (format) => {
        await importTwice('collaborations', format, TABLES, { collaborations: counts(2, 1, 0), stageChanges: counts(4, 0, 1) }, 3);
        const rows = await q<{ title: string; stage: string; stage_on: string; ended_on: string | null; sdgs: number[]; history: string }>(
          `SELECT c.title, c.stage, to_char(c.stage_on, 'YYYY-MM-DD') AS stage_on, to_char(c.ended_on, 'YYYY-MM-DD') AS ended_on, c.sdgs,
                (SELECT string_agg(coalesce(s.from_stage, '-') || '>' || s.to_stage || '@' || to_char(s.changed_on, 'YYYY-MM-DD') || coalesce(' ' || s.reason, ''), ', ' ORDER BY s.changed_on, s.recorded_at)
                   FROM collaboration_stage_changes s WHERE s.collaboration_id = c.id) AS history
           FROM collaborations c ORDER BY c.title`,
        );
        expect(rows.map((r) => [r.title, r.stage, r.stage_on, r.ended_on, r.sdgs, r.history])).toEqual([
          ['Care robot pilot', 'PILOT', '2024-10-01', null, [3], '->EXPLORING@2024-04-01, EXPLORING>PILOT@2024-10-01'],
          ['Farm data', 'EXPLORING', '2024-05-01', null, [2, 12], '->EXPLORING@2024-05-01'],
          ['School lunches', 'ENDED', '2024-12-01', '2024-12-01', [], '->PILOT@2024-06-01, PILOT>ENDED@2024-12-01 Budget cut'],
        ]);
        expect((await q<{ id: string }>(`SELECT id FROM collaborations WHERE title = 'Care robot pilot'`))[0].id).toBe(storedId);
      },
    );

    it('reports the errors of a file line by line and writes nothing', async () => {
      await refuseErrors('collaborations', fixture('collaborations-errors.csv'), TABLES, [
        { line: 2, column: 'started_on', code: 'BAD_DATE', value: '2024-13-01' },
        { line: 3, column: 'venture', code: 'UNKNOWN_VENTURE', value: 'Gamma' },
        { line: 4, column: 'demonstration_on', code: 'STAGE_OUT_OF_ORDER', value: '2024-09-01' },
        { line: 5, column: 'started_on', code: 'BAD_DATE', value: '2023-06-01' },
        { line: 6, column: 'exploring_on', code: 'STAGE_DATE_CHANGED', value: '2024-04-02' },
        { line: 7, column: 'ended_reason', code: 'REQUIRED', value: null },
      ]);
      const template = await templateOf('collaborations');
      expect(template.header).toEqual(template.xlsxHeader);
      expect(template.header.slice(9, 14)).toEqual(['exploring_on', 'pilot_on', 'demonstration_on', 'commercial_on', 'ended_on']);
    });
  });

  describe('pro bono engagements with volunteers and dated hours', () => {
    const TABLES = [
      'pro_bono_engagements',
      'pro_bono_engagement_status_changes',
      'pro_bono_volunteers',
      'pro_bono_volunteer_changes',
      'pro_bono_hour_entries',
    ];
    beforeEach(async () => {
      await t.f.person({ name: 'Mika', email: 'mika@example.org' });
      const [g] = await q<{ id: string }>(
        `INSERT INTO pro_bono_engagements (title, organizer_id, beneficiary_venture_id, status, status_on, started_on)
         VALUES ('Accounting clinic', $1, $2, 'ACTIVE', '2024-05-01', '2024-05-01') RETURNING id`,
        [ids.partner, ids.alpha],
      );
      const [volunteer] = await q<{ id: string }>(
        `INSERT INTO pro_bono_volunteers (engagement_id, person_id, role, joined_on, changed_on) VALUES ($1, $2, 'Accountant', '2024-05-01', '2024-05-01') RETURNING id`,
        [g.id, ids.kenji],
      );
      await q(`INSERT INTO pro_bono_hour_entries (volunteer_id, worked_on, hours) VALUES ($1, '2024-05-10', 2)`, [volunteer.id]);
    });

    it.each(FORMATS)(
      'creates engagements, volunteers and hour entries; other hours on a stored day update it; the same file again is all unchanged ($format)',
      async (format) => {
        await importTwice(
          'pro-bono',
          format,
          TABLES,
          { engagements: counts(1, 0, 1), volunteers: counts(2, 0, 1), hours: counts(3, 1, 0) },
          4,
        );
        const rows = await q<{
          title: string;
          status: string;
          person: string;
          role: string;
          joined_on: string;
          worked_on: string;
          hours: string;
          note: string | null;
        }>(
          `SELECT g.title, g.status, p.name AS person, v.role, to_char(v.joined_on, 'YYYY-MM-DD') AS joined_on,
                to_char(h.worked_on, 'YYYY-MM-DD') AS worked_on, h.hours::text AS hours, h.note
           FROM pro_bono_hour_entries h JOIN pro_bono_volunteers v ON v.id = h.volunteer_id
           JOIN pro_bono_engagements g ON g.id = v.engagement_id JOIN people p ON p.id = v.person_id ORDER BY h.worked_on`,
        );
        expect(rows.map((r) => [r.title, r.status, r.person, r.role, r.joined_on, r.worked_on, Number(r.hours), r.note])).toEqual([
          ['Accounting clinic', 'ACTIVE', 'Kenji Sato', 'Accountant', '2024-05-01', '2024-05-10', 3.5, null],
          ['Accounting clinic', 'ACTIVE', 'Kenji Sato', 'Accountant', '2024-05-01', '2024-05-17', 2, null],
          ['Accounting clinic', 'ACTIVE', 'Mika', 'Designer', '2024-05-20', '2024-05-20', 1.25, 'ロゴ案'],
          ['法務相談', 'PROPOSED', 'Mika', 'Lawyer', '2024-07-02', '2024-07-02', 4, null],
        ]);
      },
    );

    it('reports the errors of a file line by line and writes nothing', async () => {
      await refuseErrors('pro-bono', fixture('pro-bono-errors.csv'), TABLES, [
        { line: 2, column: 'worked_on', code: 'BAD_DATE', value: '2024-02-30' },
        { line: 3, column: 'beneficiary_venture', code: 'UNKNOWN_VENTURE', value: 'Gamma' },
        { line: 4, column: 'beneficiary_organization', code: 'BENEFICIARY', value: 'Partner Corp' },
        { line: 5, column: 'worked_on', code: 'BAD_DATE', value: '2024-04-01' },
        { line: 6, column: 'person_email', code: 'UNKNOWN_PERSON', value: 'nobody@example.org' },
        { line: 7, column: 'hours', code: 'BAD_NUMBER', value: '0' },
      ]);
      const template = await templateOf('pro-bono');
      expect(template.header).toEqual(template.xlsxHeader);
      expect(template.header).toContain('worked_on');
    });
  });
});
