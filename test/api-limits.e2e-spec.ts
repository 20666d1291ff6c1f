import { describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import type { GqlResult } from './utils/test-app.js';
import { expectError } from './utils/expect.js';

describe('the API protects itself', () => {
  const t = useTestApp(
    {
      NODE_ENV: 'production',
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_DIRECTIVES: '3',
      GRAPHQL_MAX_TOKENS: '400',
      GRAPHQL_MAX_COST: '300',
      BODY_LIMIT: '2kb',
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      RATE_LIMIT_PER_MINUTE: '50',
      CORS_ORIGINS: 'https://staff.example.org',
    },
    { reset: 'none' },
  );

  /** Sends an operation as ANALYST and counts the SQL it caused. */
  const rejected = async (query: string) => {
    let result: GqlResult | undefined;
    const sql = await t.countSql(async () => (result = await t.gqlAs(Role.ANALYST, query)));
    return { result: result!, sql };
  };

  it.each([
    ['depth', `{ cohorts { edges { node { program { cohorts { program { cohorts { id } } } } } } } }`, /depth/i],
    ['aliases', `{ a: me { id } b: me { id } c: me { id } d: me { id } }`, /alias/i],
    ['directives', `{ me { id @include(if: true) @include(if: true) @include(if: true) @include(if: true) } }`, /directive/i],
    ['cost', `{ me { ${'id '.repeat(250)}} }`, /cost/i],
  ])('rejects a query over the %s limit at validation, before any SQL', async (_limit, query, message) => {
    const { result, sql } = await rejected(query);
    expect(result.status).toBe(400);
    expectError(result, 'GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(message);
    expect(sql).toBe(0);
  });

  it('rejects a document over the token limit with a clean 400, before any SQL', async () => {
    const query = `{ me { ${Array.from({ length: 500 }, () => 'id').join(' ')} } }`;
    const { result, sql } = await rejected(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].message).toMatch(/more tha\w* 400 tokens/i);
    expect(sql).toBe(0);
  });

  it('answers 413 to a body over BODY_LIMIT', async () => {
    const response = await t.post(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(4000) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses batched requests and requests that could be cross-site (CSRF prevention)', async () => {
    const batch = await t.post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), {
      authorization: `Bearer ${t.accounts.STAFF.token}`,
    });
    expect(batch.status).toBe(400);
    const simple = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${t.accounts.STAFF.token}` },
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('turns introspection and the landing page off in production', async () => {
    const introspection = await t.gqlAs(Role.ADMIN, `{ __schema { queryType { name } } }`);
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html|sandbox/i);
    expect(page.status).toBe(400);
    // No GraphQL IDE either (GRAPHQL_IDE unset).
    expect((await fetch(`${t.url}/graphiql`)).status).toBe(404);
  });

  it('sends security headers and allows CORS only for configured origins', async () => {
    const ok = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://staff.example.org', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://staff.example.org');
    const other = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const health = await fetch(`${t.url}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-powered-by')).toBeNull();
    // A GraphQL POST takes the short way to Apollo (app.ts): the same headers, CORS included.
    const post = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://staff.example.org' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://staff.example.org');
    expect(post.headers.get('x-content-type-options')).toBe('nosniff');
    expect(post.headers.get('content-security-policy')).toBe(health.headers.get('content-security-policy'));
    expect(post.headers.get('x-powered-by')).toBeNull();
  });

  it('rate-limits sign-in attempts per client address with TOO_MANY_REQUESTS', async () => {
    const attempt = () =>
      t.gqlAs('ANONYMOUS', `mutation { login(input: { email: "x@test.example", password: "wrong password!!" }) { accessToken } }`);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt()).errors?.[0].extensions?.code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    const last = await attempt();
    expect(last.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('rate-limits each signed-in user separately', async () => {
    const codes = new Set<unknown>();
    for (let i = 0; i < 52; i++) codes.add((await t.gqlAs(Role.MENTOR, `{ programs { totalCount } }`)).errors?.[0].extensions?.code);
    expect(codes).toEqual(new Set([undefined, 'TOO_MANY_REQUESTS']));
    const other = await t.gqlAs(Role.ANALYST, `{ programs { totalCount } }`);
    expect(other.errors).toBeUndefined();
  });
});

describe('a rate limit taken from the shared count a few points at a time', () => {
  // 1% of 300: each process takes 3 points per upsert (auth/rate-limit.guard.ts, SharedLimit).
  const t = useTestApp({ RATE_LIMIT_PER_MINUTE: '300' }, { reset: 'none' });
  const COMPILED = `{ cohorts(first: 1) { totalCount edges { node { id } } } }`;
  const RESOLVED = `{ programs { totalCount } }`;

  it('lets exactly the limit through, compiled reads and resolved operations alike, in parallel bursts', async () => {
    // The compiled read is one statement of its own (graphql/compiled-reads), not the resolvers' path.
    expect(await t.countSql(() => t.gqlAs(Role.ANALYST, COMPILED))).toBe(1);
    const codes: unknown[] = [];
    for (let burst = 0; burst < 31; burst++) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => t.gqlAs(Role.ANALYST, (burst + i) % 2 ? COMPILED : RESOLVED)));
      codes.push(...answers.map((a) => a.errors?.[0].extensions?.code ?? 'OK'));
    }
    // 1 + 310 calls: 300 answered, the other 11 refused with the seconds to wait.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(299);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(11);
    const refused = await t.gqlAs(Role.ANALYST, COMPILED);
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await t.gqlAs(Role.STAFF, RESOLVED)).errors).toBeUndefined();
  });
});
