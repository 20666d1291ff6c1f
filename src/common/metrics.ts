import prom from 'prom-client';

/**
 * The process's Prometheus metrics (served at /metrics, see health/metrics.controller.ts).
 * Defined once per process; every app built in it (tests build several) counts into them.
 * Names carry the `alumni_graph_` prefix; Node's own (event-loop lag, heap, GC) come from
 * prom-client's default collectors.
 */
export const registry = new prom.Registry();
prom.collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

const registers = [registry];

export const requestsTotal = new prom.Counter({
  name: 'alumni_graph_requests_total',
  help: 'Requests by GraphQL operation name (or HTTP route) and outcome (OK or the error code)',
  labelNames: ['operation', 'outcome'] as const,
  registers,
});

export const requestSeconds = new prom.Histogram({
  name: 'alumni_graph_request_duration_seconds',
  help: 'Time from the request to the end of the response, by operation and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers,
});

export const statementTimeouts = new prom.Counter({
  name: 'alumni_graph_db_statement_timeouts_total',
  help: 'SQL statements cancelled by statement_timeout (DB_STATEMENT_TIMEOUT_MS)',
  registers,
});

export const rateLimitRefusals = new prom.Counter({
  name: 'alumni_graph_rate_limit_refusals_total',
  help: 'Requests refused with TOO_MANY_REQUESTS by the rate limits, by limit (user, address, login)',
  labelNames: ['limit'] as const,
  registers,
});

export const exportRows = new prom.Counter({
  name: 'alumni_graph_export_rows_total',
  help: 'Rows written to CSV exports, by export',
  labelNames: ['export'] as const,
  registers,
});

export const importRows = new prom.Counter({
  name: 'alumni_graph_import_rows_total',
  help: 'Rows read by imports, by import and outcome (accepted, rejected)',
  labelNames: ['import', 'outcome'] as const,
  registers,
});

/** A connection pool as pg.Pool shows it. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Map<string, () => PoolCounts | undefined>();

/** Watches a pool under `name` (primary, replica, listen…) until the returned function is called. */
export function watchPool(name: string, pool: () => PoolCounts | undefined): () => void {
  pools.set(name, pool);
  return () => {
    if (pools.get(name) === pool) pools.delete(name);
  };
}

new prom.Gauge({
  name: 'alumni_graph_db_pool_connections',
  help: 'Database pool connections by pool and state: in_use, idle, waiting (requests waiting for a connection)',
  labelNames: ['pool', 'state'] as const,
  registers,
  collect() {
    this.reset();
    for (const [name, read] of pools) {
      const counts = read();
      if (!counts) continue;
      this.set({ pool: name, state: 'in_use' }, counts.totalCount - counts.idleCount);
      this.set({ pool: name, state: 'idle' }, counts.idleCount);
      this.set({ pool: name, state: 'waiting' }, counts.waitingCount);
    }
  },
});

/**
 * Operation names are chosen by callers: the first 200 distinct ones are labels, later ones
 * count as `(other)`, so a client cannot grow the metrics without bound.
 */
const operations = new Set<string>();
export function operationLabel(name: string): string {
  if (operations.has(name)) return name;
  if (operations.size >= 200) return '(other)';
  operations.add(name);
  return name;
}
