/**
 * `npm run seed:demo`: loads the demo data into the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR), running pending migrations first. Does nothing when it is there.
 * `-- --reset` empties the database and loads it again (refused, in one line, when the database
 * holds data the demo did not load; `--force` empties it anyway). `DEMO_TODAY=YYYY-MM-DD` lays the
 * demo around that day instead of today in Tokyo.
 */
import { loadConfig } from '../config/env.js';
import { DemoDataError } from '../demo/demo-calendar.js';
import { DemoDataService } from '../demo/demo.service.js';
import { startServer } from '../server.js';

const flags = new Set(process.argv.slice(2));
const unknown = [...flags].filter((f) => f !== '--reset' && f !== '--force');
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')}; use --reset, optionally with --force`);
  process.exit(2);
}
const config = loadConfig({ ...process.env, DEMO_DATA: 'never', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const server = await startServer(config, { listen: false });
let exitCode = 0;
try {
  const demo = server.app.get(DemoDataService);
  // Demo accounts have published passwords: never in production.
  const options = { accounts: config.nodeEnv !== 'production', today: process.env.DEMO_TODAY || undefined };
  if (flags.has('--reset')) {
    await demo.reset({ ...options, force: flags.has('--force') });
    console.log('Demo data reloaded');
  } else {
    const loaded = await demo.load(options);
    console.log(loaded ? 'Demo data loaded' : 'Demo data was already loaded; nothing to do (--reset reloads it)');
  }
} catch (error) {
  if (!(error instanceof DemoDataError)) throw error;
  console.error(error.message);
  exitCode = 1;
} finally {
  await server.close();
}
// Stopping the embedded PostgreSQL leaves the exit code at 0; say how it went.
process.exit(exitCode);
