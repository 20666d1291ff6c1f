// `npm run bench -- [--scale 1] [--connections 10] [--duration 10] [--ops nested,journey,cohortPage,comparison,search,write] [--processes 1]`
//
// Starts the server (NODE_ENV=production) and the baseline (bench/baseline.mjs: node:http + pg,
// one hand-written SQL statement per request) on the benchmark data (made by bench/data.mjs when
// missing or of another scale), checks that both give the same answers, then drives each with
// autocannon over loopback, operation by operation. Prints req/s, p50 and p99 for both and the
// ratios, the server's peak RSS, and writes the same to bench/results/<time>-scale<N>.json.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../dist/src/config/env.js';
import { openDatabase } from '../dist/src/database/database-lifecycle.js';
import { BENCH_ACCOUNTS, generate } from './data.mjs';
import { OPERATIONS, SEARCH_FILTER } from './operations.mjs';
import { serverNodeFlags } from './server-flags.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const scale = Number(arg('scale', '1'));
const connections = Number(arg('connections', '10'));
// Server processes on the one database, driven at once with the connections split between them.
const processes = Number(arg('processes', '1'));
const duration = Number(arg('duration', '10'));
const warmup = Number(arg('warmup', '5'));
const ops = arg('ops', 'nested,journey,cohortPage,comparison,search,write').split(',').filter(Boolean);
const dataDir = process.env.BENCH_DATA_DIR ?? '.bench-data';

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url, tries = 200) {
  for (let i = 0; i < tries; i++) {
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return; // any answer: it is listening
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

/** User + system CPU milliseconds the processes used so far (/proc/<pid>/stat, clock ticks of 10 ms). */
const cpuMs = (children) =>
  children.reduce((sum, child) => {
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return sum; // a backend that ended meanwhile
    }
  }, 0);

/** CPU milliseconds of each PostgreSQL process on the machine (the embedded server's backends; none for a remote one). */
const postgresCpu = () => {
  const byPid = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') byPid.set(pid, cpuMs([{ pid }]));
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
};
/** What PostgreSQL's processes used since `before` (a backend that ended meanwhile is not counted). */
const postgresCpuSince = (before) => [...postgresCpu()].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

const peakRss = (pid) => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(line.replace(/\D/g, '')) * 1024;
};

async function post(url, op, context, token) {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: op.query, operationName: op.operationName, variables: op.variables(context) }),
  });
  return r.json();
}

/** Several processes' runs as one: requests summed, latencies those of the slowest process. */
function combine(runs) {
  const sum = (f) => runs.reduce((n, r) => n + f(r), 0);
  return {
    requests: { average: sum((r) => r.requests.average), sent: sum((r) => r.requests.sent) },
    latency: { p50: Math.max(...runs.map((r) => r.latency.p50)), p99: Math.max(...runs.map((r) => r.latency.p99)) },
    '2xx': sum((r) => r['2xx']),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}

function drive(url, op, context, token, seconds, conns = connections) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: conns,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ query: op.query, operationName: op.operationName, variables: op.variables(context) }),
            }),
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

// 1. The data, at the asked scale.
// The benchmark database: BENCH_DATABASE_URL or the embedded one, never DATABASE_URL (it may be emptied).
const { DATABASE_URL: _ignored, ...env } = process.env;
const config = loadConfig({
  ...env,
  DATABASE_URL: process.env.BENCH_DATABASE_URL,
  DATA_DIR: dataDir,
  DEMO_DATA: 'never',
  LOG_LEVEL: 'warn',
});
let db = await openDatabase(config, {});
const probe = new pg.Client({ connectionString: db.url });
await probe.connect();
const have = await probe
  .query(`SELECT count(*)::int AS n FROM ventures WHERE name LIKE 'Bench Venture %'`)
  .then((r) => r.rows[0].n)
  .catch(() => 0);
await probe.end();
if (have !== 5000 * scale) {
  await db.stop();
  console.log(`Generating the scale ${scale} dataset (found ${have} bench ventures)…`);
  const made = await generate(scale, { ...env, BENCH_DATABASE_URL: process.env.BENCH_DATABASE_URL, BENCH_DATA_DIR: dataDir });
  console.log(`  loaded in ${made.seconds.toFixed(1)} s`);
  db = await openDatabase(config, {});
}
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();

