import { Args, Int, PARAM_ARGS_METADATA } from '@nestjs/graphql';
import { ValidationError } from '../errors/domain-errors.js';
import { LoaderDefinition, manyByKey } from './loaders.js';

/**
 * Page sizes of nested lists (a list field under an object: `Venture.mentoringSessions`). Each
 * takes `first: Int = 50` (1..500) and returns at most that many rows per parent, in the field's
 * documented order; the rest is reached through the root connection filtered by the parent where
 * there is one (`mentoringSessions(filter: { ventureId })`). Lists bounded by construction (a venture's SDGs,
 * its founders, a stage history that only moves forward) are listed in test/list-page-sizes.
 */
export const PAGE_SIZE = { default: 50, max: 500 } as const;

/** `first` as a field's argument; fields that keep `@Args` for other arguments declare it with `@Args('first', FIRST_ARG)`. */
export const FIRST_ARG = {
  type: () => Int,
  nullable: true,
  defaultValue: PAGE_SIZE.default,
  description: `At most this many rows per parent (1..${PAGE_SIZE.max}).`,
};

/** GraphQL's arguments of a paged list field. */
export interface PageArgs {
  first?: number | null;
}

/** The page size asked for: the default when left out or null; BAD_USER_INPUT on `first` outside 1..500. */
export function pageSizeOf(args: PageArgs | null | undefined): number {
  const first = args?.first;
  if (first == null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
    throw new ValidationError({ field: 'first', message: `must be between 1 and ${PAGE_SIZE.max}` });
  }
  return first;
}

/**
 * Declares `first: Int = 50` on a field resolver, as `@Args('first')` on its second parameter
 * would, but leaves no parameter decorator behind: the resolver keeps GraphQL's own signature
 * `(parent, args, context, info)` and Nest binds it directly (its fast path, see `VisibleTo`), so
 * a paged list on the hot path costs no pipes per parent. Read the value with `pageSizeOf(args)`.
 * Order with `@VisibleTo` does not matter; put both below `@ResolveField`.
 */
export function PageSize(): MethodDecorator {
  return (target, key) => {
    Args('first', FIRST_ARG)(target, key, 1);
    // Args recorded a parameter decorator for pipes too: take it back (nothing else is declared).
    const params = Reflect.getMetadata(PARAM_ARGS_METADATA, target.constructor, key) as Record<string, { index: number }>;
    if (Object.values(params).some((p) => p.index !== 1))
      throw new Error(`@PageSize needs the plain (parent, args, context, info) signature on ${String(key)}`);
    Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, key);
  };
}

/** A loader key of a paged list: the parent, the page size and the field's other arguments (if any). */
export interface PageKey<A = undefined> {
  id: string;
  first: number;
  args?: A;
}

/** Keys that share a statement: same page size, same other arguments. */
const statementKey = (k: PageKey<unknown>): string => `${k.first}|${k.args === undefined ? '' : JSON.stringify(k.args)}`;

/**
 * A loader for a paged list under a parent: `load(ids, first, args)` returns at most `first` rows
 * per id in one statement (a per-parent window: `row_number() OVER (PARTITION BY parent …) <= first`,
 * e.g. `findByAny`'s `perKey`), and `keyOf` names a row's parent. Keys with the same `first` (and
 * other arguments) share the statement, so a request costs one statement per (field, first),
 * whatever the number of parents; lists come back in key order. `rows` declares the kind for the
 * row policy, applied after the window as on any loader.
 */
export function pagedLoader<V, A = undefined>(
  load: (ids: string[], first: number, args: A) => Promise<V[]>,
  keyOf: (row: V) => string | null,
  options: { rows?: string } = {},
): LoaderDefinition<PageKey<A>, V[]> {
  return new LoaderDefinition<PageKey<A>, V[]>(
    async (keys) => {
      const groups = new Map<string, PageKey<A>[]>();
      for (const k of keys) {
        const group = groups.get(statementKey(k));
        if (group) group.push(k);
        else groups.set(statementKey(k), [k]);
      }
      const lists = new Map<string, V[]>();
      for (const [sk, group] of groups) {
        const ids = group.map((k) => k.id);
        const rows = await load(ids, group[0].first, group[0].args as A);
        manyByKey<V, string | null>(ids, rows, keyOf).forEach((list, i) => lists.set(`${sk}|${ids[i]}`, list));
      }
      return keys.map((k) => lists.get(`${statementKey(k)}|${k.id}`) ?? []);
    },
    { cacheKey: (k) => `${statementKey(k)}|${k.id}`, rows: options.rows },
  );
}
