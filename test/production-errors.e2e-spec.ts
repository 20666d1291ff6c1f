import { describe, expect, it } from '@jest/globals';
import { useTestApp } from './utils/use-test-app.js';

/**
 * Internal errors never reach clients with SQL or a stack trace, in production and with
 * NODE_ENV unset. The failure is real: the table the query needs is renamed for a moment,
 * so PostgreSQL answers `relation "organizations" does not exist`.
 */
describe.each([
  ['NODE_ENV=production', 'production'],
  ['NODE_ENV unset', ''],
])('internal errors with %s', (_label, nodeEnv) => {
  const t = useTestApp({ NODE_ENV: nodeEnv }, { reset: 'none' });

  it('reach the client as a generic message with a code, never SQL or a stack trace', async () => {
    await t.dataSource.query(`ALTER TABLE organizations RENAME TO organizations_hidden`);
    let result;
    try {
      result = await t.gql(`{ organizations(first: 5) { totalCount edges { node { name } } } }`);
    } finally {
      await t.dataSource.query(`ALTER TABLE organizations_hidden RENAME TO organizations`);
    }
    expect(result.status).toBe(200);
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors ?? [];
    expect(error).toEqual({
      message: 'Internal server error',
      path: ['organizations'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('still tell clients what they did wrong (known codes pass through without a stack trace)', async () => {
    const r = await t.gql(`{ organization(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(r.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', entity: 'Organization', id: '00000000-0000-4000-8000-000000000000' });
  });
});
