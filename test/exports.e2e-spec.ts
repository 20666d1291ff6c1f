import { describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage as S } from '../src/collaborations/collaboration.enum.js';
import { Clock } from '../src/common/clock.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import type { Caller } from './utils/test-app.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

/** The roster import's columns, in its order (the contract both sides keep). */
const ROSTER_HEADER = [
  'program',
  'fiscal_year',
  'venture',
  'venture_ref',
  'sector',
  'sdgs',
  'founder',
  'founder_kana',
  'founder_email',
  'founder_ref',
  'status',
  'applied_on',
  'admitted_on',
  'started_on',
  'graduated_on',
  'withdrawn_on',
];
const LISTS = ['cohort-roster', 'mentors', 'mentoring-sessions', 'collaborations', 'pro-bono-engagements'] as const;
const REPORTS = ['cohort-comparison', 'collaboration-funnel', 'pro-bono-impact', 'alumni-search'] as const;
const EVIL = '=HYPERLINK("http://evil")';

/** RFC 4180 as the server writes it: CRLF rows, quoted cells with "" for a quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) cell += ch;
    else if (ch === ',') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The first worksheet's rows as text, as a CSV reader would see them (rich text is its text; empty cells ''). */
async function parseXlsx(body: ArrayBuffer): Promise<{ rows: string[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body);
  const sheet = workbook.worksheets[0];
  const width = sheet.getRow(1).cellCount;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value;
      if (v === null || v === undefined) cells.push('');
      else if (typeof v === 'object' && 'richText' in v) cells.push(v.richText.map((r) => r.text).join(''));
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') cells.push(String(v));
      else throw new Error(`unexpected cell ${JSON.stringify(v)}`);
    }
    rows.push(cells);
  });
  return { rows, sheet };
}

