import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Role } from '../src/access/role.enum.js';
import { CohortStatus } from '../src/cohorts/cohort-status.enum.js';
import { CollaborationStage as S } from '../src/collaborations/collaboration.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { Currency } from '../src/outcomes/outcome.enum.js';
import { EngagementStatus as G } from '../src/pro-bono/pro-bono.enum.js';
import { hashPassword } from '../src/users/passwords.js';
import { buildConsole, expectAccessible, launchChromium, SCREENSHOTS } from './utils/console-browser.js';
import type { Path } from './utils/factories.js';
import { useTestApp } from './utils/use-test-app.js';

const PASSWORD = 'correct horse battery staple';
const WEB_DIST = resolve(import.meta.dirname, '../web/dist');
/** A GET whose body stays as sent (fetch would decode it). */
const rawGet = (url: string, acceptEncoding: string) =>
  new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) =>
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail),
  );
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const graduated = (year: number): Path<E> => [
  [E.APPLIED, `${year}-03-01`],
  [E.ADMITTED, `${year}-04-01`],
  [E.ACTIVE, `${year}-06-01`],
  [E.GRADUATED, `${year + 1}-02-28`],
];

describe('the console for analysts and mentors, in Chromium against the real server', () => {
  beforeAll(() => buildConsole(), 240_000);
  const t = useTestApp({}, { reset: 'none' });
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const foreign: string[] = [];
  let openFollowUpId: string;
  let mentorAssignmentId: string;

  beforeAll(async () => {
    const f = t.f;
    await t.dataSource.query(`UPDATE users SET password_hash = $1`, [await hashPassword(PASSWORD)]);
    const accelerator = await f.program({ name: 'Social Startup Accelerator', timeZone: 'Asia/Tokyo' });
    const lab = await f.program({ name: 'Local Ventures Lab', timeZone: 'Asia/Tokyo' });
    const c2023 = await f.cohort(accelerator.id, 2023);
    const c2024 = await f.cohort(accelerator.id, 2024);
    const lab2024 = await f.cohort(lab.id, 2024);
    const kamome = await f.venture({ name: 'Kamome Farms', sector: 'Agriculture', sdgs: [2] });
    const sakura = await f.venture({ name: 'Sakura Robotics', sector: 'Manufacturing', sdgs: [9] });
    const hikari = await f.venture({ name: 'Hikari Energy', sector: 'Energy', sdgs: [7] });
    const aozora = await f.venture({ name: 'Aozora Books', sector: 'Education' });
    await f.enrollment(c2023.id, kamome.id, graduated(2023));
    await f.enrollment(c2024.id, sakura.id, graduated(2024));
    await f.enrollment(lab2024.id, hikari.id, graduated(2024));
    await f.enrollment(c2024.id, aozora.id, [...graduated(2024).slice(0, 3), [E.WITHDRAWN, '2024-09-01']]);
    const partner = await f.organization({ name: 'Minato Electric', kind: OrganizationKind.COMPANY });
    await f.collaboration(kamome.id, partner.id, [
      [S.EXPLORING, '2024-04-01'],
      [S.PILOT, '2024-07-01'],
      [S.COMMERCIAL, '2025-01-10'],
    ]);
    await f.collaboration(sakura.id, partner.id, [[S.EXPLORING, '2025-04-01']]);
    await f.collaboration(hikari.id, partner.id, [
      [S.EXPLORING, '2025-05-01'],
      [S.PILOT, '2025-08-01'],
    ]);
    const volunteer = await f.person({ name: 'Ken Volunteer' });
    await f.engagement(
      [
        [G.PROPOSED, '2024-03-01'],
        [G.ACTIVE, '2024-04-15'],
        [G.COMPLETED, '2024-10-01'],
      ],
      { beneficiaryVentureId: kamome.id, volunteers: [{ personId: volunteer.id, hours: 40, joinedOn: '2024-04-15' }] },
    );
    await f.engagement(
      [
        [G.PROPOSED, '2025-04-01'],
        [G.ACTIVE, '2025-05-01'],
      ],
      { beneficiaryVentureId: sakura.id, volunteers: [{ personId: volunteer.id, hours: 25, joinedOn: '2025-05-01' }] },
    );
    await f.outcome(kamome.id, 'FUNDING_RAISED', 5_000_000, { periodStart: '2024-04-01', periodEnd: '2025-03-31', currency: Currency.JPY });
    await f.outcome(kamome.id, 'FUNDING_RAISED', 3_000_000, { periodStart: '2025-04-01', periodEnd: '2026-03-31', currency: Currency.JPY });

    // The mentor's venture, with a founder who can attend and a follow-up left open from an earlier session.
    const c2025 = await f.cohort(accelerator.id, 2025, { name: '2025 Spring', status: CohortStatus.ACTIVE, endsOn: '2026-12-31' });
    const midori = await f.venture({ name: 'Midori Kitchen', sector: 'Food' });
    const founder = await f.person({ name: 'Hana Sato' });
    await f.founder(midori.id, founder.id);
    const enrollment = await f.enrollment(c2025.id, midori.id, graduated(2025).slice(0, 3));
    const mentor = await f.mentor({ personId: t.accounts[Role.MENTOR].personId });
    const assignment = await f.assignment(mentor.id, enrollment.id, '2025-06-01');
    mentorAssignmentId = assignment.id;
    const earlier = await f.session(assignment, {
      heldAt: '2025-06-10T01:00:00Z',
      followUps: [{ text: 'Book the pilot site visit', dueOn: '2025-06-20' }],
    });
    openFollowUpId = earlier.followUps[0].id;
    ({ browser, close: closeBrowser } = await launchChromium());
  }, 60_000);
  afterAll(() => closeBrowser?.());

  /** A page in a fresh context that records requests to other hosts and the page's errors. */
  const newPage = async (viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const own = new URL(t.url).host;
    const errors: string[] = [];
    // The context's requests: its pages' and their workers'.
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== own) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()} ${msg.location().url}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    /** Waits for `locator`; when it never shows, prints what the page logged before failing. */
    const shown = async (locator: Locator, timeout = 15_000) => {
      try {
        await locator.first().waitFor({ timeout });
      } catch (err) {
        console.log(`The page did not render ${String(locator)} at ${page.url()}:\n${errors.join('\n') || '(no console errors)'}`);
        throw err;
      }
    };
    return { page, errors, shown };
  };
  const signIn = async (page: Page, role: Role) => {
    await page.goto(`${t.url}/`);
    await page.waitForURL('**/signin');
    await page.getByLabel('Email').fill(t.accounts[role].email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const text = async (download: Download) => Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const downloadOf = async (page: Page, link: Locator) => text((await Promise.all([page.waitForEvent('download'), link.click()]))[0]);

  it('the analyst opens the insights (charts loaded on demand), filters them together and downloads a chart’s CSV', async () => {
    const { page, errors, shown } = await newPage();
    await signIn(page, Role.ANALYST);
    await page.waitForURL('**/analyst');
    await shown(page.locator('.chart canvas'));
    await expect(page.locator('.chart canvas').count()).resolves.toBe(4);
    const comparison = page.locator('#cohort-comparison');
    await expect(comparison.locator('.chart').getAttribute('aria-label')).resolves.toMatch(
      /Social Startup Accelerator 2023 Enrolled 1, Graduated 1, Withdrawn 0; Social Startup Accelerator 2024 Enrolled 2, Graduated 1, Withdrawn 1/,
    );
    // The same numbers as a table, for screen readers and keyboards.
    await comparison.getByText('Show the data as a table').click();
    await expect(comparison.locator('tbody tr').count()).resolves.toBe(4);
    await expect(page.locator('#collaboration-funnel .chart').getAttribute('aria-label')).resolves.toBe(
      'Collaboration funnel: Exploring 3, Pilot 2, Demonstration 1, Commercial 1',
    );
    await expect(page.locator('#pro-bono-impact .chart').getAttribute('aria-label')).resolves.toMatch(
      /FY2024 Volunteer hours 40.*FY2025 Volunteer hours 25/,
    );
    await expect(page.locator('#outcome-series .chart').getAttribute('aria-label')).resolves.toMatch(/FY2024 5,000,000, FY2025 3,000,000/);

    const all = await downloadOf(page, page.getByRole('link', { name: /^Download CSV\s*\(Cohort comparison\)$/ }));
    expect(all).toMatch(/^\uFEFF?cohort_id,program,year,fiscal_year,/);
    expect(all.trim().split(/\r?\n/)).toHaveLength(5);
    await expectAccessible(page);
    await shot(page, 'analyst-insights');

    // One filter narrows every chart, and each CSV link carries it.
    await page.getByLabel('Program').selectOption({ label: 'Local Ventures Lab' });
    await shown(
      page.locator('#collaboration-funnel .chart[aria-label="Collaboration funnel: Exploring 1, Pilot 1, Demonstration 0, Commercial 0"]'),
    );
    await expect(comparison.locator('.chart').getAttribute('aria-label')).resolves.toMatch(
      /^Cohort comparison: Local Ventures Lab 2024 Enrolled 1, Graduated 1, Withdrawn 0$/,
    );
    await expect(page.locator('#outcome-series .empty').textContent()).resolves.toMatch(/No data for these filters/);
    const funnel = await downloadOf(page, page.getByRole('link', { name: /^Download CSV\s*\(Collaboration funnel\)$/ }));
    expect(funnel).toMatch(/^\uFEFF?key,label,collaborations,ended,stage,reached,/);
    expect(funnel).toMatch(/ALL,[^,]*,1,0,EXPLORING,1,/);
    const narrowed = await downloadOf(page, page.getByRole('link', { name: /^Download CSV\s*\(Cohort comparison\)$/ }));
    const lines = narrowed.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',Local Ventures Lab,2024,2024,');
    // Fiscal years narrow the pro bono chart too.
    await page.getByLabel('Program').selectOption({ label: 'All programs' });
    await page.getByLabel('From fiscal year').selectOption('2025');
    await shown(page.locator('#pro-bono-impact .chart[aria-label*="FY2025"]:not([aria-label*="FY2024"])'));
    const proBono = await downloadOf(page, page.getByRole('link', { name: /^Download CSV\s*\(Pro bono impact by fiscal year\)$/ }));
    expect(proBono).toMatch(/total,ALL,[^\n]*,1,1,25\r?\n/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('the analyst searches alumni with the API’s filters; an empty result says what to do next', async () => {
    const { page, errors, shown } = await newPage();
    await signIn(page, Role.ANALYST);
    await page.waitForURL('**/analyst');
    await page.getByRole('link', { name: 'Alumni search' }).click();
    await page.waitForURL('**/analyst/alumni');
    const names = page.locator('.alumni-list li strong');
    await shown(page.getByText('3 alumni match'));
    await expect(names.allTextContents()).resolves.toEqual(['Hikari Energy', 'Kamome Farms', 'Sakura Robotics']);

    await page.getByLabel('Collaboration now at').selectOption('COMMERCIAL');
    await page.getByRole('button', { name: 'Search' }).click();
    await shown(page.getByText('1 alumni match'));
    await expect(names.allTextContents()).resolves.toEqual(['Kamome Farms']);
    const csv = await downloadOf(page, page.getByRole('link', { name: 'Download the results as CSV' }));
    expect(csv.trim().split(/\r?\n/).slice(1)).toEqual([expect.stringMatching(/^[0-9a-f-]{36},Kamome Farms,Agriculture,ZERO_HUNGER,/)]);
    await expectAccessible(page);
    await shot(page, 'analyst-alumni');

    await page.getByLabel('Program').selectOption({ label: 'Local Ventures Lab' });
    await page.getByRole('button', { name: 'Search' }).click();
    await shown(page.getByText('No graduated venture matches these filters'));
    await expectAccessible(page);
    // The page is an address of its own: a reload stays there.
    await page.reload();
    await shown(page.getByText('3 alumni match'));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('the mentor logs a session with an attendee on a 390×844 phone, sees it in past sessions and marks a follow-up done', async () => {
    const { page, errors, shown } = await newPage(PHONE);
    await signIn(page, Role.MENTOR);
    await page.waitForURL('**/mentor');
    await shown(page.getByRole('heading', { name: 'Log a session' }));
    // Nothing sticks out sideways on the phone.
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);

    await page.getByLabel('Date', { exact: true }).fill('2025-07-02');
    await page.getByLabel('Start time').fill('18:00');
    await page.getByLabel('Duration (minutes)').fill('30');
    await page.getByLabel('Hana Sato').check();
    await page.getByLabel(/^Summary/).fill('Costed the catering menu.');
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByLabel('What to do').fill('Price the lunch boxes');
    await page.getByRole('button', { name: 'Save the session' }).click();
    await shown(page.getByText('Session saved.'));
    const listed = page.locator('.sessions li', { hasText: 'Costed the catering menu.' });
    await shown(listed);
    await expect(listed.textContent()).resolves.toMatch(/2 Jul 2025, 18:00 · 30 min · In person.*Attendees: Hana Sato/);
    const [row] = await t.dataSource.query(
      `SELECT held_at, attendee_person_ids FROM mentoring_sessions WHERE assignment_id = $1 AND summary = 'Costed the catering menu.'`,
      [mentorAssignmentId],
    );
    expect(row.held_at).toEqual(new Date('2025-07-02T09:00:00Z'));
    expect(row.attendee_person_ids).toHaveLength(1);

    const open = page.locator('.follow-ups li', { hasText: 'Book the pilot site visit' });
    await shown(open);
    await open.getByRole('button', { name: /^Mark done\s*:\s*Book the pilot site visit$/ }).click();
    await shown(page.getByRole('status').filter({ hasText: 'Done: Book the pilot site visit' }));
    await open.waitFor({ state: 'detached' });
    const [done] = await t.dataSource.query(`SELECT done, done_at FROM follow_up_actions WHERE id = $1`, [openFollowUpId]);
    expect(done.done).toBe(true);
    expect(done.done_at).not.toBeNull();
    await expect(page.locator('.follow-ups li', { hasText: 'Price the lunch boxes' }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await shot(page, 'mentor-phone');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('sends the console’s assets compressed at build time (Brotli, else gzip), cached for a year', async () => {
    const html = await (await fetch(`${t.url}/analyst/alumni`)).text();
    const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(html)![1];
    const plain = readFileSync(join(WEB_DIST, entry));
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
    ] as const) {
      const res = await rawGet(`${t.url}${entry}`, accept);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript/);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decode(res.body).equals(plain)).toBe(true);
      expect(res.body.length).toBeLessThan(plain.length / 2);
    }
    const identity = await rawGet(`${t.url}${entry}`, 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
    expect((await rawGet(`${t.url}/assets/missing.js`, 'br')).status).toBe(404);
  });

  it('names the opened page’s chunks in its index.html (modulepreload), so they load beside the entry, not after it', async () => {
    const manifest = JSON.parse(readFileSync(join(WEB_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const file = (source: string) => `/${manifest[source].file}`;
    const preloads = async (path: string) => {
      const res = await fetch(`${t.url}${path}`);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      return [...(await res.text()).matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    };
    const analyst = file('src/pages/analyst/analyst-page.tsx');
    const staff = file('src/pages/staff-page.tsx');
    expect(await preloads('/analyst')).toContain(analyst);
    expect(await preloads('/analyst/alumni')).toContain(analyst);
    const programs = await preloads('/staff');
    expect(programs).toEqual(expect.arrayContaining([staff, file('src/pages/staff/programs-page.tsx')]));
    expect(await preloads('/staff/cohorts/0b0e4f5c-1d7a-4c55-9a6e-3f7d2b1c9e00')).toEqual(
      expect.arrayContaining([staff, file('src/pages/staff/cohort-page.tsx')]),
    );
    expect(await preloads('/staff/import')).toEqual(expect.arrayContaining([staff, file('src/pages/staff/import-page.tsx')]));
    // The mentor's page is in the entry: no page chunk; nor one of another route.
    const mentor = await preloads('/mentor');
    expect(mentor).not.toContain(analyst);
    expect(mentor).not.toContain(staff);
    expect((await preloads('/signin')).sort()).toEqual([...mentor].sort());
    for (const href of new Set([...programs, ...(await preloads('/analyst'))])) {
      expect((await fetch(`${t.url}${href}`)).status).toBe(200);
    }
  });

  it('sent no request to another host', () => {
    expect(foreign).toEqual([]);
  });
});
