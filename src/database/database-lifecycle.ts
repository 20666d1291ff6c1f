import { join } from 'node:path';
import type { AppConfig } from '../config/env.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** The embedded cluster was created by this start (its database is empty). */
  created: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept in DATA_DIR/postgres. */
export async function openDatabase(
  config: AppConfig,
  options: { dir?: string; persistent?: boolean; onLog?: (line: string) => void } = {},
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, created: false, stop: () => Promise.resolve() };
  }
  const db = await startEmbeddedPostgres({
    dir: options.dir ?? join(config.dataDir, 'postgres'),
    preferredPort: config.embeddedPgPort,
    persistent: options.persistent ?? true,
    onLog: options.onLog,
  });
  return { url: db.url, embedded: true, created: db.created, stop: () => db.stop() };
}
