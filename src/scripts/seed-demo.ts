/**
 * `npm run seed:demo`: loads the demo data into the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR), running pending migrations first. Does nothing when it is there.
 */
import { loadConfig } from '../config/env.js';
import { DemoDataService } from '../demo/demo.service.js';
import { startServer } from '../server.js';

const config = loadConfig({ ...process.env, DEMO_DATA: 'never', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const server = await startServer(config, { listen: false });
try {
  // Demo accounts have published passwords: never in production.
  const loaded = await server.app.get(DemoDataService).load({ accounts: config.nodeEnv !== 'production' });
  console.log(loaded ? 'Demo data loaded' : 'Demo data was already loaded; nothing to do');
} finally {
  await server.close();
}
