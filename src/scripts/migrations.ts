/**
 * Migration tooling on the app's own DataSource settings (no separate TypeORM CLI config):
 *   node dist/src/scripts/migrations.js run | revert | generate <Name> | check
 * Without DATABASE_URL it works on the embedded PostgreSQL in DATA_DIR; `generate`
 * and `check` use a throwaway embedded cluster so they always diff against migrations alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/env.js';
import { createDataSource } from '../database/data-source.js';
import { openDatabase } from '../database/database-lifecycle.js';
import { pendingSchemaChanges } from '../database/schema-diff.js';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const throwaway = command === 'generate' || command === 'check';
  const dir = throwaway && !config.databaseUrl ? await mkdtemp(join(tmpdir(), 'alumni-graph-migrations-')) : undefined;
  const db = await openDatabase(config, dir ? { dir, persistent: false } : {});
  const ds = createDataSource({ url: db.url });
  try {
    await ds.initialize();
    if (command === 'run' || throwaway) {
      const ran = await ds.runMigrations({ transaction: 'each' });
      if (!throwaway) console.log(ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}` : 'No pending migrations');
    }
    if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    } else if (command === 'check') {
      const { up } = await pendingSchemaChanges(ds);
      if (up.length) {
        console.error(`Entities and migrations differ:\n${up.join(';\n')}`);
        process.exitCode = 1;
      } else console.log('Entities and migrations agree');
    } else if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: migration:generate -- PascalCaseName');
      const { up, down } = await pendingSchemaChanges(ds);
      if (!up.length) {
        console.log('No changes: entities and migrations agree');
        return;
      }
      const timestamp = Date.now();
      const file = join('migrations', `${timestamp}-${name}.ts`);
      const q = (sql: string) => `    await queryRunner.query(\`${sql.replace(/\s+$/, '')}\`);`;
      await writeFile(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `export class ${name}${timestamp} implements MigrationInterface {\n` +
          `  name = '${name}${timestamp}';\n\n` +
          `  async up(queryRunner: QueryRunner): Promise<void> {\n${up.map(q).join('\n')}\n  }\n\n` +
          `  async down(queryRunner: QueryRunner): Promise<void> {\n${down.map(q).join('\n')}\n  }\n}\n`,
      );
      console.log(`Wrote ${file}: read it, tidy it, and add it to src/database/migrations.ts`);
    } else if (command !== 'run') {
      throw new Error(`unknown command ${command ?? ''}: run | revert | generate <Name> | check`);
    }
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
