/**
 * Writes schema.gql from the code: boots the app (on a throwaway embedded PostgreSQL unless
 * DATABASE_URL is set), prints the GraphQL schema, stops.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '../config/env.js';
import { renderSchema } from '../graphql/schema-file.js';
import { startServer } from '../server.js';

const dataDir = await mkdtemp(join(tmpdir(), 'alumni-graph-schema-'));
await chmod(dataDir, 0o755); // reachable by the `postgres` user when run as root
const config = loadConfig({ ...process.env, DATA_DIR: dataDir, DEMO_DATA: 'never', LOG_LEVEL: 'warn' });
const server = await startServer(config, { listen: false });
try {
  const { schema } = server.app.get(GraphQLSchemaHost);
  await writeFile('schema.gql', renderSchema(schema));
  console.log('Wrote schema.gql');
} finally {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
