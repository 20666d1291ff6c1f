import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { factories } from './utils/factories.js';

/** Nested fields go through per-request DataLoaders: the statement count does not grow with the parents. */
describe('SQL statements per nested query', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.reset();
    const f = factories(t.dataSource);
    const program = await f.program();
    for (let year = 1970; year < 2020; year++) {
      const cohort = await f.cohort(program.id, year);
      for (let k = 0; k < 3; k++) {
        const venture = await f.venture();
        for (let p = 0; p < 2; p++) await f.founder(venture.id, (await f.person()).id);
        await f.enrollment(cohort.id, venture.id, [['APPLIED' as never, `${year}-03-01`], ['ADMITTED' as never, `${year}-04-01`]]);
      }
    }
  });
  afterAll(() => t.close());

  const QUERY = `query($first: Int) { cohorts(first: $first) { edges { node { year program { name }
    enrollments { status history { toStatus } venture { name graduatedOn founders { role person { name } } } } } } } }`;

  it('sends the same number of statements for 50 cohorts as for 2', async () => {
    let small: any;
    let large: any;
    const two = await t.countSql(async () => (small = await t.gql(QUERY, { first: 2 })));
    const fifty = await t.countSql(async () => (large = await t.gql(QUERY, { first: 50 })));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.cohorts.edges).toHaveLength(50);
    expect(large.data.cohorts.edges[49].node.enrollments[0].venture.founders).toHaveLength(2);
    console.log(`statements: 2 cohorts → ${two}, 50 cohorts → ${fifty} (cohorts × program × enrollments × history × venture × graduatedOn × founders × person)`);
    expect(fifty).toBe(two);
    // the caller's account, cohorts, program, enrollments, history, ventures, graduation dates, founders, people
    expect(fifty).toBeLessThanOrEqual(9);
  });
});
