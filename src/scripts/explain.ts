/**
 * `npm run explain -- cohortComparison [filter JSON]`: prints EXPLAIN (ANALYZE, BUFFERS) of a
 * report's SQL on the configured database (DATABASE_URL, or the embedded one in DATA_DIR with
 * its demo data), then a one-line summary: planning and execution time, and any sequential
 * scans with their row counts.
 */
import { DataSource } from 'typeorm';
import type { AnalyticsFilter } from '../analytics/dto/analytics.inputs.js';
import { cohortComparisonQuery } from '../analytics/analytics.queries.js';
import { loadConfig } from '../config/env.js';
import { startServer } from '../server.js';

const REPORTS = ['cohortComparison'] as const;
const [report = 'cohortComparison', filterJson] = process.argv.slice(2);
if (!REPORTS.includes(report as (typeof REPORTS)[number])) {
  console.error(`Unknown report ${report}; one of: ${REPORTS.join(', ')}`);
  process.exit(2);
}
const config = loadConfig({ ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'auto', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const server = await startServer(config, { listen: false });
try {
  const { sql, params } = cohortComparisonQuery(filterJson ? (JSON.parse(filterJson) as AnalyticsFilter) : undefined, new Date());
  const dataSource = server.app.get(DataSource);
  await dataSource.query(sql, params); // warm the cache once, as a second request would find it
  const plan: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const lines = plan.map((row) => row['QUERY PLAN']);
  console.log(lines.join('\n'));
  const time = (label: string) => lines.find((l) => l.startsWith(label))?.replace(`${label}: `, '');
  const seqScans = lines
    .filter((l) => l.includes('Seq Scan'))
    .map((l) =>
      l
        .trim()
        .replace(/^->\s*/, '')
        .replace(/\s+\(cost.*actual.*rows=(\d+).*/, ' (rows=$1)'),
    );
  console.log(
    `\nsummary: planning ${time('Planning Time')}, execution ${time('Execution Time')}; seq scans: ${seqScans.length ? seqScans.join('; ') : 'none'}`,
  );
} finally {
  await server.close();
}
