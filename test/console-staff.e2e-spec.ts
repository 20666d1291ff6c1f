import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage as S } from '../src/collaborations/collaboration.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { hashPassword } from '../src/users/passwords.js';
import { buildConsole, expectAccessible, launchChromium, SCREENSHOTS } from './utils/console-browser.js';
import { useTestApp } from './utils/use-test-app.js';

const PASSWORD = 'correct horse battery staple';
const DESKTOP = { width: 1280, height: 900 };

describe('the staff console in Chromium: programs, a cohort’s enrollments and a venture’s journey', () => {
  // Built before the app starts: the server reads web/dist/index.html when it boots.
  beforeAll(() => buildConsole(), 240_000);
  const t = useTestApp({}, { reset: 'none' });
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const foreign: string[] = [];
  const ids = { cohort: '', older: '', aozora: '', mentor: '' };

  beforeAll(async () => {
    const f = t.f;
    await t.dataSource.query(`UPDATE users SET password_hash = $1`, [await hashPassword(PASSWORD)]);
    const program = await f.program({ name: 'Social Startup Accelerator', timeZone: 'Asia/Tokyo' });
    await f.program({ name: 'Local Leaders Lab', timeZone: 'Asia/Tokyo' });
    const cohort = await f.cohort(program.id, 2025, { name: '2025 Spring' });
    const older = await f.cohort(program.id, 2024, { name: '2024 Spring' });
    ids.cohort = cohort.id;
    ids.older = older.id;
    await f.venture({ name: 'Kamome Farms', sector: 'agriculture' });
    const robots = await f.venture({ name: 'Sakura Robotics' });
    await f.enrollment(cohort.id, robots.id, [
      [E.APPLIED, '2025-03-01'],
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-06-01'],
    ]);
    // Aozora Books: a whole journey, for the venture page.
    const aozora = await f.venture({ name: 'Aozora Books', sector: 'education', foundedOn: '2020-01-15' });
    ids.aozora = aozora.id;
    const founder = await f.person({ name: '青空 花子', nameKana: 'アオゾラ ハナコ' });
    await f.founder(aozora.id, founder.id, 'CEO');
    const enrollment = await f.enrollment(older.id, aozora.id, [
      [E.APPLIED, '2024-03-01'],
      [E.ADMITTED, '2024-04-01'],
      [E.ACTIVE, '2024-06-01'],
      [E.GRADUATED, '2025-02-28'],
    ]);
    const mentor = await f.mentor({ personId: t.accounts[Role.MENTOR].personId, capacity: 3 });
    ids.mentor = mentor.id;
    const assignment = await f.assignment(mentor.id, enrollment.id, '2024-06-01', { endsOn: '2025-02-28' });
    await f.session(assignment, { heldAt: '2024-07-10T01:00:00Z' });
    const nec = await f.organization({ name: 'NEC Body Care' });
    await f.collaboration(
      aozora.id,
      nec.id,
      [
        [S.EXPLORING, '2025-04-01'],
        [S.PILOT, '2025-09-01'],
      ],
      { title: 'Reading corners in clinics' },
    );
    const volunteer = await f.person({ name: 'Volunteer Ueda' });
    await f.engagement([[G.ACTIVE, '2025-05-01']], {
      title: 'Brand book',
      beneficiaryVentureId: aozora.id,
      beneficiaryOrganizationId: null,
      volunteers: [{ personId: volunteer.id, hours: 12 }],
    });
    const outcome = await t.gql(
      `mutation($v: ID!) { recordOutcome(input: { ventureId: $v, metricCode: "FUNDING_RAISED", value: 5000000, currency: JPY, periodStart: "2025-04-01", periodEnd: "2025-09-30", source: VENTURE_REPORT }) { id } }`,
      { v: aozora.id },
    );
    expect(outcome.errors).toBeUndefined();
    const award = await t.gql(
      `mutation($v: ID!) { createRecognition(input: { ventureId: $v, kind: AWARD, name: "Tokyo Social Award", year: 2025, receivedOn: "2025-11-20" }) { id } }`,
      { v: aozora.id },
    );
    expect(award.errors).toBeUndefined();
    ({ browser, close: closeBrowser } = await launchChromium());
  }, 60_000);
  afterAll(() => closeBrowser?.());

  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const own = new URL(t.url).host;
    // The context's requests: its pages' and their workers'.
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== own) foreign.push(req.url());
    });
    // A page that never renders says why: its console errors and uncaught exceptions are printed.
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`browser console: ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`browser page error: ${e.message}`));
    page.on('response', (res) => {
      if (res.status() >= 400) void res.text().then((body) => console.log(`${res.status()} ${res.url()}: ${body.slice(0, 500)}`));
    });
    return page;
  };
  const signIn = async (page: Page) => {
    await page.goto(`${t.url}/`);
    await page.waitForURL('**/signin');
    await page.getByLabel('Email').fill(t.accounts[Role.STAFF].email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/staff');
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const enrollmentOf = async (ventureName: string) =>
    (
      await t.dataSource.query(
        `SELECT e.id, e.status, e.status_on FROM enrollments e JOIN ventures v ON v.id = e.venture_id WHERE v.name = $1 AND e.cohort_id = $2`,
        [ventureName, ids.cohort],
      )
    )[0] as { id: string; status: string; status_on: string } | undefined;

  it('lists programs and cohorts by fiscal year; an empty program says what to do next', async () => {
    const page = await newPage();
    await signIn(page);
    await page.getByRole('heading', { name: 'Programs and cohorts' }).waitFor();
    const accelerator = page.locator('section', { has: page.getByRole('heading', { name: 'Social Startup Accelerator' }) });
    await expect(accelerator.locator('tbody tr').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^FY2025 \(Apr 2025 – Mar 2026\)2025 SpringCompleted/),
      expect.stringMatching(/^FY2024 \(Apr 2024 – Mar 2025\)2024 SpringCompleted/),
    ]);
    const lab = page.locator('section', { has: page.getByRole('heading', { name: 'Local Leaders Lab' }) });
    await lab.getByText('No cohorts in this program for this year: add one with the form below.').waitFor();
    // By fiscal year: FY2024 leaves one row.
    await page.getByLabel('Fiscal year').selectOption('2024');
    await expect(accelerator.locator('tbody tr').count()).resolves.toBe(1);
    await page.getByLabel('Fiscal year').selectOption('');
    await expectAccessible(page);
    await shot(page, 'staff-programs');
    await page.context().close();
  }, 90_000);

  it('enrolls a venture, admits, starts and graduates it with dated moves; assigns a mentor', async () => {
    const page = await newPage();
    await signIn(page);
    await page.getByRole('link', { name: '2025 Spring' }).click();
    await page.waitForURL(`**/staff/cohorts/${ids.cohort}`);
    await page.getByRole('heading', { name: 'Social Startup Accelerator · 2025 Spring' }).waitFor();
    const rows = page.locator('table.enrollments tbody tr');
    await expect(rows.count()).resolves.toBe(1);

    // A new venture, created and enrolled from the cohort page.
    const form = page.getByRole('form', { name: 'Enroll a venture' });
    await form.getByLabel('A new venture').check();
    await form.getByLabel('Venture name').fill('Hikari Energy');
    await form.getByLabel('Sector').fill('energy');
    await form.getByLabel('On').fill('2025-03-10');
    await form.getByRole('button', { name: 'Enroll' }).click();
    const row = page.locator('table.enrollments tr', { hasText: 'Hikari Energy' });
    await row.locator('.status', { hasText: 'Applied' }).waitFor();
    await expect(enrollmentOf('Hikari Energy')).resolves.toMatchObject({ status: 'APPLIED', status_on: '2025-03-10' });

    // admit → start → graduate, each on its day; the row changes after each.
    const move = async (kind: string, on: string, status: string) => {
      await row.getByLabel('Move', { exact: true }).selectOption(kind);
      await row.getByLabel('On', { exact: true }).fill(on);
      await row.getByRole('button', { name: 'Move' }).click();
      await row.locator('.status', { hasText: status }).waitFor();
    };
    await move('admit', '2025-04-01', 'Admitted');
    await move('start', '2025-06-02', 'Active');
    // A move the server refuses shows its message next to the date: before the previous change.
    await row.getByLabel('Move', { exact: true }).selectOption('graduate');
    await row.getByLabel('On', { exact: true }).fill('2025-05-01');
    await row.getByRole('button', { name: 'Move' }).click();
    await row.locator('#error-input-on').waitFor();
    await expect(row.getByLabel('On', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(enrollmentOf('Hikari Energy')).resolves.toMatchObject({ status: 'ACTIVE' });
    await move('graduate', '2026-02-27', 'Graduated');
    await expect(row.locator('.moves li').allTextContents()).resolves.toEqual([
      'Applied 10 Mar 2025',
      'Admitted 1 Apr 2025',
      'Active 2 Jun 2025',
      'Graduated 27 Feb 2026',
    ]);
    // The database and the API agree.
    const hikari = (await enrollmentOf('Hikari Energy'))!;
    expect(hikari).toMatchObject({ status: 'GRADUATED', status_on: '2026-02-27' });
    const api = await t.gql<{ enrollment: { history: { toStatus: string; occurredOn: string }[]; venture: { graduatedOn: string } } }>(
      `query($id: ID!) { enrollment(id: $id) { history { toStatus occurredOn } venture { graduatedOn } } }`,
      { id: hikari.id },
    );
    expect(api.data!.enrollment).toEqual({
      history: [
        { toStatus: 'APPLIED', occurredOn: '2025-03-10' },
        { toStatus: 'ADMITTED', occurredOn: '2025-04-01' },
        { toStatus: 'ACTIVE', occurredOn: '2025-06-02' },
        { toStatus: 'GRADUATED', occurredOn: '2026-02-27' },
      ],
      venture: { graduatedOn: '2026-02-27' },
    });

    // The existing staff case: an active venture graduates from its row.
    const robots = page.locator('table.enrollments tr', { hasText: 'Sakura Robotics' });
    await robots.getByLabel('Move', { exact: true }).selectOption('graduate');
    await robots.getByLabel('On', { exact: true }).fill('2026-02-27');
    await robots.getByRole('button', { name: 'Move' }).click();
    await robots.locator('.status', { hasText: 'Graduated' }).waitFor();
    await expect(enrollmentOf('Sakura Robotics')).resolves.toMatchObject({ status: 'GRADUATED' });

    // An existing venture, found by name, enrolled as admitted; then a mentor within capacity.
    await form.getByLabel('An existing venture').check();
    await form.getByLabel('Search ventures').fill('kamome');
    await form.getByLabel('Venture', { exact: true }).locator('option', { hasText: 'Kamome Farms' }).waitFor({ state: 'attached' });
    await form.getByLabel('Enroll as').selectOption('ADMITTED');
    await form.getByLabel('On').fill('2025-04-05');
    await form.getByRole('button', { name: 'Enroll' }).click();
    const kamome = page.locator('table.enrollments tr', { hasText: 'Kamome Farms' });
    await kamome.locator('.status', { hasText: 'Admitted' }).waitFor();
    const assign = page.getByRole('form', { name: 'Assign a mentor' });
    await expect(assign.getByLabel('Mentor', { exact: true }).locator('option').allTextContents()).resolves.toEqual([
      expect.stringMatching(/\(0\/3\)$/),
    ]);
    await assign.getByLabel('Venture', { exact: true }).selectOption({ label: 'Kamome Farms' });
    await assign.getByLabel('Starts on').fill('2025-04-10');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await assign.getByText('Mentor assigned.').waitFor();
    await kamome.getByText(/\(Lead, 10 Apr 2025\)/).waitFor();
    const [assigned] = await t.dataSource.query(`SELECT mentor_id, starts_on FROM mentor_assignments WHERE enrollment_id = $1`, [
      (await enrollmentOf('Kamome Farms'))!.id,
    ]);
    expect(assigned).toEqual({ mentor_id: ids.mentor, starts_on: '2025-04-10' });

    // Correct the latest move's date, with a reason: the history shows the new day, the old one voided.
    await kamome.getByLabel('Move', { exact: true }).selectOption('redate');
    await kamome.getByLabel('On', { exact: true }).fill('2025-04-06');
    await kamome.getByLabel('Reason').fill('Typed the wrong day');
    await kamome.getByRole('button', { name: 'Move' }).click();
    await kamome.locator('.moves li', { hasText: 'Admitted 6 Apr 2025' }).waitFor();
    await expect(enrollmentOf('Kamome Farms')).resolves.toMatchObject({ status: 'ADMITTED', status_on: '2025-04-06' });

    // An event of the cohort.
    await page.getByText('Add an event').click();
    const event = page.getByRole('form', { name: 'Add an event' });
    await event.getByLabel('Title').fill('Demo day');
    await event.getByLabel('Kind').selectOption('FORUM');
    await event.getByLabel('Starts on').fill('2026-02-20');
    await event.getByLabel('Place').fill('Shibuya');
    await event.getByRole('button', { name: 'Save the event' }).click();
    await page.locator('.list li', { hasText: 'Demo day' }).getByText('Forum · 20 Feb 2026 · Shibuya').waitFor();
    await expect(t.dataSource.query(`SELECT title, kind, starts_on FROM events WHERE cohort_id = $1`, [ids.cohort])).resolves.toEqual([
      { title: 'Demo day', kind: 'FORUM', starts_on: '2026-02-20' },
    ]);
    await expectAccessible(page);
    await shot(page, 'staff-cohort');
    await page.context().close();
  }, 120_000);

  it('shows a venture’s founders and journey; a form shows the server’s message next to its field', async () => {
    const page = await newPage();
    await signIn(page);
    await page.goto(`${t.url}/staff/ventures/${ids.aozora}`);
    await page.getByRole('heading', { name: 'Aozora Books' }).waitFor();
    await page.locator('.list li', { hasText: '青空 花子' }).getByText('アオゾラ ハナコ · CEO').waitFor();
    const timeline = page.locator('ol.timeline li');
    await timeline.first().waitFor();
    const steps = await timeline.allTextContents();
    expect(steps).toEqual([
      '1 Mar 2024Enrollment2024 Spring (FY2024): Applied',
      '1 Apr 2024Enrollment2024 Spring (FY2024): Applied → Admitted',
      '1 Jun 2024Enrollment2024 Spring (FY2024): Admitted → Active',
      '1 Jul 2024Mentoring1 session · 60 min',
      '28 Feb 2025Enrollment2024 Spring (FY2024): Active → Graduated',
      '1 Apr 2025CollaborationReading corners in clinics (NEC Body Care): Exploring',
      '1 May 2025Pro bonoBrand book: Active',
      '1 Sept 2025CollaborationReading corners in clinics (NEC Body Care): Exploring → Pilot',
      '30 Sept 2025OutcomeFunding raised: JP¥5,000,000',
      '20 Nov 2025RecognitionTokyo Social Award (Award, 2025)',
    ]);

    // Before the venture was founded: the server names input.startedOn, shown under "Started on".
    const collaboration = page.getByRole('form', { name: 'Record a collaboration' });
    await collaboration.getByLabel('Title').fill('Library app');
    await collaboration.getByLabel('Started on').fill('2019-05-01');
    await collaboration.getByRole('button', { name: 'Save the collaboration' }).click();
    const error = collaboration.locator('#error-input-startedOn');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/founded \(2020-01-15\)/);
    await expect(collaboration.getByLabel('Started on').getAttribute('aria-describedby')).resolves.toBe('error-input-startedOn');
    await expect(t.f.count('collaborations')).resolves.toBe(1);
    await collaboration.getByLabel('Started on').fill('2025-10-15');
    await collaboration.getByRole('button', { name: 'Save the collaboration' }).click();
    await collaboration.getByText('Collaboration saved.').waitFor();
    await page.locator('.list li', { hasText: 'Library app' }).waitFor();
    await timeline.filter({ hasText: 'Library app' }).waitFor();

    // Pro bono: the volunteer's hours, logged on a day.
    const brand = page.locator('.list li', { hasText: 'Brand book' });
    await brand.getByText('Add a volunteer or log hours').click();
    const hours = brand.getByRole('form', { name: 'Log hours: Brand book' });
    await hours.getByLabel('Worked on').fill('2025-06-01');
    await hours.getByLabel('Hours').fill('3.5');
    await hours.getByRole('button', { name: 'Log hours' }).click();
    await brand.getByText('Volunteer Ueda (r): 15.5 Hours').waitFor();

    // A new engagement, and a volunteer found by name.
    const engagement = page.getByRole('form', { name: 'Record an engagement' });
    await engagement.getByLabel('Title').fill('Website renewal');
    await engagement.getByLabel('Status').selectOption('ACTIVE');
    await engagement.getByLabel('Started on').fill('2025-11-01');
    await engagement.getByRole('button', { name: 'Save the engagement' }).click();
    const renewal = page.locator('.list li', { hasText: 'Website renewal' });
    await renewal.waitFor();
    await renewal.getByText('Add a volunteer or log hours').click();
    const join = renewal.getByRole('form', { name: 'Add a volunteer: Website renewal' });
    await join.getByLabel('Search people').fill('ueda');
    await join.getByLabel('Person').locator('option', { hasText: 'Volunteer Ueda' }).waitFor({ state: 'attached' });
    await join.getByLabel('Role').fill('designer');
    await join.getByLabel('Joined on').fill('2025-11-02');
    await join.getByRole('button', { name: 'Add a volunteer' }).click();
    await renewal.getByText('Volunteer Ueda (designer): 0 Hours').waitFor();
    await expect(
      t.dataSource.query(
        `SELECT v.role, v.joined_on FROM pro_bono_volunteers v JOIN pro_bono_engagements g ON g.id = v.engagement_id WHERE g.title = $1`,
        ['Website renewal'],
      ),
    ).resolves.toEqual([{ role: 'designer', joined_on: '2025-11-02' }]);

    // An outcome.
    const outcome = page.getByRole('form', { name: 'Record an outcome' });
    await outcome.getByLabel('Metric').selectOption('FUNDING_RAISED');
    await outcome.getByLabel('Value').fill('1200000');
    await outcome.getByLabel('Period from').fill('2025-10-01');
    await outcome.getByLabel('Period to').fill('2025-12-31');
    await outcome.getByRole('button', { name: 'Save the outcome' }).click();
    await timeline.filter({ hasText: 'Funding raised: JP¥1,200,000' }).waitFor();
    await expect(
      t.dataSource.query(
        `SELECT value::float8 AS value, currency, period_start, period_end FROM outcome_records WHERE venture_id = $1 AND value = 1200000`,
        [ids.aozora],
      ),
    ).resolves.toEqual([{ value: 1200000, currency: 'JPY', period_start: '2025-10-01', period_end: '2025-12-31' }]);
    await outcome.getByLabel('Metric').selectOption('EMPLOYEES_FTE');
    await outcome.getByLabel('Value').fill('4');
    await outcome.getByLabel('As of').fill('2025-12-01');
    await outcome.getByRole('button', { name: 'Save the outcome' }).click();
    await outcome.getByText('Outcome saved.').waitFor();
    await timeline.filter({ hasText: 'Employees (FTE): 4' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'staff-venture');

    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('heading', { name: '歩み' }).waitFor();
    await timeline.filter({ hasText: '2024 Spring (FY2024): 採択 → 実施中' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'staff-venture-ja');
    await page.context().close();
  }, 120_000);

  it('imports a roster: the dry run lists problems by line, a clean file shows what would change, then commits', async () => {
    await t.f.program({ name: 'Social Entrepreneurship School', timeZone: 'Asia/Tokyo' });
    const fixture = (name: string) => join(import.meta.dirname, 'fixtures', 'imports', name);
    const ventures = await t.f.count('ventures');
    const page = await newPage();
    await signIn(page);
    await page.getByRole('link', { name: 'Import a spreadsheet' }).click();
    await page.waitForURL('**/staff/import');
    await page.getByRole('heading', { name: 'Import a spreadsheet' }).waitFor();

    // A file with errors: every problem with its line, column and the value seen; no commit offered.
    await page.getByLabel('CSV or XLSX file').setInputFiles(fixture('roster-errors.csv'));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await page.getByRole('heading', { name: 'Dry run: nothing was written' }).waitFor();
    const badDate = page.locator('table.problems tr', { hasText: '2023-13-40' });
    await expect(badDate.locator('td').first().textContent()).resolves.toBe('3');
    await expect(badDate.locator('td').nth(1).textContent()).resolves.toBe('applied_on');
    await expect(badDate.locator('td').nth(2).textContent()).resolves.toBe('error');
    await page.locator('table.problems tr', { hasText: 'No Such School' }).waitFor();
    await page.getByText('Fix the errors in the file and check it again').waitFor();
    await expect(page.getByRole('button', { name: 'Import (commit)' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await shot(page, 'staff-import');
    await expect(t.f.count('ventures')).resolves.toBe(ventures);

    // A clean file: what would change, then the commit writes it.
    await page.getByLabel('CSV or XLSX file').setInputFiles(fixture('roster-utf8.csv'));
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    const counts = page.locator('section', { has: page.getByRole('heading', { name: 'Dry run: nothing was written' }) });
    await counts.locator('tr', { hasText: 'ventures' }).waitFor();
    await expect(counts.locator('tbody tr', { hasText: 'ventures' }).locator('td').allTextContents()).resolves.toEqual(['4', '0', '0']);
    await expect(t.f.count('ventures')).resolves.toBe(ventures);
    await page.getByRole('button', { name: 'Import (commit)' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    await expect(t.f.count('ventures')).resolves.toBe(ventures + 4);
    const imported = await t.dataSource.query(
      `SELECT c.year, count(*)::int AS n FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN programs p ON p.id = c.program_id
       WHERE p.name = 'Social Entrepreneurship School' GROUP BY c.year ORDER BY c.year`,
    );
    expect(imported).toEqual([
      { year: 2021, n: 2 },
      { year: 2022, n: 2 },
    ]);
    await page.context().close();
  }, 120_000);

  it('sent no request to another host', () => {
    expect(foreign).toEqual([]);
  });
});
