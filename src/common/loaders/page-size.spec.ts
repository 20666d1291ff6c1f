import { describe, expect, it } from '@jest/globals';
import { PARAM_ARGS_METADATA } from '@nestjs/graphql';
import { RequestLoaders } from './loaders.js';
import { PAGE_SIZE, PageSize, pagedLoader, pageSizeOf } from './page-size.js';

describe('page sizes of nested lists', () => {
  it('reads first: the default when left out or null, BAD_USER_INPUT on first outside 1..500', () => {
    expect(pageSizeOf({})).toBe(PAGE_SIZE.default);
    expect(pageSizeOf({ first: null })).toBe(PAGE_SIZE.default);
    expect(pageSizeOf(undefined)).toBe(PAGE_SIZE.default);
    expect(pageSizeOf({ first: 1 })).toBe(1);
    expect(pageSizeOf({ first: 500 })).toBe(500);
    for (const first of [0, -3, 501, 2.5]) {
      expect(() => pageSizeOf({ first })).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
      );
    }
  });

  it('leaves no parameter decorator behind, so Nest binds the resolver directly', () => {
    class R {
      @PageSize()
      list(_parent: unknown, args: { first?: number | null }) {
        return pageSizeOf(args);
      }
    }
    expect(Reflect.getMetadata(PARAM_ARGS_METADATA, R, 'list')).toBeUndefined();
  });

  it('runs one load per page size, each id with its own page, lists in key order; caches per (id, first)', async () => {
    const calls: [string[], number][] = [];
    const rows = [
      { parent: 'a', n: 1 },
      { parent: 'b', n: 2 },
      { parent: 'a', n: 3 },
    ];
    const def = pagedLoader(
      (ids: string[], first: number) => {
        calls.push([ids, first]);
        return Promise.resolve(ids.flatMap((id) => rows.filter((r) => r.parent === id).slice(0, first)));
      },
      (r) => r.parent,
    );
    const ctx = { req: null, res: null, loaders: new RequestLoaders() };
    const got = await Promise.all([
      def.load(ctx, { id: 'a', first: 1 }),
      def.load(ctx, { id: 'b', first: 2 }),
      def.load(ctx, { id: 'a', first: 2 }),
      def.load(ctx, { id: 'c', first: 1 }),
      def.load(ctx, { id: 'a', first: 1 }),
    ]);
    expect(got).toEqual([[rows[0]], [rows[1]], [rows[0], rows[2]], [], [rows[0]]]);
    expect(calls).toEqual([
      [['a', 'c'], 1],
      [['b', 'a'], 2],
    ]);
  });
});
