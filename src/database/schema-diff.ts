import type { DataSource } from 'typeorm';

/** SQL the schema builder would run to make the database match the entities (empty when they agree). */
export async function pendingSchemaChanges(ds: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await ds.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.reverse().map((q) => q.query),
  };
}
