// `npm run bench:import -- [--rows 20000]`
//
// The import's speed and memory: generates a roster of --rows rows (default 20,000: 10,000 ventures
// with two founders each over 20 fiscal years) as CSV and as XLSX, starts PostgreSQL (embedded in
// BENCH_IMPORT_DATA_DIR, default .bench-data-import, emptied first; or BENCH_DATABASE_URL) and the
// server (NODE_ENV=production, its own process), then times over HTTP: the CSV's dry run and
// commit, and the XLSX's dry run and commit (all unchanged by then). Samples the server's RSS every
// 20 ms and prints per step its seconds, its RSS growth (the step's peak over the RSS just before
// it: what the import adds while it runs) and the peak so far over the idle server (cumulative:
// V8 keeps heap it grew for one step into the next) — targets: < 20 s and < 100 MB growth per
// step — and writes the same to bench/results/<time>-import.json.
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createServer } from 'node:net';
import { loadConfig } from '../dist/src/config/env.js';
import { openDatabase } from '../dist/src/database/database-lifecycle.js';
import { serverNodeFlags } from './server-flags.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const rows = Number(arg('rows', '20000'));
const dataDir = process.env.BENCH_IMPORT_DATA_DIR ?? '.bench-data-import';
const PROGRAM = 'Bench Import School';
const HEADER = [
  'program',
  'fiscal_year',
  'venture',
  'venture_ref',
  'sector',
  'sdgs',
  'founder',
  'founder_kana',
  'founder_email',
  'founder_ref',
  'status',
  'applied_on',
  'admitted_on',
  'started_on',
  'graduated_on',
  'withdrawn_on',
];

/** Row i: venture i/2 (two founders each), fiscal years 2004–2023, most graduated, some withdrawn, a few still applied. */
function rosterRow(i) {
  const v = Math.floor(i / 2);
  const year = 2004 + (v % 20);
  const status = v % 10 === 0 ? 'WITHDRAWN' : v % 17 === 0 ? 'ADMITTED' : 'GRADUATED';
  const graduated = status === 'GRADUATED';
  return [
    PROGRAM,
    String(year),
    `ベンチ ベンチャー ${v}`,
    `BV-${v}`,
    ['healthcare', 'education', 'environment', 'agriculture'][v % 4],
    `${(v % 17) + 1};${((v + 5) % 17) + 1}`,
    `創業者 ${i}`,
    'ソウギョウシャ',
    `founder${i}@bench.example`,
    `BP-${i}`,
    status,
    `${year}-04-10`,
    `${year}-05-20`,
    status === 'ADMITTED' ? '' : `${year}-06-01`,
    graduated ? `${year + 1}-02-20` : '',
    status === 'WITHDRAWN' ? `${year}-10-31` : '',
  ];
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) * 1024;
const mb = (bytes) => Math.round(bytes / 1024 / 1024);

async function makeFiles() {
  const all = Array.from({ length: rows }, (_, i) => rosterRow(i));
  const csv = Buffer.from([HEADER, ...all].map((r) => r.join(',')).join('\r\n') + '\r\n');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('roster');
  sheet.addRow(HEADER);
  for (const r of all) sheet.addRow(r);
  return { csv, xlsx: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

const files = await makeFiles();
console.log(
  `roster: ${rows} rows, CSV ${mb(files.csv.length)} MB, XLSX ${mb(files.xlsx.length)} MB; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// PostgreSQL: emptied first (the bench owns it), then the server on it.
if (!process.env.BENCH_DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
const { DATABASE_URL: _ignored, ...env } = process.env;
const config = loadConfig({
  ...env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATA_DIR: dataDir,
  DEMO_DATA: 'never',
  LOG_LEVEL: 'warn',
});
const db = await openDatabase(config, {});
const port = await freePort();
const adminPassword = randomBytes(16).toString('hex');
const server = spawn(process.execPath, [...serverNodeFlags(), 'dist/src/main.js'], {
  env: {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'never',
    ADMIN_EMAIL: 'bench-admin@bench.example',
    ADMIN_PASSWORD: adminPassword,
    RATE_LIMIT_PER_MINUTE: '100000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
const stop = async () => {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  await db.stop();
};
try {
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/health/live`);
      break;
    } catch {
      if (i > 600) throw new Error('the server did not come up');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const gql = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { login } = await gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'bench-admin@bench.example', password: adminPassword },
  });
  const token = login.accessToken;
  const { createOrganization } = await gql(
    `mutation { createOrganization(input: { name: "Bench Organizer", kind: NPO }) { id } }`,
    {},
    token,
  );
  await gql(
    `mutation($id: ID!) { createProgram(input: { name: "${PROGRAM}", organizerId: $id, timeZone: "Asia/Tokyo", fiscalYearStartMonth: 4 }) { id } }`,
    { id: createOrganization.id },
    token,
  );

  const idle = rssOf(server.pid);
  let peak = idle;
  let stepPeak = idle;
  const sampler = setInterval(() => {
    const rss = rssOf(server.pid);
    peak = Math.max(peak, rss);
    stepPeak = Math.max(stepPeak, rss);
  }, 20);
  const steps = [];
  const step = async (name, body, type, dryRun) => {
    await new Promise((r) => setTimeout(r, 500)); // the previous answer sent and settled
    const before = rssOf(server.pid);
    stepPeak = before;
    const started = performance.now();
    const res = await fetch(`${url}/imports/roster?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
    const report = await res.json();
    const seconds = (performance.now() - started) / 1000;
    stepPeak = Math.max(stepPeak, rssOf(server.pid));
    const errors = (report.problems ?? []).filter((p) => p.severity === 'error');
    if (res.status !== 200 || errors.length) throw new Error(`${name}: ${res.status} ${JSON.stringify(errors.slice(0, 3) ?? report)}`);
    steps.push({
      name,
      seconds,
      rowsRead: report.rowsRead,
      entities: report.entities,
      rssBeforeMb: mb(before),
      stepRssGrowthMb: mb(stepPeak - before),
      peakRssGrowthMb: mb(peak - idle),
    });
    console.log(
      `${name.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s   RSS before ${mb(before)} MB, step +${mb(stepPeak - before)} MB, ` +
        `peak so far +${mb(peak - idle)} MB over idle   ${JSON.stringify(report.entities.ventures)}`,
    );
  };
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await step('csv dry run', files.csv, 'text/csv', true);
  await step('csv commit', files.csv, 'text/csv', false);
  await step('xlsx dry run', files.xlsx, XLSX_TYPE, true);
  await step('xlsx commit', files.xlsx, XLSX_TYPE, false);
  clearInterval(sampler);
  const result = {
    at: new Date().toISOString(),
    rows,
    csvBytes: files.csv.length,
    xlsxBytes: files.xlsx.length,
    loadAverage: loadavg(),
    idleRssMb: mb(idle),
    peakRssGrowthMb: mb(peak - idle),
    steps,
  };
  console.log(
    `server RSS: idle ${mb(idle)} MB, peak +${mb(peak - idle)} MB; largest step growth +${Math.max(...steps.map((s) => s.stepRssGrowthMb))} MB; ` +
      `slowest step ${Math.max(...steps.map((s) => s.seconds)).toFixed(1)} s; load ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${result.at.replace(/[:.]/g, '-')}-import.json`, JSON.stringify(result, null, 2));
} finally {
  await stop();
}
