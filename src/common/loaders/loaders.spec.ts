import { describe, expect, it } from '@jest/globals';
import { LoaderDefinition, manyByKey, oneByKey, RequestLoaders } from './loaders.js';

describe('loader helpers', () => {
  it('oneByKey returns one row or null per key, in key order', () => {
    const rows = [{ id: 'b' }, { id: 'a' }];
    expect(oneByKey(['a', 'x', 'b'], rows, (r) => r.id)).toEqual([{ id: 'a' }, null, { id: 'b' }]);
  });

  it('manyByKey groups rows per key in key order, empty arrays for keys without rows', () => {
    const rows = [
      { k: 'b', n: 1 },
      { k: 'a', n: 2 },
      { k: 'b', n: 3 },
    ];
    expect(manyByKey(['a', 'b', 'c'], rows, (r) => r.k)).toEqual([
      [{ k: 'a', n: 2 }],
      [
        { k: 'b', n: 1 },
        { k: 'b', n: 3 },
      ],
      [],
    ]);
  });

  it('batches loads of one tick into one call, and keeps caches per request', async () => {
    const calls: string[][] = [];
    const def = new LoaderDefinition<string, string>((keys) => {
      calls.push([...keys]);
      return Promise.resolve(keys.map((k) => k.toUpperCase()));
    });
    const ctx = { req: null, res: null, loaders: new RequestLoaders() };
    expect(await Promise.all([def.load(ctx, 'a'), def.load(ctx, 'b'), def.load(ctx, 'a')])).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b']]);
    const other = { req: null, res: null, loaders: new RequestLoaders() };
    await def.load(other, 'a');
    expect(calls).toEqual([['a', 'b'], ['a']]);
  });

  it('drops rows the request may not see: from lists, and a single row as FORBIDDEN; asks for the rule once', async () => {
    let asked = 0;
    const loaders = new RequestLoaders(() => {
      asked += 1;
      return Promise.resolve((kind: string, row: unknown) => kind === 'Thing' && (row as { id: string }).id !== 'hidden');
    });
    const ctx = { loaders };
    const one = new LoaderDefinition<string, { id: string } | null>((ids) => Promise.resolve(ids.map((id) => ({ id }))), { rows: 'Thing' });
    const many = new LoaderDefinition<string, { id: string }[]>(
      (ids) => Promise.resolve(ids.map(() => [{ id: 'seen' }, { id: 'hidden' }])),
      {
        rows: 'Thing',
      },
    );
    const plain = new LoaderDefinition<string, { id: string }>((ids) => Promise.resolve(ids.map((id) => ({ id }))));
    expect(await one.load(ctx, 'seen')).toEqual({ id: 'seen' });
    await expect(one.load(ctx, 'hidden')).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await many.load(ctx, 'x')).toEqual([{ id: 'seen' }]);
    expect(await plain.load(ctx, 'hidden')).toEqual({ id: 'hidden' });
    expect(asked).toBe(1);
  });
});
