/**
 * `npm run import -- <kind> <file> [--dry-run] [--encoding=shift_jis] [--sheet=<name>]`: imports a
 * CSV or XLSX file into the configured database (DATABASE_URL, or the embedded one in DATA_DIR, as
 * `npm start` uses; pending migrations run first), with a progress bar on stderr, and prints the
 * report as JSON on stdout. Exits 1 when the file has errors (nothing is written), 2 on bad usage.
 * The audit entry has no account (the command line); history rows say "import (command line)".
 */
import cliProgress from 'cli-progress';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config/env.js';
import { IMPORT_KINDS, ImportsService, type ImportStage } from '../imports/imports.service.js';
import { CSV_ENCODINGS, type CsvEncoding, sniffType } from '../imports/read-table.js';

const USAGE = `usage: npm run import -- <${Object.keys(IMPORT_KINDS).join('|')}> <file.csv|file.xlsx> [--dry-run] [--encoding=${CSV_ENCODINGS.join('|')}] [--sheet=<name>]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Map(
  args.filter((a) => a.startsWith('--')).map((a) => [a.split('=')[0], a.includes('=') ? a.slice(a.indexOf('=') + 1) : 'true'] as const),
);
const [kind, file, ...extra] = args.filter((a) => !a.startsWith('--'));
const unknown = [...flags.keys()].filter((f) => !['--dry-run', '--encoding', '--sheet'].includes(f));
if (!kind || !file || extra.length || unknown.length)
  fail(unknown.length ? `Unknown option ${unknown.join(' ')}` : 'Name a kind and a file');
if (!Object.hasOwn(IMPORT_KINDS, kind)) fail(`Unknown kind ${kind}`);
const encoding = flags.get('--encoding')?.toLowerCase() as CsvEncoding | undefined;
if (encoding && !CSV_ENCODINGS.includes(encoding)) fail(`Unknown encoding ${encoding}`);
let body: Buffer;
try {
  body = readFileSync(file);
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`);
}
const type = sniffType(body, file.toLowerCase().endsWith('.xlsx') ? undefined : 'text/csv');
if (!type) fail(`${file} is neither CSV nor XLSX`);

const { startServer } = await import('../server.js');
const config = loadConfig({ ...process.env, DEMO_DATA: 'never', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
const server = await startServer(config, { listen: false, logToStderr: true });
const bar = new cliProgress.SingleBar(
  { stream: process.stderr, format: `${kind} {bar} {percentage}% | {stage} | {value}/{total} rows`, hideCursor: true },
  cliProgress.Presets.shades_classic,
);
// Checking the cells is two thirds of the bar (row by row), planning and writing the last third.
const WEIGHT: Record<ImportStage, number> = { read: 0, check: 0, plan: 2 / 3, write: 5 / 6, done: 1 };
let total = 0;
let exitCode = 0;
try {
  const report = await server.app.get(ImportsService).run(
    kind,
    body,
    {
      dryRun: flags.has('--dry-run'),
      type,
      encoding,
      sheet: flags.get('--sheet'),
      onProgress: (stage, rows) => {
        if (stage === 'read') {
          total = rows;
          bar.start(rows, 0, { stage: 'checking' });
        } else if (stage === 'check') bar.update(Math.round((rows * 2) / 3), { stage: 'checking' });
        else
          bar.update(Math.round(total * WEIGHT[stage]), {
            stage: stage === 'done' ? 'done' : `${stage === 'plan' ? 'planning' : 'writing'}`,
          });
      },
    },
    null,
  );
  bar.stop();
  console.log(JSON.stringify(report, null, 2));
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  console.error(
    report.committed
      ? `Imported ${report.rowsRead} rows.`
      : errors
        ? `${errors} problem(s) to fix first: nothing was written.`
        : `Dry run of ${report.rowsRead} rows: nothing was written (leave out --dry-run to import).`,
  );
  if (errors) exitCode = 1;
} finally {
  bar.stop();
  await server.close();
}
process.exit(exitCode);