// 2. The server (production mode) and the baseline, each in its own process.
const children = [];
const stop = async () => {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await sql.end().catch(() => undefined);
  await db.stop();
};
process.on('SIGINT', () => stop().then(() => process.exit(130)));
try {
  // One secret for all: a token from one process is good at the others.
  const benchSecret = randomBytes(32).toString('hex');
  const serverUrls = [];
  const servers = [];
  for (let i = 0; i < processes; i++) {
    const serverPort = await freePort();
    // The flags `npm start` gives the server (its heap cap), then BENCH_SERVER_NODE_ARGS: extra node
    // arguments, e.g. "--cpu-prof --cpu-prof-dir=bench/results/prof".
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    const server = spawn(process.execPath, [...serverNodeFlags(), ...nodeArgs, 'dist/src/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        JWT_SECRET: benchSecret,
        PORT: String(serverPort),
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'never',
        RATE_LIMIT_PER_MINUTE: '100000000',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        ADMIN_PASSWORD: randomBytes(16).toString('hex'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(server);
    servers.push(server);
    serverUrls.push(`http://127.0.0.1:${serverPort}`);
    // One at a time: the first applies pending migrations.
    await waitFor(`${serverUrls[i]}/graphql`);
  }
  const server = servers[0];
  const baselinePort = await freePort();
  const baseline = spawn(process.execPath, ['bench/baseline.mjs'], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: String(baselinePort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(baseline);
  const serverUrl = serverUrls[0];
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  await waitFor(`${baselineUrl}/graphql`);

  // 3. Tokens, the page-3 cursor, the running assignments.
  const tokens = {};
  for (const [key, a] of Object.entries(BENCH_ACCOUNTS)) {
    const login = await post(
      `${serverUrl}/graphql`,
      { query: `mutation { login(input: { email: "${a.email}", password: "${a.password}" }) { accessToken } }`, variables: () => ({}) },
      {},
    );
    tokens[key] = login.data.login.accessToken;
  }
  const pageQuery = `query($after: String) { analytics { alumniSearch(first: 50, after: $after, filter: { cohortYearFrom: ${SEARCH_FILTER.cohortYearFrom},
    sectors: ${JSON.stringify(SEARCH_FILTER.sectors)}, collaborationStages: [${SEARCH_FILTER.collaborationStages.join(', ')}] }) { totalCount pageInfo { endCursor } } } }`;
  let after = null;
  for (let page = 1; page <= 2; page++) {
    after = (await post(`${serverUrl}/graphql`, { query: pageQuery, variables: () => ({ after }) }, {}, tokens.analyst)).data.analytics
      .alumniSearch.pageInfo.endCursor;
  }
  const assignments = (await sql.query(`SELECT id FROM mentor_assignments WHERE ends_on IS NULL ORDER BY id`)).rows.map((r) => r.id);
  // The journey's venture: the first graduate (by id) with collaborations and pro bono support after graduating.
  const journeyVentureId = (
    await sql.query(`SELECT v.id FROM ventures v JOIN enrollments e ON e.venture_id = v.id AND e.status = 'GRADUATED'
                      WHERE EXISTS (SELECT 1 FROM collaborations c WHERE c.venture_id = v.id AND c.started_on >= e.status_on)
                        AND EXISTS (SELECT 1 FROM pro_bono_engagements g WHERE g.beneficiary_venture_id = v.id AND g.started_on >= e.status_on)
                      ORDER BY v.id LIMIT 1`)
  ).rows[0].id;
  // The cohort page: the cohort with the most enrollments.
  const cohortPageId = (await sql.query(`SELECT cohort_id FROM enrollments GROUP BY 1 ORDER BY count(*) DESC, cohort_id LIMIT 1`)).rows[0]
    .cohort_id;
  const shared = { page3Cursor: after, assignments, journeyVentureId, cohortPageId };
  const contexts = {
    server: { ...shared, counter: 0, offsetSeconds: Math.floor(Math.random() * 25_000_000) },
    baseline: { ...shared, counter: 0, offsetSeconds: 25_000_000 + Math.floor(Math.random() * 25_000_000) },
  };

  // 4. Same answers before timing: an operation that disagrees is not timed.
  const agreed = [];
  for (const name of ops) {
    const op = OPERATIONS[name];
    const a = await post(`${serverUrl}/graphql`, op, contexts.server, tokens[op.as]);
    const b = await post(`${baselineUrl}/graphql`, op, contexts.baseline, tokens[op.as]);
    const same = name === 'write' ? Boolean(a.data?.logMentoringSession?.id && b.data?.logMentoringSession?.id) : isDeepStrictEqual(a, b);
    if (!same) {
      console.error(
        `${name}: the server and the baseline disagree, not timed`,
        JSON.stringify(a).slice(0, 500),
        JSON.stringify(b).slice(0, 500),
      );
      process.exitCode = 1;
      continue;
    }
    agreed.push(name);
    console.log(`${name}: same answer (${JSON.stringify(a).length} bytes)`);
  }

  const settle = async () => {
    for (let i = 0; i < 600; i++) {
      const { n } = (
        await sql.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()`,
        )
      ).rows[0];
      if (n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  // 5. Timing.
  const results = [];
  for (const name of agreed) {
    const op = OPERATIONS[name];
    const row = { operation: name, title: op.title };
    for (const [target, url] of [
      ['server', serverUrl],
      ['baseline', baselineUrl],
    ]) {
      const before = name === 'write' ? (await sql.query('SELECT count(*)::int AS n FROM mentoring_sessions')).rows[0].n : 0;
      if (warmup) await drive(url, op, contexts[target], tokens[op.as], warmup);
      await settle();
      const sessionsBefore = name === 'write' ? (await sql.query('SELECT count(*)::int AS n FROM mentoring_sessions')).rows[0].n : 0;
      const cpuBefore = cpuMs(target === 'server' ? servers : [baseline]);
      const postgresCpuBefore = postgresCpu();
      const r =
        target === 'server' && processes > 1
          ? combine(
              await Promise.all(
                serverUrls.map((u) => drive(u, op, contexts[target], tokens[op.as], duration, Math.ceil(connections / processes))),
              ),
            )
          : await drive(url, op, contexts[target], tokens[op.as], duration);
      // Statements of requests cut off at the deadline keep PostgreSQL busy: let them finish
      // before the next measurement starts.
      await settle();
      const cpu = cpuMs(target === 'server' ? servers : [baseline]) - cpuBefore;
      // Backends that ended are not counted and settle() runs queries of its own: a close figure, not an exact one.
      const postgresCpuMs = postgresCpuSince(postgresCpuBefore);
      row[target] = {
        reqPerSec: r.requests.average,
        // CPU of the process(es) (user + system) per answered request: less moved by other load than req/s.
        cpuMsPerRequest: cpu / Math.max(1, r['2xx'] + r.non2xx),
        postgresCpuMsPerRequest: postgresCpuMs / Math.max(1, r['2xx'] + r.non2xx),
        p50: r.latency.p50,
        p99: r.latency.p99,
        ok: r['2xx'],
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      };
      if (name === 'write') {
        const duplicates = (
          await sql.query(
            `SELECT count(*)::int AS n FROM (SELECT assignment_id, held_at FROM mentoring_sessions WHERE deleted_at IS NULL GROUP BY 1, 2 HAVING count(*) > 1) d`,
          )
        ).rows[0].n;
        // autocannon stops counting at the deadline; requests still in flight then complete later.
        await new Promise((r) => setTimeout(r, 1000));
        const settled = (await sql.query('SELECT count(*)::int AS n FROM mentoring_sessions')).rows[0].n;
        row[target].rowsWritten = settled - sessionsBefore;
        row[target].requestsSent = r.requests.sent;
        row[target].duplicates = duplicates;
        row[target].rowsWrittenInWarmup = sessionsBefore - before;
      }
    }
    row.ratios = {
      p50: row.server.p50 / row.baseline.p50,
      reqPerSec: row.server.reqPerSec / row.baseline.reqPerSec,
    };
    results.push(row);
    console.log(
      `${name.padEnd(10)} server ${row.server.reqPerSec.toFixed(0).padStart(6)} req/s p50 ${String(row.server.p50).padStart(4)} ms p99 ${String(row.server.p99).padStart(4)} ms | ` +
        `baseline ${row.baseline.reqPerSec.toFixed(0).padStart(6)} req/s p50 ${String(row.baseline.p50).padStart(4)} ms p99 ${String(row.baseline.p99).padStart(4)} ms | ` +
        `p50 ×${row.ratios.p50.toFixed(2)}, throughput ×${row.ratios.reqPerSec.toFixed(2)} | ` +
        `CPU/request server ${row.server.cpuMsPerRequest.toFixed(2)} ms, baseline ${row.baseline.cpuMsPerRequest.toFixed(2)} ms` +
        ` (PostgreSQL ${row.server.postgresCpuMsPerRequest.toFixed(2)} / ${row.baseline.postgresCpuMsPerRequest.toFixed(2)} ms)` +
        (name === 'write'
          ? ` | rows written ${row.server.rowsWritten} for ${row.server.requestsSent} sent (${row.server.ok} answered in time), duplicates ${row.server.duplicates}`
          : ''),
    );
  }
  // 6. A streaming CSV export of every alumnus: how much does the server's memory grow meanwhile?
  const currentRss = () =>
    Number(
      readFileSync(`/proc/${server.pid}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:'))
        .replace(/\D/g, ''),
    ) * 1024;
  global.gc?.();
  await new Promise((r) => setTimeout(r, 500));
  const rssBefore = currentRss();
  let rssMax = rssBefore;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, currentRss())), 20);
  const started = Date.now();
  const download = await fetch(`${serverUrl}/exports/alumni-search.csv`, { headers: { authorization: `Bearer ${tokens.analyst}` } });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of download.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines += 1;
  }
  clearInterval(sampler);
  const exportRow = {
    rows: lines - 1,
    bytes,
    seconds: (Date.now() - started) / 1000,
    rssBeforeBytes: rssBefore,
    rssGrowthBytes: rssMax - rssBefore,
  };
  console.log(
    `export    alumni-search.csv: ${exportRow.rows} rows, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${exportRow.seconds.toFixed(1)} s; server RSS grew by ${((rssMax - rssBefore) / 1024 / 1024).toFixed(1)} MB`,
  );

  const rss = peakRss(server.pid);
  console.log(`server peak RSS: ${(rss / 1024 / 1024).toFixed(0)} MB`);
  const report = {
    at: new Date().toISOString(),
    scale,
    connections,
    processes,
    duration,
    warmup,
    node: process.version,
    results,
    export: exportRow,
    serverPeakRssBytes: rss,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${report.at.replace(/[:.]/g, '-')}-scale${scale}${processes > 1 ? `-processes${processes}` : ''}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`written to ${file}`);
} finally {
  await stop();
}
