import { expect } from '@jest/globals';
import type { GqlResult, TestApp } from './test-app.js';

/** Asserts the operation answered without errors and returns its data, typed as the spec selected it. */
export function expectOk<T>(res: GqlResult<T>): T {
  expect(res.errors).toBeUndefined();
  expect(res.data).not.toBeNull();
  expect(res.data).toBeDefined();
  return res.data as T;
}

/** Asserts the first error's `extensions.code` and, when given, `extensions.field`; returns that error. */
export function expectError(res: GqlResult<unknown>, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions).toMatchObject(field === undefined ? { code } : { code, field });
  return res.errors![0];
}

export interface StatementCounts<T> {
  small: { statements: number; data: T };
  large: { statements: number; data: T };
}

/**
 * The N+1 check: sends the operation for a small and a large parent set (`send(size)`), asserts
 * both answer without errors and with the same number of SQL statements (and at most `max`, when
 * given), logs the counts under `label`, and returns both answers for further checks.
 */
export async function expectConstantStatements<T>(
  t: Pick<TestApp, 'countSql'>,
  send: (size: number) => Promise<GqlResult<T>>,
  [smallSize, largeSize]: [number, number],
  { label, max }: { label: string; max?: number },
): Promise<StatementCounts<T>> {
  let small: GqlResult<T> | undefined;
  let large: GqlResult<T> | undefined;
  const smallCount = await t.countSql(async () => (small = await send(smallSize)));
  const largeCount = await t.countSql(async () => (large = await send(largeSize)));
  const counts = { small: { statements: smallCount, data: expectOk(small!) }, large: { statements: largeCount, data: expectOk(large!) } };
  console.log(`statements: ${label} ${smallSize} → ${smallCount}, ${largeSize} → ${largeCount}`);
  expect(largeCount).toBe(smallCount);
  if (max !== undefined) expect(largeCount).toBeLessThanOrEqual(max);
  return counts;
}
