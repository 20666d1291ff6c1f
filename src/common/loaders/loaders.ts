import DataLoader from 'dataloader';

/**
 * Per-request cache of DataLoaders. One instance lives on each GraphQL context, so
 * batches and caches never cross requests (or users).
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderDefinition<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(definition: LoaderDefinition<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(definition as LoaderDefinition<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>((keys) => definition.batch(keys as K[]), {
        maxBatchSize: 1000,
        cacheKeyFn: definition.cacheKey as ((key: unknown) => unknown) | undefined,
      });
      this.loaders.set(definition as LoaderDefinition<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
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
  constructor(
    readonly batch: (keys: readonly K[]) => Promise<V[]>,
    readonly cacheKey?: (key: K) => string,
  ) {}

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
