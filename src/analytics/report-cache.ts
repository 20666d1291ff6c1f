import { dataVersion } from '../common/data-version.js';

/**
 * Reports kept in memory for `seconds`, keyed by report and arguments, while the data version
 * stays the same (no write by any process since, common/data-version.ts). Concurrent identical requests share one
 * computation; with `seconds` 0 every request computes.
 */
export class ReportCache {
  private readonly entries = new Map<string, { version: number; expires: number; value: Promise<unknown> }>();
  private version = -1;

  constructor(readonly seconds: number) {}

  get<T>(report: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.seconds) return compute();
    const key = `${report}:${JSON.stringify(args ?? null)}`;
    const version = dataVersion();
    // A write made every entry stale: drop them all rather than let them sit until evicted.
    if (this.version !== version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
    const value = compute();
    if (this.entries.size >= 200) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { version, expires: Date.now() + this.seconds * 1000, value });
    // A failed computation is not kept (but a newer entry under the same key is).
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}