describe('exports: every list as CSV and XLSX, by token or by signed link', () => {
  const t = useTestApp();
  const f = t.f;
  const base = () => t.url.replace(/\/graphql$/, '');
  const get = (path: string, as: Caller = Role.STAFF) =>
    fetch(`${base()}${path}`, { headers: as === 'ANONYMOUS' ? {} : { authorization: `Bearer ${t.accounts[as].token}` } });
  const download = (file: string, args?: Record<string, unknown>, as: Caller = Role.STAFF) =>
    get(`/exports/${file}${args ? `?args=${encodeURIComponent(JSON.stringify(args))}` : ''}`, as);
  const csvOf = async (response: Response) => {
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8 with a byte-order mark: what makes Excel read the Japanese right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)));
  };
  const xlsxOf = async (response: Response) => {
    expect([response.status, response.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    return parseXlsx(await response.arrayBuffer());
  };

  /** Two ventures in a 2024 cohort; the MENTOR account mentors Aozora (with a co-mentor), another mentor Hikari. */
  async function school() {
    const program = await f.program({ name: '社会起業塾' });
    const cohort = await f.cohort(program.id, 2024, { startsOn: '2024-06-01', endsOn: '2025-02-28' });
    const aozora = await f.venture({ name: 'あおぞらケア', sector: 'healthcare', sdgs: [3, 5], reference: 'V-0042' });
    const hikari = await f.venture({ name: EVIL, sector: 'education', sdgs: [] });
    const yamada = await f.person({ name: '山田 太郎', nameKana: 'ヤマダ タロウ', email: 'taro@aozora.example', reference: 'S-1001' });
    const sato = await f.person({ name: '佐藤 花子', nameKana: 'サトウ ハナコ', email: 'hanako@aozora.example' });
    await f.founder(aozora.id, yamada.id);
    await f.founder(aozora.id, sato.id);
    const ea = await f.enrollment(cohort.id, aozora.id, [
      [E.APPLIED, '2024-03-01'],
      [E.ADMITTED, '2024-04-01'],
      [E.ACTIVE, '2024-06-01'],
    ]);
    const eh = await f.enrollment(cohort.id, hikari.id, [
      [E.APPLIED, '2024-03-02'],
      [E.WITHDRAWN, '2024-05-01'],
    ]);
    const me = await f.mentorOf(t.accounts.MENTOR.personId);
    const coMentor = await f.mentor({ personId: (await f.person({ name: 'Co Mentor' })).id, capacity: 1 });
    const other = await f.mentor({ personId: (await f.person({ name: 'Other Mentor' })).id });
    const mine = await f.assignment(me.id, ea.id, '2024-06-01');
    const co = await f.assignment(coMentor.id, ea.id, '2024-06-01');
    const theirs = await f.assignment(other.id, eh.id, '2024-04-01');
    await f.session(mine, { heldAt: '2024-07-01T10:00:00Z', summary: 'Pricing', privateNotes: 'my notes' });
    await f.session(co, { heldAt: '2024-07-02T10:00:00Z', summary: 'Hiring', privateNotes: 'co notes' });
    await f.session(theirs, { heldAt: '2024-04-10T10:00:00Z', summary: 'Elsewhere', privateNotes: 'their notes' });
    const partner = await f.organization({ name: 'NEC' });
    await f.collaboration(aozora.id, partner.id, [
      [S.EXPLORING, '2024-07-01'],
      [S.PILOT, '2024-09-01'],
    ]);
    await f.engagement(
      [
        [G.PROPOSED, '2024-05-01'],
        [G.ACTIVE, '2024-06-01'],
      ],
      { beneficiaryVentureId: aozora.id, volunteers: [{ personId: sato.id, hours: 4.5 }] },
    );
    return { cohort, aozora, hikari };
  }

  it('writes the cohort roster in exactly the roster import columns, Japanese intact, as CSV and XLSX', async () => {
    const { cohort } = await school();
    const csv = await csvOf(await download('cohort-roster.csv', { cohortId: cohort.id }));
    // Ventures by name ("=" sorts before kana), founders by name; a venture without founders has one row.
    const moves = ['2024-03-01', '2024-04-01', '2024-06-01', '', ''];
    const aozora = (founder: string[], ref: string) => [
      '社会起業塾',
      '2024',
      'あおぞらケア',
      'V-0042',
      'healthcare',
      '3;5',
      ...founder,
      ref,
      'ACTIVE',
      ...moves,
    ];
    const expected = [
      ROSTER_HEADER,
      ['社会起業塾', '2024', `'${EVIL}`, '', 'education', '', '', '', '', '', 'WITHDRAWN', '2024-03-02', '', '', '', '2024-05-01'],
      aozora(['佐藤 花子', 'サトウ ハナコ', 'hanako@aozora.example'], ''),
      aozora(['山田 太郎', 'ヤマダ タロウ', 'taro@aozora.example'], 'S-1001'),
    ];
    expect(csv).toEqual(expected);
    const { rows, sheet } = await xlsxOf(await download('cohort-roster.xlsx', { cohortId: cohort.id }));
    // The same rows; the formula-like name is a text cell holding exactly what was typed.
    expect(rows).toEqual(expected.map((r) => r.map((c) => (c === `'${EVIL}` ? EVIL : c))));
    const evil = sheet.getRow(2).getCell(3);
    expect([evil.type, evil.formula]).toEqual([ExcelJS.ValueType.RichText, undefined]);
    expect(sheet.getRow(2).getCell(2).value).toBe(2024);
  });

  it('downloads every list and report in both formats with the same rows', async () => {
    await school();
    const [cohort] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM cohorts`);
    for (const name of [...LISTS, ...REPORTS]) {
      const args = name === 'cohort-roster' ? { cohortId: cohort.id } : undefined;
      const csv = await csvOf(await download(`${name}.csv`, args, Role.ADMIN));
      const { rows } = await xlsxOf(await download(`${name}.xlsx`, args, Role.ADMIN));
      expect([name, rows]).toEqual([name, csv.map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')))]);
      // Every list has rows here; alumniSearch has no graduate to list.
      expect([name, csv.length > 1]).toEqual([name, name !== 'alumni-search']);
    }
  });

  it('fills each list from its own rows: sessions, mentors and load, stages, hours', async () => {
    await school();
    const sessions = await csvOf(await download('mentoring-sessions.csv'));
    const col = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);
    expect(col(sessions, 'summary')).toEqual(['Hiring', 'Pricing', 'Elsewhere']);
    expect(col(sessions, 'private_notes')).toEqual(['co notes', 'my notes', 'their notes']);
    const mentors = await csvOf(await download('mentors.csv'));
    expect(mentors[0]).toEqual(expect.arrayContaining(['name', 'capacity', 'active_ventures', 'load', 'load_status']));
    expect(col(mentors, 'name')[0]).toBe('Co Mentor');
    expect(col(mentors, 'load_status')[0]).toBe('AT');
    const collaborations = await csvOf(await download('collaborations.csv'));
    expect(Object.fromEntries(collaborations[0].map((k, i) => [k, collaborations[1][i]]))).toMatchObject({
      venture: 'あおぞらケア',
      organization: 'NEC',
      stage: 'PILOT',
      exploring_on: '2024-07-01',
      pilot_on: '2024-09-01',
      demonstration_on: '',
    });
    const engagements = await csvOf(await download('pro-bono-engagements.csv'));
    expect(Object.fromEntries(engagements[0].map((k, i) => [k, engagements[1][i]]))).toMatchObject({
      beneficiary: 'あおぞらケア',
      beneficiary_kind: 'VENTURE',
      status: 'ACTIVE',
      volunteers: '1',
      hours: '4.5',
    });
  });

  it('applies the GraphQL fields’ access rules: rows, private columns, refusals', async () => {
    const { cohort } = await school();
    // A mentor: sessions of their own ventures only (co-mentor's too), private notes of their own only.
    const mine = await csvOf(await download('mentoring-sessions.csv', undefined, Role.MENTOR));
    const col = (rows: string[][], name: string) => rows.slice(1).map((r) => r[rows[0].indexOf(name)]);
    expect(col(mine, 'summary')).toEqual(['Hiring', 'Pricing']);
    expect(col(mine, 'private_notes')).toEqual(['', 'my notes']);
    const mineXlsx = await xlsxOf(await download('mentoring-sessions.xlsx', undefined, Role.MENTOR));
    expect(mineXlsx.rows).toEqual(mine);
    // Analysts: no private notes, no emails; no mentor load (staff only, as Query.mentorLoad).
    expect(col(await csvOf(await download('mentoring-sessions.csv', undefined, Role.ANALYST)), 'private_notes')).toEqual(['', '', '']);
    const roster = await csvOf(await download('cohort-roster.csv', { cohortId: cohort.id }, Role.ANALYST));
    expect(col(roster, 'founder_email')).toEqual(['', '', '']);
    expect(col(roster, 'founder')).toEqual(['', '佐藤 花子', '山田 太郎']);
    for (const [file, as] of [
      ['mentors.csv', Role.ANALYST],
      ['mentors.xlsx', Role.MENTOR],
      ['cohort-roster.csv', Role.MENTOR],
      ['collaborations.xlsx', Role.MENTOR],
      ['pro-bono-engagements.csv', Role.MENTOR],
      ['alumni-search.xlsx', Role.MENTOR],
    ] as const) {
      const r = await download(file, file.startsWith('cohort-roster') ? { cohortId: cohort.id } : undefined, as);
      expect([file, as, r.status, ((await r.json()) as { code: string }).code]).toEqual([file, as, 403, 'FORBIDDEN']);
    }
    expect((await download('mentoring-sessions.csv', undefined, 'ANONYMOUS')).status).toBe(401);
    expect((await download('nothing.csv')).status).toBe(404);
    expect((await download('mentors.pdf')).status).toBe(404);
  });

  it('validates arguments like the GraphQL fields (400 with the field)', async () => {
    for (const [file, args, field] of [
      ['cohort-roster.csv', {}, 'cohortId'],
      ['cohort-roster.xlsx', { cohortId: 'nope' }, 'cohortId'],
      ['mentoring-sessions.csv', { filter: { from: 'soon' } }, 'filter.from'],
      ['mentoring-sessions.csv', { filter: { extra: 1 } }, 'filter.extra'],
      ['mentors.csv', { filter: { status: 'BUSY' } }, 'filter.status'],
      ['collaborations.xlsx', { filter: { stages: ['NOPE'] } }, 'filter.stages'],
      ['pro-bono-engagements.csv', { filter: { beneficiaryVentureId: 'x' } }, 'filter.beneficiaryVentureId'],
    ] as const) {
      const r = await download(file, args);
      expect([file, r.status, ((await r.json()) as { field: string }).field]).toEqual([file, 400, field]);
    }
    const from = await csvOf(await download('mentoring-sessions.csv', { filter: { from: '2030-01-01T00:00:00Z' } }));
    expect(from).toHaveLength(1);
  });

  describe('signed download links', () => {
    const LINK = `mutation($input: CreateDownloadLinkInput!) { createDownloadLink(input: $input) { url expiresAt } }`;
    const mint = async (input: Record<string, unknown>, as: Caller = Role.ANALYST) =>
      expectOk(await t.gqlAs<{ createDownloadLink: { url: string; expiresAt: string } }>(as, LINK, { input })).createDownloadLink;
    const open = (url: string) => fetch(url);
    const codeOf = async (r: Response) => [r.status, ((await r.json()) as { code: string }).code];

    it('opens without any header, as its user, until it expires', async () => {
      const { cohort } = await school();
      const before = Date.now();
      const link = await mint({ export: 'cohort-roster', format: 'XLSX', args: { cohortId: cohort.id } });
      expect(link.url).toMatch(new RegExp(`^${base()}/downloads/cohort-roster\\.xlsx\\?args=.+&user=.+&expires=\\d+&sig=[\\w-]+$`));
      expect(Date.parse(link.expiresAt) - before).toBeGreaterThan(590_000);
      expect(Date.parse(link.expiresAt) - before).toBeLessThanOrEqual(601_000);
      const { rows } = await xlsxOf(await open(link.url));
      expect(rows[0]).toEqual(ROSTER_HEADER);
      // As the analyst who minted it: no emails.
      expect(rows.slice(1).map((r) => r[8])).toEqual(['', '', '']);
      const csv = await mint({ export: 'mentoring-sessions', format: 'CSV' }, Role.MENTOR);
      expect((await csvOf(await open(csv.url))).map((r) => r[1]).slice(1)).toEqual([
        '2024-07-02T10:00:00.000Z',
        '2024-07-01T10:00:00.000Z',
      ]);
      // Past its expiry (the app's clock moved on): 410 LINK_EXPIRED.
      const clock = t.app.server.app.get(Clock);
      const later = jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(link.expiresAt) + 1000));
      try {
        expect(await codeOf(await open(link.url))).toEqual([410, 'LINK_EXPIRED']);
      } finally {
        later.mockRestore();
      }
      expect((await open(link.url)).status).toBe(200);
    });

    it('refuses a tampered link, one used for another export or arguments, and a user no longer allowed', async () => {
      const { cohort } = await school();
      const other = (await f.cohort((await f.program()).id, 2023)).id;
      const link = await mint({ export: 'cohort-roster', format: 'CSV', args: { cohortId: cohort.id } });
      const url = new URL(link.url);
      const variant = (edit: (u: URL) => void) => {
        const u = new URL(url);
        edit(u);
        return u.toString();
      };
      for (const changed of [
        variant((u) => u.searchParams.set('args', JSON.stringify({ cohortId: other }))),
        variant((u) => (u.pathname = '/downloads/cohort-roster.xlsx')),
        variant((u) => (u.pathname = '/downloads/collaborations.csv')),
        variant((u) => u.searchParams.set('user', t.accounts.ADMIN.userId)),
        variant((u) => u.searchParams.set('expires', String(Number(u.searchParams.get('expires')) + 3600))),
        variant((u) => u.searchParams.set('sig', `${u.searchParams.get('sig')!.slice(0, -2)}AA`)),
        variant((u) => u.searchParams.delete('sig')),
      ]) {
        expect([changed, ...(await codeOf(await open(changed)))]).toEqual([changed, 403, 'FORBIDDEN']);
      }
      expect((await open(link.url)).status).toBe(200);
      // The user's roles now, not when the link was made: a demoted analyst's link stops working.
      await t.dataSource.query(`UPDATE users SET roles = '{MENTOR}' WHERE id = $1`, [t.accounts.ANALYST.userId]);
      expect(await codeOf(await open(link.url))).toEqual([403, 'FORBIDDEN']);
      await t.dataSource.query(`UPDATE users SET roles = '{ANALYST}', active = false WHERE id = $1`, [t.accounts.ANALYST.userId]);
      expect(await codeOf(await open(link.url))).toEqual([403, 'FORBIDDEN']);
    });

    it('is minted only for exports the caller may read, with valid arguments', async () => {
      expectError(await t.gqlAs(Role.MENTOR, LINK, { input: { export: 'cohort-roster', format: 'CSV', args: {} } }), 'FORBIDDEN');
      expectError(await t.gqlAs(Role.ANALYST, LINK, { input: { export: 'mentors', format: 'XLSX' } }), 'FORBIDDEN');
      expectError(await t.gqlAs(Role.STAFF, LINK, { input: { export: 'nothing', format: 'CSV' } }), 'BAD_USER_INPUT', 'input.export');
      expectError(
        await t.gqlAs(Role.STAFF, LINK, { input: { export: 'cohort-roster', format: 'CSV', args: { cohortId: 'x' } } }),
        'BAD_USER_INPUT',
        'input.args.cohortId',
      );
      expectError(await t.gqlAs('ANONYMOUS', LINK, { input: { export: 'mentors', format: 'CSV' } }), 'UNAUTHENTICATED');
    });
  });
});

describe('exports: a short DOWNLOAD_LINK_SECONDS', () => {
  const t = useTestApp({ DOWNLOAD_LINK_SECONDS: '1' });

  it('lets links expire after that many seconds', async () => {
    // The app's clock, pinned: a loaded machine must not make the first open late.
    const minted = Date.now();
    const clock = jest.spyOn(t.app.server.app.get(Clock), 'now').mockReturnValue(new Date(minted));
    try {
      const r = await t.gqlAs<{ createDownloadLink: { url: string } }>(
        Role.STAFF,
        `mutation { createDownloadLink(input: { export: "mentors", format: CSV }) { url } }`,
      );
      const { url } = expectOk(r).createDownloadLink;
      expect((await fetch(url)).status).toBe(200);
      clock.mockReturnValue(new Date(minted + 2100));
      const expired = await fetch(url);
      expect([expired.status, ((await expired.json()) as { code: string }).code]).toEqual([410, 'LINK_EXPIRED']);
    } finally {
      clock.mockRestore();
    }
  });
});
