import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { hashPassword } from '../src/users/passwords.js';
import { buildConsole, expectAccessible, initialJsGzipped, launchChromium, SCREENSHOTS } from './utils/console-browser.js';
import { useTestApp } from './utils/use-test-app.js';

const PASSWORD = 'correct horse battery staple';
const PHONE = { width: 390, height: 844 };

describe('the console in Chromium, against the real server', () => {
  // Built before the app starts: the server reads web/dist/index.html when it boots.
  beforeAll(() => buildConsole(), 240_000);
  const t = useTestApp({}, { reset: 'none' });
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const foreign: string[] = [];
  let assignmentId: string;

  beforeAll(async () => {
    const f = t.f;
    const hash = await hashPassword(PASSWORD);
    await t.dataSource.query(`UPDATE users SET password_hash = $1`, [hash]);
    const program = await f.program({ name: 'Social Startup Accelerator', timeZone: 'Asia/Tokyo' });
    const cohort = await f.cohort(program.id, 2025, { name: '2025 Spring' });
    const older = await f.cohort(program.id, 2024, { name: '2024 Spring' });
    const farm = await f.venture({ name: 'Kamome Farms' });
    const robots = await f.venture({ name: 'Sakura Robotics' });
    const past = await f.venture({ name: 'Aozora Books' });
    const active: [E, string][] = [
      [E.APPLIED, '2025-03-01'],
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-06-01'],
    ];
    const farmEnrollment = await f.enrollment(cohort.id, farm.id, active);
    await f.enrollment(cohort.id, robots.id, active);
    const pastEnrollment = await f.enrollment(older.id, past.id, [
      [E.APPLIED, '2024-03-01'],
      [E.ADMITTED, '2024-04-01'],
      [E.ACTIVE, '2024-06-01'],
      [E.GRADUATED, '2025-02-28'],
    ]);
    const mentor = await f.mentor({ personId: t.accounts[Role.MENTOR].personId });
    assignmentId = (await f.assignment(mentor.id, farmEnrollment.id, '2025-06-01')).id;
    await f.assignment(mentor.id, pastEnrollment.id, '2024-06-01', { endsOn: '2025-02-28' });
    await t.gql(`mutation { createMentoringTopic(input: { name: "Fundraising" }) { id } }`);
    await t.gql(`mutation { createMentoringTopic(input: { name: "Hiring" }) { id } }`);
    ({ browser, close: closeBrowser } = await launchChromium());
  }, 60_000);
  afterAll(() => closeBrowser?.());

  const newPage = async (viewport = PHONE): Promise<Page> => {
    const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
    const page = await context.newPage();
    const own = new URL(t.url).host;
    // The context's requests: its pages' and their workers' (GraphiQL's Monaco runs in workers).
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== own) foreign.push(req.url());
    });
    return page;
  };
  const signIn = async (page: Page, role: Role) => {
    await page.goto(`${t.url}/`);
    await page.waitForURL('**/signin');
    await page.getByLabel('Email').fill(t.accounts[role].email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('the mentor signs in on a phone, logs a session in the program’s time zone and sees it listed', async () => {
    const page = await newPage();
    await page.goto(`${t.url}/`);
    await page.waitForURL('**/signin');
    await expectAccessible(page);
    await shot(page, 'sign-in');
    await signIn(page, Role.MENTOR);
    await page.waitForURL('**/mentor');
    await page.getByRole('heading', { name: 'My ventures' }).waitFor();
    // Current first, the ended one after it.
    await expect(page.locator('.cards li strong').allTextContents()).resolves.toEqual(['Kamome Farms', 'Aozora Books']);

    // The server's message shows next to the field it names.
    await page.getByLabel('Duration (minutes)').fill('0');
    await page.getByRole('button', { name: 'Save the session' }).click();
    const durationError = page.locator('#error-input-durationMinutes');
    await durationError.waitFor();
    await expect(page.getByLabel('Duration (minutes)').getAttribute('aria-invalid')).resolves.toBe('true');

    await page.getByLabel('Date', { exact: true }).fill('2025-07-01');
    await page.getByLabel('Start time').fill('10:30');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByLabel('Format').selectOption('ONLINE');
    await page.getByLabel('Fundraising').check();
    await page.getByLabel(/^Summary/).fill('Prepared the seed pitch.');
    await page.getByLabel(/^Private notes/).fill('Check in next week.');
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByLabel('What to do').fill('Send the revised deck');
    await page.getByLabel('Due on').fill('2025-07-08');
    await page.getByRole('button', { name: 'Save the session' }).click();
    await page.getByText('Session saved.').waitFor();
    // 10:30 in Tokyo is 01:30 UTC; the list shows it back in the program's zone.
    const [row] = await t.dataSource.query(`SELECT held_at, duration_minutes, format FROM mentoring_sessions WHERE assignment_id = $1`, [
      assignmentId,
    ]);
    expect(row).toMatchObject({ held_at: new Date('2025-07-01T01:30:00Z'), duration_minutes: 45, format: 'ONLINE' });
    const listed = page.locator('.sessions li').first();
    await listed.getByText('Kamome Farms').waitFor();
    await expect(listed.textContent()).resolves.toMatch(/1 Jul 2025, 10:30 · 45 min · Online/);
    await page.locator('.list li', { hasText: 'Send the revised deck' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'mentor');

    await page.getByLabel('Language').selectOption('ja');
    await page.getByRole('heading', { name: '担当ベンチャー' }).waitFor();
    await expectAccessible(page);
    await shot(page, 'mentor-ja');

    // Signing out ends the session: the console is back at the sign-in page, and so is a reload.
    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.waitForURL('**/signin');
    await page.goto(`${t.url}/mentor`);
    await page.waitForURL('**/signin');
    await page.context().close();
  }, 120_000);

  it('opens GraphiQL offline at /graphiql with the signed-in session; GET /graphql sends browsers there', async () => {
    const redirect = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/graphiql');
    const page = await newPage({ width: 1280, height: 800 });
    await signIn(page, Role.MENTOR);
    await page.waitForURL('**/mentor');
    await page.goto(`${t.url}/graphiql`);
    // The first example of the mentor's tabs, in the editor once Monaco has started.
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'myVentures' }).waitFor();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('myVentures')),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect((await response.json()).data.myVentures).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Kamome Farms' })]));
    await page.locator('.result-window', { hasText: 'Kamome Farms' }).waitFor();
    // GraphiQL's own UI, but for its tabs: each is a role="tab" holding its close button (upstream markup).
    await expectAccessible(page, ['.graphiql-tab']);
    await shot(page, 'graphiql');
    await page.context().close();
  }, 90_000);

  it('keeps the initial JavaScript under 250 kB gzipped (charts and the IDE load on demand)', () => {
    const { files, bytes } = initialJsGzipped();
    console.log(`initial JavaScript: ${files.join(', ')}: ${(bytes / 1000).toFixed(1)} kB gzipped`);
    expect(files.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(250_000);
  });

  it('sent no request to another host', () => {
    expect(foreign).toEqual([]);
  });
});
