import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';

/**
 * The built server (`node dist/src/main.js`, built by `npm test`'s pretest) refusing to start
 * on an embedded PostgreSQL it cannot run: one line on stderr that says why and what to do.
 */
const MAIN = 'dist/src/main.js';
const children: ChildProcess[] = [];
const folders: string[] = [];

const env = (dataDir: string) => ({
  ...process.env,
  NODE_ENV: 'development',
  PORT: '0',
  LOG_LEVEL: 'info',
  DATABASE_URL: '',
  DEMO_DATA: 'never',
  DATA_DIR: dataDir,
});

/** Runs the server until it exits; its exit code and stderr. */
function runToExit(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN], { env: env(dataDir), stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
}

/** Starts the server and resolves once it serves. */
function serve(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], { env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (/serving http:\/\/127\.0\.0\.1:\d+\/graphql/.test(out)) {
        clearTimeout(timer);
        resolve(child);
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
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

const folder = async (prefix: string, mode: number) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  folders.push(dir);
  await chmod(dir, mode);
  return dir;
};

describe('npm start refuses an embedded PostgreSQL it cannot run, in one line', () => {
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(children.map(exitOf));
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  });

  // Only root hands PostgreSQL to the `postgres` user; as anyone else the folder is theirs to enter.
  (process.getuid?.() === 0 ? it : it.skip)(
    'as root, a data folder under a folder others cannot enter (0700)',
    async () => {
      const closed = await folder('alumni-graph-closed-', 0o700);
      const { code, stderr } = await runToExit(join(closed, 'data'));
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `PostgreSQL runs as the \`postgres\` user, who cannot reach ${closed} (it holds the data folder ${join(closed, 'data', 'postgres')}): set DATA_DIR to a folder others can enter, or DATABASE_URL`,
      ]);
    },
    60_000,
  );

  it('a second start on a data folder in use', async () => {
    const dataDir = await folder('alumni-graph-twice-', 0o755);
    const first = await serve(dataDir);
    const { code, stderr } = await runToExit(dataDir);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `the data folder ${join(dataDir, 'postgres')} is in use by another Alumni Graph (pid ${first.pid}): stop it, or set DATA_DIR`,
    ]);
    // The first one never noticed.
    expect(first.exitCode).toBeNull();
    first.kill('SIGTERM');
    await exitOf(first);
    expect(first.exitCode).toBe(0);
  }, 120_000);
});
