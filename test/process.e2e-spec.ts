import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

/**
 * The real entry point (`node dist/src/main.js`, built by `npm test`'s pretest), as a user
 * starts it: embedded PostgreSQL in DATA_DIR, demo data on first start, clean stop on SIGTERM.
 */
const MAIN = 'dist/src/main.js';

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const children: ChildProcess[] = [];

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

/** Command lines of running postgres processes whose data directory is under `dir`. */
const postgresUnder = (dir: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('postgres') && line.includes(dir));

const gql = async (url: string, query: string, token?: string) =>
  (await (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    })
  ).json()) as any;

/** Signs in with one of the demo accounts the README lists. */
const demoLogin = async (url: string, role: string) =>
  (
    await gql(
      url,
      `mutation { login(input: { email: "${role}@alumni-graph.example", password: "demo-${role}-password" }) { accessToken user { roles } } }`,
    )
  ).data?.login ?? null;

describe('npm start (the built server as a process)', () => {
  let dataDir: string;
  let blocker: Server;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'alumni-graph-process-'));
    await chmod(dataDir, 0o755);
    // Take the preferred embedded PostgreSQL port: the server must pick a free one.
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    // A failed assertion must not leave a server (and its PostgreSQL) running.
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map(exitOf));
    blocker.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on a fresh embedded database with demo data, answers, and stops cleanly on SIGTERM', async () => {
    const preferred = String((blocker.address() as { port: number }).port);
    const first = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: preferred });
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });

    const anonymous = await gql(first.url, `{ ventures { totalCount } }`);
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const analyst = await demoLogin(first.url, 'analyst');
    expect(analyst.user.roles).toEqual(['ANALYST']);
    const banso = await gql(
      first.url,
      `{ ventures(filter: { search: "BANSO-CO" }) { edges { node { name graduatedOn originOrganization { name } enrollments { cohort { year program { name } } } } } } }`,
      analyst.accessToken,
    );
    expect(banso.data.ventures.edges[0].node).toEqual({
      name: 'BANSO-CO Inc.',
      graduatedOn: '2022-02-28',
      originOrganization: { name: 'Institute of Science Tokyo' },
      enrollments: [{ cohort: { year: 2021, program: { name: 'NEC Social Entrepreneurship School' } } }],
    });
    const collaboration = await gql(
      first.url,
      `{ collaborations(filter: { stages: [DEMONSTRATION] }) { edges { node { venture { name } organization { name parent { name } } stageHistory { toStage } } } } }`,
      analyst.accessToken,
    );
    expect(collaboration.data.collaborations.edges[0].node).toEqual({
      venture: { name: 'BANSO-CO Inc.' },
      organization: { name: 'NEC Body Care', parent: { name: 'NEC Corporation' } },
      stageHistory: [{ toStage: 'EXPLORING' }, { toStage: 'PILOT' }, { toStage: 'DEMONSTRATION' }],
    });
    // The README's end-to-end query, read from the README itself, tells the whole BANSO-CO story.
    const readme = readFileSync('README.md', 'utf8');
    const story = /The BANSO-CO story end to end[\s\S]*?```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(story).toBeDefined();
    const told = await gql(first.url, story as string, analyst.accessToken);
    expect(told.errors).toBeUndefined();
    const node = told.data.ventures.edges[0].node;
    const [after] = node.afterGraduation.collaborations;
    expect(after).toMatchObject({
      daysAfterGraduation: 397,
      collaboration: { stage: 'DEMONSTRATION', organization: { name: 'NEC Body Care', parent: { name: 'NEC Corporation' } } },
    });
    expect(after.collaboration.supportingEngagements).toEqual([
      expect.objectContaining({
        status: 'COMPLETED',
        organizer: { name: 'NEC Pro Bono Club' },
        volunteerTotals: { volunteerCount: 3, totalHours: 104.5 },
      }),
    ]);
    const steps = node.timeline.map((x: any) => `${x.__typename}:${x.toStatus ?? x.toStage ?? x.toEngagementStatus ?? x.sessionCount}`);
    expect(steps.filter((x: string) => !x.startsWith('TimelineMentoringMonth'))).toEqual([
      'TimelineEnrollmentChange:APPLIED',
      'TimelineEnrollmentChange:ADMITTED',
      'TimelineEnrollmentChange:ACTIVE',
      'TimelineEnrollmentChange:GRADUATED',
      'TimelineCollaborationStageChange:EXPLORING',
      'TimelineCollaborationStageChange:PILOT',
      'TimelineEngagementStatusChange:PROPOSED',
      'TimelineEngagementStatusChange:ACTIVE',
      'TimelineCollaborationStageChange:DEMONSTRATION',
      'TimelineEngagementStatusChange:COMPLETED',
    ]);
    const events = await gql(
      first.url,
      `{ events(filter: { from: "2024-10-01", to: "2024-11-30" }) { edges { node { title kind attendance { employees note } } } } }`,
      analyst.accessToken,
    );
    expect(events.data.events.edges.map((e: any) => [e.node.title, e.node.kind])).toEqual([
      ['NEC Social Entrepreneur Forum 2024', 'FORUM'],
      ['Make Your Own Rocket!', 'FESTIVAL_PROGRAM'],
    ]);
    expect(events.data.events.edges[0].node.attendance.employees).toBe(150);
    const graduates = await gql(first.url, `{ ventures(filter: { graduated: true }) { totalCount } }`, analyst.accessToken);
    expect(graduates.data.ventures.totalCount).toBeGreaterThanOrEqual(74);
    expect(postgresUnder(dataDir).length).toBeGreaterThan(0);

    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toBe(0);
    expect(postgresUnder(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    // A second start keeps the data and does not load the demo data twice.
    const second = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: preferred });
    // The token outlives the restart: the secret is kept in DATA_DIR.
    const again = await gql(second.url, `{ ventures(filter: { graduated: true }) { totalCount } }`, analyst.accessToken);
    expect(again.data.ventures.totalCount).toBe(graduates.data.ventures.totalCount);
    second.child.kill('SIGINT');
    expect(await exitOf(second.child)).toBe(0);
    expect(postgresUnder(dataDir)).toEqual([]);
  }, 120_000);

  it('in production loads the demo data without the demo accounts, and logs a generated admin password once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'alumni-graph-production-'));
    await chmod(dir, 0o755);
    try {
      const server = await start({ DATA_DIR: dir, NODE_ENV: 'production' });
      expect(await demoLogin(server.url, 'admin')).toBeNull();
      const logged = server
        .output()
        .split('\n')
        .filter((line) => line.includes('Created the first admin account'))
        .map((line) => JSON.parse(line) as { email: string; password: string });
      expect(logged).toHaveLength(1);
      const login = await gql(
        server.url,
        `mutation { login(input: { email: "${logged[0].email}", password: "${logged[0].password}" }) { accessToken } }`,
      );
      const banso = await gql(server.url, `{ ventures(filter: { search: "BANSO-CO" }) { totalCount } }`, login.data.login.accessToken);
      expect(banso.data.ventures.totalCount).toBe(1);
      server.child.kill('SIGTERM');
      expect(await exitOf(server.child)).toBe(0);
      expect(postgresUnder(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a bad configuration value with one line naming the variable', () => {
    let error: { status?: number; stderr?: string } = {};
    try {
      execFileSync(process.execPath, [MAIN], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.status).toBe(1);
    const lines = (error.stderr ?? '').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: PORT="eighty": /);
  });
});
