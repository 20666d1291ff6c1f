// `npm run bench:export` (after `npm run build`; the script builds first)
//
// Streams the 100,000 mentoring sessions of the scale-1 benchmark data (bench/data.mjs, made when
// missing) as CSV and as XLSX through the running server (NODE_ENV=production, its own process),
// sampling the server's RSS every 20 ms during each download. Prints rows, bytes, seconds, rows/s
// and the server's RSS at the start and at its peak, and how much higher the second half of the
// download peaked than the first: flat memory means the peak stays near the start whatever the row
// count, and the second half adds nothing. Writes the same to bench/results/<time>-export.json.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { loadConfig } from '../dist/src/config/env.js';
import { openDatabase } from '../dist/src/database/database-lifecycle.js';
import { BENCH_ACCOUNTS, generate } from './data.mjs';
import { serverNodeFlags } from './server-flags.mjs';

const dataDir = process.env.BENCH_DATA_DIR ?? '.bench-data';
const EXPECTED_SESSIONS = 100_000;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url, tries = 300) {
  for (let i = 0; i < tries; i++) {
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

const rssOf = (pid) =>
  Number(
    readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'))
      .replace(/\D/g, ''),
  ) * 1024;
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

// 1. The data: the scale-1 benchmark set (100,000 mentoring sessions), made when missing.
const { DATABASE_URL: _ignored, ...env } = process.env;
const config = loadConfig({
  ...env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATA_DIR: dataDir,
  DEMO_DATA: 'never',
  LOG_LEVEL: 'warn',
});
let db = await openDatabase(config, {});
const count = async () => {
  const probe = new pg.Client({ connectionString: db.url });
  await probe.connect();
  try {
    return await probe
      .query(`SELECT count(*)::int AS n FROM mentoring_sessions WHERE deleted_at IS NULL`)
      .then((r) => r.rows[0].n)
      .catch(() => 0);
  } finally {
    await probe.end();
  }
};
let sessions = await count();
if (sessions < EXPECTED_SESSIONS) {
  await db.stop();
  console.log(`Generating the scale 1 dataset (found ${sessions} sessions)…`);
  const made = await generate(1, { ...env, BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL, BENCH_DATA_DIR: dataDir });
  console.log(`  loaded in ${made.seconds.toFixed(1)} s`);
  db = await openDatabase(config, {});
  sessions = await count();
}

// 2. The server, in production mode, in its own process.
const port = await freePort();
const server = spawn(process.execPath, [...serverNodeFlags(), 'dist/src/main.js'], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'never',
    ADMIN_PASSWORD: randomBytes(16).toString('hex'),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const results = [];
try {
  await waitFor(`${url}/graphql`);
  const { email, password } = BENCH_ACCOUNTS.staff;
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "${email}", password: "${password}" }) { accessToken } }` }),
  }).then((r) => r.json());
  const token = login.data.login.accessToken;

  // 3. Each format through a signed link (no header, as a browser would), RSS sampled meanwhile.
  for (const format of ['CSV', 'XLSX']) {
    const minted = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation { createDownloadLink(input: { export: "mentoring-sessions", format: ${format} }) { url } }`,
      }),
    }).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 1000));
    const rssStart = rssOf(server.pid);
    const samples = [];
    const sampler = setInterval(() => samples.push([Date.now(), rssOf(server.pid)]), 20);
    const started = Date.now();
    let bytes = 0;
    let lines = 0;
    try {
      const response = await fetch(minted.data.createDownloadLink.url);
      if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${await response.text()}`);
      for await (const chunk of response.body) {
        bytes += chunk.length;
        if (format === 'CSV') for (const b of chunk) if (b === 10) lines += 1;
      }
    } finally {
      clearInterval(sampler);
    }
    const seconds = (Date.now() - started) / 1000;
    // Flat: the second half of the download peaks no higher than the first (what is held does not grow with the rows).
    const half = started + (seconds * 1000) / 2;
    const peakOf = (list) => Math.max(rssStart, ...list.map(([, rss]) => rss));
    const rssPeak = peakOf(samples);
    const firstHalfPeak = peakOf(samples.filter(([t]) => t < half));
    const secondHalfPeak = peakOf(samples.filter(([t]) => t >= half));
    // XLSX is zipped: its rows are the sessions the query streams (checked by the e2e spec).
    const rows = format === 'CSV' ? lines - 1 : sessions;
    const row = {
      format,
      rows,
      bytes,
      seconds,
      rowsPerSecond: rows / seconds,
      rssStartBytes: rssStart,
      rssPeakBytes: rssPeak,
      rssFirstHalfPeakBytes: firstHalfPeak,
      rssSecondHalfPeakBytes: secondHalfPeak,
    };
    results.push(row);
    console.log(
      `mentoring-sessions.${format.toLowerCase().padEnd(4)} ${rows} rows, ${mb(bytes)} MB in ${seconds.toFixed(1)} s ` +
        `(${Math.round(row.rowsPerSecond)} rows/s); server RSS start ${mb(rssStart)} MB, peak ${mb(rssPeak)} MB (+${mb(rssPeak - rssStart)} MB); ` +
        `second half over first half ${secondHalfPeak >= firstHalfPeak ? '+' : ''}${mb(secondHalfPeak - firstHalfPeak)} MB`,
    );
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`load average during the run: ${load}`);
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}-export.json`;
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), sessions, loadAverage: load, results }, null, 2));
  console.log(`wrote ${file}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await db.stop();
}
