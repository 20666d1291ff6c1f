import DataLoader from 'dataloader';
import { ForbiddenError } from '../errors/domain-errors.js';

/** Decides whether the viewer may see one row of a kind (see access/row-policy.ts). */
export type RowFilter = (kind: string, row: unknown) => boolean;

/**
 * Per-request cache of DataLoaders. One instance lives on each GraphQL context, so
 * batches and caches never cross requests (or users).
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();
  private rowFilter?: Promise<RowFilter | null>;

  /**
   * `rowFilter` gives the viewer's row policy (null: sees every row); it is asked once, the
   * first time a loader that declares its rows' kind runs.
   */
  constructor(private readonly loadRowFilter: () => Promise<RowFilter | null> = () => Promise.resolve(null)) {}

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>((keys) => this.batch(definition, keys as K[]), {
        maxBatchSize: 1000,
        cacheKeyFn: definition.cacheKey as ((key: unknown) => unknown) | undefined,
      });
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Runs the batch, then drops what the viewer may not see: from lists, or a single row as FORBIDDEN. */
  private async batch<K, V>(definition: LoaderDefinition<K, V>, keys: K[]): Promise<(V | Error)[]> {
    const values = await definition.batch(keys);
    const kind = definition.rows;
    if (!kind) return values;
    const visible = await (this.rowFilter ??= this.loadRowFilter());
    if (!visible) return values;
    return values.map((value) => {
      if (Array.isArray(value)) return value.filter((row) => visible(kind, row)) as V;
      return value == null || visible(kind, value) ? value : new ForbiddenError(`This ${kind} is not yours to see`);
    });
  }
}

/** The part of a request's context that loaders need. */
export interface HasLoaders {
  loaders: RequestLoaders;
}

/**
 * A batch function a module contributes: given keys, one SQL statement, results in key order.
 * Resolvers call `definition.load(ctx, key)`.
 */
export class LoaderDefinition<K, V> {
  /** `cacheKey` turns object keys (e.g. an id plus field arguments) into comparable ones. */
  readonly cacheKey?: (key: K) => string;
  /** The kind of row it returns (one of access/row-policy.ts), so the row policy applies to it. */
  readonly rows?: string;

  constructor(
    readonly batch: (keys: readonly K[]) => Promise<V[]>,
    options: { cacheKey?: (key: K) => string; rows?: string } = {},
  ) {
    this.cacheKey = options.cacheKey;
    this.rows = options.rows;
  }

  load(ctx: HasLoaders, key: K): Promise<V> {
    return ctx.loaders.get(this).load(key);
  }

  /** Seeds this request's cache with a value read by another statement (kept if one is there). */
  prime(ctx: HasLoaders, key: K, value: V): void {
    ctx.loaders.get(this).prime(key, value);
  }
}

/** Orders `rows` to match `keys`: one row (or null) per key. */
export function oneByKey<R, K>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups `rows` by key in key order: an array (maybe empty) per key. */
export function manyByKey<R, K>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
