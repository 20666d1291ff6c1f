import { beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { hashPassword } from '../src/users/passwords.js';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import type { ImportReport } from '../src/imports/import-kind.js';
import { XLSX_TYPE } from '../src/imports/read-table.js';
import { useTestApp } from './utils/use-test-app.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/imports/${name}`, import.meta.url));
const UTF8 = fixture('roster-utf8.csv');
const SJIS = fixture('roster-sjis.csv');
const XLSX = fixture('roster.xlsx');
const ERRORS = fixture('roster-errors.csv');
const PROGRAM = 'Social Entrepreneurship School';

/** Tables an import writes (and a refused one must leave as they were). */
const TABLES = ['cohorts', 'ventures', 'people', 'venture_founders', 'enrollments', 'enrollment_events', 'audit_log'];

const counts = (created: number, updated = 0, unchanged = 0) => ({ created, updated, unchanged });
/** What the roster fixture holds: 2 cohorts, 4 ventures, 4 people and founder links, 4 enrollments. */
const FIRST_IMPORT = {
  cohorts: counts(2),
  ventures: counts(4),
  people: counts(4),
  founders: counts(4),
  enrollments: counts(4),
};
const ALL_UNCHANGED = {
  cohorts: counts(0, 0, 2),
  ventures: counts(0, 0, 4),
  people: counts(0, 0, 4),
  founders: counts(0, 0, 4),
  enrollments: counts(0, 0, 4),
};

describe('imports over HTTP: POST /imports/roster', () => {
  const t = useTestApp({ IMPORT_LIMIT: '512kb' });
  const q = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => t.dataSource.query<T[]>(sql, params);
  const rowCounts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    return out;
  };
  const send = async (body: Buffer | string, query = 'dryRun=true', headers: Record<string, string> = {}, caller: Role = Role.STAFF) =>
    fetch(`${t.url}/imports/roster?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.accounts[caller].token}`, 'content-type': 'text/csv', ...headers },
      body,
    });
  const report = async (body: Buffer | string, query = 'dryRun=true', headers: Record<string, string> = {}) => {
    const res = await send(body, query, headers);
    return { status: res.status, report: (await res.json()) as ImportReport };
  };

  beforeEach(async () => {
    await t.f.program({ name: PROGRAM });
  });

  it('dry-runs a UTF-8 CSV (nothing written), commits it in one audited transaction, and a second import is all unchanged', async () => {
    const before = await rowCounts();
    const dry = await report(UTF8);
    expect(dry.status).toBe(200);
    expect(dry.report).toMatchObject({ kind: 'roster', dryRun: true, committed: false, rowsRead: 5, entities: FIRST_IMPORT, problems: [] });
    expect(dry.report.source).toMatchObject({ type: 'csv', encoding: 'utf-8' });
    expect(await rowCounts()).toEqual(before);

    const done = await report(UTF8, 'dryRun=false');
    expect(done.status).toBe(200);
    expect(done.report).toMatchObject({ dryRun: false, committed: true, entities: FIRST_IMPORT, problems: [] });
    const [banso] = await q<{ id: string; reference: string; sector: string; sdgs: number[] }>(
      `SELECT id, reference, sector, sdgs FROM ventures WHERE name = 'バンソーコー'`,
    );
    expect(banso).toMatchObject({ reference: 'V-2021-01', sector: 'healthcare', sdgs: [3, 8] });
    const founders = await q<{ name: string; name_kana: string; email: string; reference: string | null }>(
      `SELECT p.name, p.name_kana, p.email, p.reference FROM venture_founders f JOIN people p ON p.id = f.person_id WHERE f.venture_id = $1 ORDER BY p.name`,
      [banso.id],
    );
    expect(founders).toEqual([
      { name: '佐藤 花子', name_kana: 'サトウ ハナコ', email: 'hanako@example.org', reference: null },
      { name: '山田 太郎', name_kana: 'ヤマダ タロウ', email: 'taro@example.org', reference: 'S-001' },
    ]);
    const history = await q<{ from_status: string | null; to_status: string; on: string; recorded_by: string }>(
      `SELECT ev.from_status, ev.to_status, to_char(ev.occurred_on, 'YYYY-MM-DD') AS on, ev.recorded_by
         FROM enrollment_events ev JOIN enrollments e ON e.id = ev.enrollment_id WHERE e.venture_id = $1 ORDER BY ev.occurred_on`,
      [banso.id],
    );
    expect(history).toEqual([
      { from_status: null, to_status: E.APPLIED, on: '2021-04-10', recorded_by: 'staff@test.example' },
      { from_status: E.APPLIED, to_status: E.ADMITTED, on: '2021-05-20', recorded_by: 'staff@test.example' },
      { from_status: E.ADMITTED, to_status: E.ACTIVE, on: '2021-06-01', recorded_by: 'staff@test.example' },
      { from_status: E.ACTIVE, to_status: E.GRADUATED, on: '2022-02-26', recorded_by: 'staff@test.example' },
    ]);
    const cohorts = await q<{ year: number; status: string }>(`SELECT year, status FROM cohorts ORDER BY year`);
    expect(cohorts.map((c) => c.year)).toEqual([2021, 2022]);
    expect(cohorts[0].status).toBe('COMPLETED');
    const [audit] = await q<{ actor_email: string; details: Record<string, unknown> }>(
      `SELECT actor_email, details FROM audit_log WHERE operation = 'import:roster'`,
    );
    expect(audit.actor_email).toBe('staff@test.example');
    expect(audit.details).toMatchObject({ kind: 'roster', rowsRead: 5, entities: FIRST_IMPORT });

    // The same file again (and with a BOM): all unchanged, nothing but the audit entry written.
    const afterFirst = await rowCounts();
    const again = await report(UTF8, 'dryRun=false');
    expect(again.report).toMatchObject({ committed: true, entities: ALL_UNCHANGED, problems: [] });
    const withBom = await report(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), UTF8]));
    expect(withBom.report).toMatchObject({ entities: ALL_UNCHANGED, source: { encoding: 'utf-8 (BOM)' } });
    expect(await rowCounts()).toEqual({ ...afterFirst, audit_log: afterFirst.audit_log + 1 });
  });

  it('reads Shift_JIS (CP932) CSV as Japanese Excel saves it: detected, or stated with ?encoding=', async () => {
    const detected = await report(SJIS);
    expect(detected.report).toMatchObject({ entities: FIRST_IMPORT, problems: [], source: { encoding: 'cp932' } });
    const stated = await report(SJIS, 'dryRun=false&encoding=shift_jis');
    expect(stated.report).toMatchObject({ committed: true, entities: FIRST_IMPORT, problems: [] });
    // Decoded right: the UTF-8 file finds every row there already.
    expect((await report(UTF8)).report.entities).toEqual(ALL_UNCHANGED);
    expect((await q(`SELECT name FROM people WHERE name = '山田 太郎'`)).length).toBe(1);
  });

  it('reads XLSX: the first sheet or ?sheet=, a formula cell as its cached value, date cells as days', async () => {
    const res = await report(XLSX, 'dryRun=false', { 'content-type': XLSX_TYPE });
    expect(res.report).toMatchObject({ committed: true, entities: FIRST_IMPORT, problems: [], source: { type: 'xlsx', sheet: 'roster' } });
    // The formula =2020+1 gave the 2021 cohort; the CSV of the same roster is all unchanged.
    expect((await report(UTF8)).report.entities).toEqual(ALL_UNCHANGED);
    // Told by content: an XLSX sent as application/octet-stream is still an XLSX.
    const named = await report(XLSX, 'sheet=roster', { 'content-type': 'application/octet-stream' });
    expect(named.report).toMatchObject({ entities: ALL_UNCHANGED, source: { type: 'xlsx', sheet: 'roster' } });
    const other = await report(XLSX, 'sheet=other', { 'content-type': XLSX_TYPE });
    expect(other.report.problems[0]).toMatchObject({ code: 'MISSING_HEADER' });
    const missing = await report(XLSX, 'sheet=nope', { 'content-type': XLSX_TYPE });
    expect(missing.report.problems).toEqual([
      expect.objectContaining({ code: 'UNREADABLE_FILE', message: expect.stringContaining('roster, other') as unknown as string }),
    ]);
  });

  it('keeps Japanese text whole in a large XLSX (exceljs splits UTF-8 across stream chunks; the reader works around it)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('roster');
    sheet.addRow(UTF8.toString('utf8').split('\r\n')[0].split(','));
    for (let i = 0; i < 1500; i++)
      sheet.addRow([
        PROGRAM,
        2021,
        `日本語のベンチャー名 ${i}`,
        '',
        '',
        '',
        `創業者の名前 ${i}`,
        'ソウギョウシャ',
        '',
        '',
        'APPLIED',
        '2021-04-01',
      ]);
    const res = await report(Buffer.from(await workbook.xlsx.writeBuffer()), 'dryRun=false', { 'content-type': XLSX_TYPE });
    expect(res.report).toMatchObject({ committed: true, problems: [], entities: { ventures: counts(1500), people: counts(1500) } });
    const broken = await q(
      `SELECT name FROM ventures WHERE name LIKE '%' || chr(65533) || '%' UNION ALL SELECT name FROM people WHERE name LIKE '%' || chr(65533) || '%'`,
    );
    expect(broken).toEqual([]);
  });

  it('reports every problem of a file with deliberate errors, line by line, and a commit of it writes nothing', async () => {
    const dry = await report(ERRORS);
    const seen = dry.report.problems.map(({ line, column, code, value, severity }) => ({ line, column, code, value, severity }));
    expect(seen).toEqual([
      { line: 3, column: 'applied_on', code: 'BAD_DATE', value: '2023-13-40', severity: 'error' },
      { line: 4, column: 'program', code: 'UNKNOWN_PROGRAM', value: 'No Such School', severity: 'error' },
      { line: 5, column: 'started_on', code: 'STATUS_OUT_OF_ORDER', value: '2023-05-01', severity: 'error' },
      { line: 6, column: 'founder', code: 'DUPLICATE_PERSON', value: '高橋 健二', severity: 'error' },
      { line: 7, column: 'venture', code: 'FORMULA_AS_TEXT', value: '=HYPERLINK("http://example.org")', severity: 'warning' },
      { line: 8, column: 'status', code: 'REQUIRED', value: null, severity: 'error' },
    ]);
    for (const p of dry.report.problems) expect(p.message).toEqual(expect.any(String));
    expect(dry.report.problems[2].message).toContain('before admitted_on');

    const before = await rowCounts();
    const refused = await report(ERRORS, 'dryRun=false');
    expect(refused.status).toBe(422);
    expect(refused.report).toMatchObject({ dryRun: false, committed: false });
    expect(refused.report.problems).toHaveLength(6);
    expect(await rowCounts()).toEqual(before);
  });

  it('stores a formula-looking cell as text when the file is otherwise fine (a warning, not an error)', async () => {
    const lines = ERRORS.toString('utf8').split('\n');
    const res = await report([lines[0], lines[6]].join('\n'), 'dryRun=false');
    expect(res.report).toMatchObject({ committed: true, problems: [expect.objectContaining({ code: 'FORMULA_AS_TEXT', line: 2 })] });
    expect((await q(`SELECT name FROM ventures`)).map((r) => r.name)).toEqual(['=HYPERLINK("http://example.org")']);
  });

  it('matches stored rows by normalised name, email and reference, appends later moves, and refuses a move back', async () => {
    const [program] = await q<{ id: string }>(`SELECT id FROM programs WHERE name = $1`, [PROGRAM]);
    const cohort = await t.f.cohort(program.id, 2022, { startsOn: null, endsOn: null });
    const lab = await t.f.venture({ name: 'ＫＯＤＯＭＯ　ｌａｂ' });
    const misaki = await t.f.person({ name: '田中 美咲', email: 'Misaki@Example.org' });
    await t.f.founder(lab.id, misaki.id);
    await t.f.enrollment(cohort.id, lab.id, [
      [E.APPLIED, '2022-04-01'],
      [E.ADMITTED, '2022-05-10'],
    ]);
    const res = await report(UTF8, 'dryRun=false');
    expect(res.report).toMatchObject({
      committed: true,
      problems: [],
      entities: {
        cohorts: counts(1, 0, 1),
        ventures: counts(3, 1, 0),
        people: counts(3, 1, 0),
        founders: counts(3, 0, 1),
        enrollments: counts(3, 1, 0),
      },
    });
    const [stored] = await q<{ name: string; sector: string; version: number }>(
      `SELECT name, sector, version FROM ventures WHERE id = $1`,
      [lab.id],
    );
    expect(stored).toEqual({ name: 'ＫＯＤＯＭＯ　ｌａｂ', sector: 'education', version: 2 });
    const [person] = await q<{ reference: string; name_kana: string }>(`SELECT reference, name_kana FROM people WHERE id = $1`, [
      misaki.id,
    ]);
    expect(person).toEqual({ reference: 'S-002', name_kana: 'タナカ ミサキ' });
    const [enrollment] = await q<{ status: string; moves: number }>(
      `SELECT e.status, (SELECT count(*)::int FROM enrollment_events ev WHERE ev.enrollment_id = e.id) AS moves FROM enrollments e WHERE e.venture_id = $1`,
      [lab.id],
    );
    expect(enrollment).toEqual({ status: E.ACTIVE, moves: 3 });

    // The file now says ADMITTED for an ACTIVE enrollment: a move back, refused.
    const back = UTF8.toString('utf8').replace('ACTIVE,2022-04-01,2022-05-10,2022-06-01', 'ADMITTED,2022-04-01,2022-05-10,');
    const refused = await report(back);
    expect(refused.report.problems).toEqual([expect.objectContaining({ line: 5, column: 'status', code: 'STATUS_OUT_OF_ORDER' })]);
  });

  it('reports likely duplicates: a new person or venture named like a stored one (width, kana and spaces aside)', async () => {
    const taro = await t.f.person({ name: '山田　太郎' });
    // Another reference is another venture: created, and named as a likely duplicate.
    const other = await t.f.venture({ name: 'ﾊﾞﾝｿｰｺｰ', reference: 'V-OTHER' });
    const res = await report(UTF8);
    expect(res.report.entities.ventures).toEqual(counts(4));
    expect(res.report.duplicates).toEqual([
      { entity: 'venture', line: 2, name: 'バンソーコー', reason: 'SAME_NAME', existing: [{ id: other.id, name: 'ﾊﾞﾝｿｰｺｰ' }], lines: [] },
      { entity: 'person', line: 2, name: '山田 太郎', reason: 'SAME_NAME', existing: [{ id: taro.id, name: '山田　太郎' }], lines: [] },
    ]);
  });

  it('answers 413 above IMPORT_LIMIT, 415 for what is not CSV or XLSX, and a report naming the columns without a header; nothing written', async () => {
    const before = await rowCounts();
    const big = Buffer.alloc(600 * 1024, 'a');
    const tooBig = await send(big, 'dryRun=false');
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const pdf = await send(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'dryRun=false', { 'content-type': 'application/pdf' });
    expect(pdf.status).toBe(415);
    const json = await send('{"a":1}', 'dryRun=false', { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    const fakeXlsx = await send('program,fiscal_year', 'dryRun=false', { 'content-type': XLSX_TYPE });
    expect(fakeXlsx.status).toBe(415);
    const headless = await report(UTF8.toString('utf8').split('\r\n').slice(1).join('\r\n'), 'dryRun=false');
    expect(headless.status).toBe(422);
    expect(headless.report.problems).toEqual([
      expect.objectContaining({
        code: 'MISSING_HEADER',
        line: null,
        message: expect.stringContaining('program, fiscal_year, venture') as unknown as string,
      }),
    ]);
    expect(headless.report.expectedColumns).toEqual(expect.arrayContaining(['program', 'fiscal_year', 'founder_email', 'withdrawn_on']));
    const partial = await report('program,venture\nX,Y\n');
    expect(partial.report.problems.map((p) => [p.column, p.code])).toEqual([
      ['fiscal_year', 'MISSING_HEADER'],
      ['status', 'MISSING_HEADER'],
    ]);
    expect((await send(UTF8, 'dryRun=maybe')).status).toBe(400);
    expect((await send(UTF8, 'encoding=latin1')).status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('is for staff and admins: mentors and analysts get 403, nobody 401, an unknown kind 404', async () => {
    expect((await send(UTF8, 'dryRun=true', {}, Role.ADMIN)).status).toBe(200);
    expect((await send(UTF8, 'dryRun=false', {}, Role.MENTOR)).status).toBe(403);
    expect((await send(UTF8, 'dryRun=false', {}, Role.ANALYST)).status).toBe(403);
    const anonymous = await fetch(`${t.url}/imports/roster?dryRun=false`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: UTF8,
    });
    expect(anonymous.status).toBe(401);
    const unknown = await fetch(`${t.url}/imports/nope?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.accounts[Role.STAFF].token}`, 'content-type': 'text/csv' },
      body: UTF8,
    });
    expect(unknown.status).toBe(404);
    expect((await q(`SELECT 1 FROM ventures`)).length).toBe(0);
  });

  it('takes the console cookie only with a content type a cross-site form cannot send (CSRF)', async () => {
    const user = await t.f.user([Role.STAFF], await hashPassword('a-long-enough-password'));
    const signIn = await fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'a-long-enough-password' }),
    });
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const post = (type: string) =>
      fetch(`${t.url}/imports/roster?dryRun=true`, { method: 'POST', headers: { cookie, 'content-type': type }, body: UTF8 });
    expect((await post('text/plain')).status).toBe(403);
    expect((await post('application/x-www-form-urlencoded')).status).toBe(403);
    const ok = await post('text/csv');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as ImportReport).entities).toEqual(FIRST_IMPORT);
  });

  it('runs two commits of one file one after the other (an advisory lock): the second finds everything there', async () => {
    const [a, b] = await Promise.all([report(UTF8, 'dryRun=false'), report(UTF8, 'dryRun=false')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const reports = [a.report, b.report].sort((x, y) => y.entities.ventures.created - x.entities.ventures.created);
    expect(reports[0].entities).toEqual(FIRST_IMPORT);
    expect(reports[1].entities).toEqual(ALL_UNCHANGED);
    expect((await q(`SELECT 1 FROM ventures`)).length).toBe(4);
  });

  it('imports from the command line (npm run import) with the same report, the README sample file included', async () => {
    await t.f.program({ name: 'NEC Social Entrepreneurship School' });
    const run = (...args: string[]) =>
      promisify(execFile)('node', ['dist/src/scripts/import.js', ...args], {
        env: {
          ...process.env,
          DATABASE_URL: process.env.TEST_DATABASE_URL,
          LOG_LEVEL: 'error',
          NODE_ENV: 'test',
          JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
        },
      });
    const dry = await run('roster', 'docs/samples/roster-sample.csv', '--dry-run');
    expect(JSON.parse(dry.stdout)).toMatchObject({
      dryRun: true,
      committed: false,
      rowsRead: 6,
      problems: [],
      entities: { ventures: counts(5) },
    });
    expect(dry.stderr).toContain('nothing was written');
    const done = JSON.parse((await run('roster', 'docs/samples/roster-sample.csv')).stdout) as ImportReport;
    expect(done).toMatchObject({
      committed: true,
      entities: { cohorts: counts(2), ventures: counts(5), people: counts(5), enrollments: counts(5) },
    });
    const [audit] = await q<{ actor_email: string | null }>(`SELECT actor_email FROM audit_log WHERE operation = 'import:roster'`);
    expect(audit.actor_email).toBeNull();
    await expect(run('roster', 'test/fixtures/imports/roster-errors.csv')).rejects.toMatchObject({ code: 1 });
    await expect(run('nope', 'x.csv')).rejects.toMatchObject({ code: 2 });
  }, 180_000);

  it('round trip: each cohort roster exported (CSV and XLSX) and imported again is all unchanged', async () => {
    expect((await report(UTF8, 'dryRun=false')).report.committed).toBe(true);
    const cohorts = await q<{ id: string }>(`SELECT id FROM cohorts ORDER BY year`);
    expect(cohorts).toHaveLength(2);
    for (const { id } of cohorts) {
      for (const [ext, type] of [
        ['csv', 'text/csv'],
        ['xlsx', XLSX_TYPE],
      ]) {
        const args = encodeURIComponent(JSON.stringify({ cohortId: id }));
        const exported = await fetch(`${t.url}/exports/cohort-roster.${ext}?args=${args}`, {
          headers: { authorization: `Bearer ${t.accounts[Role.STAFF].token}` },
        });
        expect(exported.status).toBe(200);
        const again = await report(Buffer.from(await exported.arrayBuffer()), 'dryRun=true', { 'content-type': type });
        expect(again.status).toBe(200);
        expect(again.report.problems).toEqual([]);
        for (const [entity, c] of Object.entries(again.report.entities)) {
          expect({ entity, created: c.created, updated: c.updated }).toEqual({ entity, created: 0, updated: 0 });
          expect(c.unchanged).toBeGreaterThan(0);
        }
      }
    }
  });

  it('serves the templates: a header and one example row, as CSV and XLSX', async () => {
    const get = (path: string, caller: Role = Role.STAFF) =>
      fetch(`${t.url}/imports/${path}`, { headers: { authorization: `Bearer ${t.accounts[caller].token}` } });
    const csv = await get('roster/template.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(UTF8.toString('utf8').split('\r\n')[0]);
    expect(lines).toHaveLength(2);
    const xlsx = await get('roster/template.xlsx');
    expect(xlsx.headers.get('content-type')).toBe(XLSX_TYPE);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(lines[0].split(','));
    expect(workbook.worksheets[0].rowCount).toBe(2);
    expect((await get('roster/template.pdf')).status).toBe(404);
    expect((await get('nope/template.csv')).status).toBe(404);
    expect((await get('roster/template.csv', Role.MENTOR)).status).toBe(403);
  });
});
