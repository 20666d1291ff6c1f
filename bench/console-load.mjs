// `npm run bench:console -- [--runs 10] [--trace]`
//
// Starts the server (its own process, on a fresh embedded PostgreSQL in a temporary DATA_DIR, with
// the demo data) and loads the console in Debian's Chromium (playwright-core) `--runs` times per
// page, each in a fresh browser context (empty cache, no service worker: a first load): the sign-in
// page signed out, then each role's landing page signed in (a session cookie from POST
// /auth/session, as the sign-in page gets it): the analyst's insights, staff's programs, the
// mentor's "my ventures" on a phone-sized viewport.
//
// "Loaded" is when the page's content from the server's answers (not a spinner) is in the DOM at an
// animation frame: the sign-in button; the fourth chart's canvas (ECharts draws without animation,
// so a canvas is a finished chart); the first row of a program's cohort table; the first venture
// card. Measured in the browser's clock from navigation start (the goal's figure), and as the
// wall-clock time from `page.goto` until the bench saw it (which adds Playwright's polling and
// round trips: on a loaded machine, 50–200 ms). Prints medians, fastest and slowest, when
// DOMContentLoaded came, the bytes and requests each load took, the initial JavaScript (what index.html loads
// before anything else) gzipped and as sent, and the load average (`uptime`) the figures were
// taken under. `--trace` prints one extra load of each page as a timeline of its requests and
// long tasks (the critical path).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serverNodeFlags } from './server-flags.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '10'));
const tracing = process.argv.includes('--trace');
const GOAL_MS = 1000;
const GOAL_JS_BYTES = 250_000;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The JavaScript index.html loads first (entry and modulepreloads), gzipped at level 9. */
function initialJs() {
  const html = readFileSync('web/dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const raw = files.map((f) => readFileSync(join('web/dist', f)));
  return { files, raw: raw.reduce((n, b) => n + b.length, 0), gzip: raw.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}

/** Bytes on the wire for a browser that accepts Brotli and gzip (node:http does not decode). */
const encodedSize = (target) =>
  new Promise((resolve, reject) =>
    get(target, { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
    }).on('error', reject),
  );

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// 1. The server, on a throwaway embedded PostgreSQL with the demo data (accounts from the README).
const dataDir = mkdtempSync(join(tmpdir(), 'alumni-graph-console-bench-'));
chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user when we are root
const port = await freePort();
const { DATABASE_URL: _external, ...env } = process.env; // never a real database: its own embedded one
const server = spawn(process.execPath, [...serverNodeFlags(), 'dist/src/main.js'], {
  env: {
    ...env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
    DEMO_DATA: 'always',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
let browser;
const stop = async () => {
  await browser?.close().catch(() => undefined);
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => void stop().then(() => process.exit(130)));

try {
  const started = Date.now();
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 1800) throw new Error('the server did not become ready in 3 minutes');
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`server ready in ${((Date.now() - started) / 1000).toFixed(1)} s (fresh database, demo data)`);

  // 2. A session cookie per role, as the sign-in page would get it (accounts from the README).
  const cookieOf = async (role) => {
    const signIn = await fetch(`${url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@alumni-graph.example`, password: `demo-${role}-password` }),
    });
    if (!signIn.ok) throw new Error(`sign-in as ${role} failed: HTTP ${signIn.status}`);
    const [name, value] = signIn.headers.getSetCookie()[0].split(';')[0].split('=');
    return { name, value, url };
  };
  const cookies = { analyst: await cookieOf('analyst'), staff: await cookieOf('staff'), mentor: await cookieOf('mentor') };

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

  /** One first load in a fresh context: when `shown` (run in the page: the time, once loaded) first held, bytes and requests. */
  const load = async ({ path, shown, role, viewport }, trace = false) => {
    const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, locale: 'en-GB' });
    if (role) await context.addCookies([cookies[role]]);
    if (trace) {
      await context.addInitScript(`
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }).observe({ type: 'longtask', buffered: true });
      `);
    }
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const timeline = [];
    page.on('requestfinished', async (req) => {
      requests += 1;
      if (trace) {
        let operation = '';
        try {
          operation = req.postDataJSON()?.operationName ?? '';
        } catch {
          // not JSON
        }
        timeline.push({ path: `${req.url().replace(url, '')} ${operation}`, timing: req.timing() });
      }
      const sizes = await req.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const t0 = performance.now();
    await page.goto(`${url}${path}`);
    // Checked at every animation frame, in the page: the frame's time when it first holds. A
    // function, not a string: the console's Content-Security-Policy forbids eval.
    const drawn = await (await page.waitForFunction(shown, undefined, { polling: 'raf', timeout: 30_000 })).jsonValue();
    const ms = performance.now() - t0;
    // The browser's own clock: when the HTML and the initial JavaScript had run (DOMContentLoaded).
    const dcl = await page.evaluate('performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd');
    if (trace) {
      // In the browser's clock (ms since navigation start), like DOMContentLoaded.
      const origin = await page.evaluate('performance.timeOrigin');
      console.log(`\n  ${path}: loaded at ${drawn.toFixed(0)} ms, DOMContentLoaded ${dcl.toFixed(0)} ms`);
      for (const { path: what, timing } of timeline.sort((a, b) => a.timing.startTime - b.timing.startTime)) {
        const start = timing.startTime - origin;
        console.log(`    ${start.toFixed(0).padStart(5)} → ${(start + timing.responseEnd).toFixed(0).padStart(5)} ms  ${what}`);
      }
      console.log(`    long tasks [start, ms]: ${JSON.stringify(await page.evaluate('window.__longTasks'))}`);
    }
    await page.waitForLoadState('networkidle');
    await context.close();
    return { drawn, ms, dcl, bytes, requests };
  };

  const scenarios = [
    {
      label: 'sign-in page (signed out, / → /signin)',
      path: '/',
      shown: () =>
        [...globalThis.document.querySelectorAll('button')].some((b) => /Sign in|サインイン/.test(b.textContent)) &&
        globalThis.performance.now(),
    },
    {
      label: 'insights (analyst, /analyst: 4 charts)',
      path: '/analyst',
      role: 'analyst',
      shown: () => globalThis.document.querySelectorAll('.chart canvas').length >= 4 && globalThis.performance.now(),
    },
    {
      label: 'programs (staff, /staff: cohort tables)',
      path: '/staff',
      role: 'staff',
      shown: () => !!globalThis.document.querySelector('main table tbody tr') && globalThis.performance.now(),
    },
    {
      label: 'my ventures (mentor, /mentor, 390×844)',
      path: '/mentor',
      role: 'mentor',
      viewport: { width: 390, height: 844 },
      shown: () => !!globalThis.document.querySelector('.cards li') && globalThis.performance.now(),
    },
  ];
  // One warm-up of each (the server's first requests compile its code paths), not counted.
  for (const scenario of scenarios) await load(scenario);
  if (tracing) {
    console.log('\none traced first load of each page (browser clock, ms since navigation start):');
    for (const scenario of scenarios) await load(scenario, true);
  }
  console.log(`\nfirst load in a fresh browser context, ${runs} runs each, over loopback:`);
  let worst = 0;
  for (const scenario of scenarios) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await load(scenario));
    const drawn = results.map((r) => r.drawn);
    const ms = results.map((r) => r.ms);
    worst = Math.max(worst, median(drawn));
    console.log(
      `  ${scenario.label}: loaded at median ${median(drawn).toFixed(0)} ms (min ${Math.min(...drawn).toFixed(0)}, max ${Math.max(...drawn).toFixed(0)}); ` +
        `seen by the bench after ${median(ms).toFixed(0)} ms (min ${Math.min(...ms).toFixed(0)}, max ${Math.max(...ms).toFixed(0)}); ` +
        `DOMContentLoaded at ${median(results.map((r) => r.dcl)).toFixed(0)} ms; ` +
        `${(median(results.map((r) => r.bytes)) / 1000).toFixed(1)} kB received in ${median(results.map((r) => r.requests))} requests`,
    );
  }
  const js = initialJs();
  const sent = await Promise.all(js.files.map((f) => encodedSize(`${url}/${f}`)));
  const encodings = [...new Set(sent.map((r) => r.encoding))].join(', ');
  console.log(
    `\ninitial JavaScript (${js.files.join(', ')}): ${(js.raw / 1000).toFixed(1)} kB, ${(js.gzip / 1000).toFixed(1)} kB gzipped ` +
      `(goal < ${GOAL_JS_BYTES / 1000} kB); sent as ${encodings}: ${(sent.reduce((n, r) => n + r.bytes, 0) / 1000).toFixed(1)} kB`,
  );
  console.log(
    `slowest median first load ${worst < GOAL_MS ? 'meets' : 'misses'} the ${GOAL_MS} ms goal; load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await stop();
}
