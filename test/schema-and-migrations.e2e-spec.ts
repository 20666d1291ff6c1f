import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createDataSource } from '../src/database/data-source.js';
import { pendingSchemaChanges } from '../src/database/schema-diff.js';
import { renderSchema } from '../src/graphql/schema-file.js';
import { migrations } from '../src/database/migrations.js';
import { useTestApp } from './utils/use-test-app.js';

describe('schema.gql and migrations', () => {
  const t = useTestApp({}, { reset: 'none' });

  it('schema.gql matches the schema the code builds (run `npm run schema:generate` when this fails)', async () => {
    const { schema } = t.server.app.get(GraphQLSchemaHost);
    expect(await readFile('schema.gql', 'utf8')).toBe(renderSchema(schema));
  });

  it('lists every file of migrations/ in src/database/migrations.ts, oldest first', async () => {
    const files = (await readdir('migrations')).filter((name) => /^\d+-\w+\.ts$/.test(name)).sort();
    expect(migrations.map((m) => `${/\d+$/.exec(m.name)?.[0]}-${m.name.replace(/\d+$/, '')}.ts`)).toEqual(files);
  });

  it('leaves nothing for the schema builder to change after the migrations ran (entities and migrations agree)', async () => {
    const { up } = await pendingSchemaChanges(t.dataSource);
    expect(up).toEqual([]);
  });

  it('reverts every migration cleanly, down to an empty schema, and runs them again', async () => {
    const ds = createDataSource({ url: process.env.TEST_DATABASE_URL as string });
    await ds.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`);
      // TypeORM's own tables stay: its migrations log, and typeorm_metadata (expressions of generated columns), emptied.
      expect(tables).toEqual([{ table_name: 'migrations' }, { table_name: 'typeorm_metadata' }]);
      expect(await ds.query(`SELECT * FROM typeorm_metadata`)).toEqual([]);
      const ran = await ds.runMigrations({ transaction: 'each' });
      expect(ran).toHaveLength(migrations.length);
      expect((await pendingSchemaChanges(ds)).up).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
