import { beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { Role } from '../src/access/role.enum.js';
import { hashPassword } from '../src/users/passwords.js';
import { type TestKit, useTestApp } from './utils/use-test-app.js';

const SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-0123');
const ME = `{ me { id } }`;
const PASSWORD = 'correct horse battery staple';
const WRONG = 'wrong password!!';
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken } }`;

interface Answer {
  code: string | undefined;
  retryAfterSeconds: number | undefined;
  /** The Retry-After HTTP header, in seconds. */
  header: number | undefined;
  token: string | undefined;
}

/** One sign-in over HTTP, from `from` (sent as X-Forwarded-For) when given. */
async function login(t: TestKit, email: string, password: string, from?: string): Promise<Answer> {
  const res = await t.post(JSON.stringify({ query: LOGIN, variables: { email, password } }), from ? { 'x-forwarded-for': from } : {});
  const body = (await res.json()) as {
    data?: { login: { accessToken: string } } | null;
    errors?: { extensions: { code: string; retryAfterSeconds?: number } }[];
  };
  const header = res.headers.get('retry-after');
  return {
    code: body.errors?.[0].extensions.code,
    retryAfterSeconds: body.errors?.[0].extensions.retryAfterSeconds,
    header: header === null ? undefined : Number(header),
    token: body.data?.login?.accessToken,
  };
}

const fail = (t: TestKit, email: string, from: string | undefined, times: number) =>
  Array.from({ length: times }).reduce<Promise<unknown>>((p) => p.then(() => login(t, email, WRONG, from)), Promise.resolve());

/** Ends every wait now, as if the time had passed. */
const waitsOver = (t: TestKit) => t.dataSource.query(`UPDATE login_attempts SET blocked_until = now() - interval '1 second'`);

describe('access tokens must carry exp, sub and iat', () => {
  const t = useTestApp();
  const me = async (token: string) =>
    (await t.post(JSON.stringify({ query: ME }), { authorization: `Bearer ${token}` })).json() as Promise<{
      data?: { me: { id: string } } | null;
      errors?: { extensions: { code: string } }[];
    }>;
  const mint = (claims: { sub?: boolean; iat?: boolean; exp?: boolean }) => {
    const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer('alumni-graph');
    if (claims.sub) jwt.setSubject(t.accounts.STAFF.userId);
    if (claims.iat) jwt.setIssuedAt();
    if (claims.exp) jwt.setExpirationTime('1h');
    return jwt.sign(SECRET);
  };

  it('accepts a token with all three, signed with the real secret', async () => {
    const body = await me(await mint({ sub: true, iat: true, exp: true }));
    expect(body.data?.me.id).toBe(t.accounts.STAFF.userId);
  });

  it.each([
    ['exp', { sub: true, iat: true }],
    ['sub', { iat: true, exp: true }],
    ['iat', { sub: true, exp: true }],
  ])('refuses a correctly signed token without %s as UNAUTHENTICATED', async (_missing, claims) => {
    const body = await me(await mint(claims));
    expect(body.data?.me ?? null).toBeNull();
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in throttling per (account, address) and per address', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES: '3', LOGIN_ADDRESS_MAX_FAILURES: '5', TRUST_PROXY: 'loopback' });
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword(PASSWORD);
  });

  it('makes the guessing address wait, while the owner signs in from another address', async () => {
    const admin = await t.f.user([Role.ADMIN], hash);
    await fail(t, admin.email, '203.0.113.9', 3);
    const refused = await login(t, admin.email, PASSWORD, '203.0.113.9');
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', token: undefined });
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.header).toBe(refused.retryAfterSeconds);
    // The owner, elsewhere, is not locked out; the guessing address may still try other accounts.
    expect((await login(t, admin.email, PASSWORD, '198.51.100.4')).token).toEqual(expect.any(String));
    const other = await t.f.user([Role.STAFF], hash);
    expect((await login(t, other.email, PASSWORD, '203.0.113.9')).token).toEqual(expect.any(String));
  });

  it('doubles the wait after each further failure, and forgives the pair on a right password', async () => {
    const user = await t.f.user([Role.STAFF], hash);
    await fail(t, user.email, '203.0.113.9', 3);
    expect((await login(t, user.email, WRONG, '203.0.113.9')).retryAfterSeconds).toBeLessThanOrEqual(2);
    await waitsOver(t);
    expect((await login(t, user.email, WRONG, '203.0.113.9')).code).toBe('UNAUTHENTICATED');
    const longer = await login(t, user.email, PASSWORD, '203.0.113.9');
    expect(longer.code).toBe('TOO_MANY_REQUESTS');
    expect(longer.retryAfterSeconds).toBeGreaterThan(2);
    expect(longer.retryAfterSeconds).toBeLessThanOrEqual(4);
    await waitsOver(t);
    expect((await login(t, user.email, PASSWORD, '203.0.113.9')).token).toEqual(expect.any(String));
    const rows = await t.dataSource.query(`SELECT 1 FROM login_attempts WHERE account_key <> '' AND address = '203.0.113.9'`);
    expect(rows).toHaveLength(0);
    expect((await login(t, user.email, WRONG, '203.0.113.9')).code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown email exactly like a known one, waits included', async () => {
    const user = await t.f.user([Role.STAFF], hash);
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await login(t, user.email, WRONG, '203.0.113.9'));
      unknown.push(await login(t, 'nobody@test.example', WRONG, '203.0.113.10'));
    }
    const shape = (a: Answer) => ({ ...a, retryAfterSeconds: a.retryAfterSeconds && 'some', header: a.header && 'some' });
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expect(known.map((a) => a.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });

  it('makes an address that fails against many accounts wait, for every account', async () => {
    const user = await t.f.user([Role.STAFF], hash);
    for (let i = 0; i < 5; i++) expect((await login(t, `guess${i}@test.example`, WRONG, '203.0.113.9')).code).toBe('UNAUTHENTICATED');
    expect((await login(t, user.email, PASSWORD, '203.0.113.9')).code).toBe('TOO_MANY_REQUESTS');
    expect((await login(t, user.email, PASSWORD, '198.51.100.4')).token).toEqual(expect.any(String));
  });

  it('keeps the counters in PostgreSQL, keyed by the address X-Forwarded-For names when the proxy is trusted', async () => {
    await fail(t, 'Someone@Test.example', '203.0.113.9', 2);
    const rows = await t.dataSource.query(`SELECT account_key, address, failures FROM login_attempts ORDER BY account_key`);
    expect(rows).toEqual([
      { account_key: '', address: '203.0.113.9', failures: 2 },
      { account_key: 'email:someone@test.example', address: '203.0.113.9', failures: 2 },
    ]);
  });
});

describe('without TRUST_PROXY, X-Forwarded-For is not believed', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES: '3' });

  it('counts the socket address, however the header rotates', async () => {
    for (let i = 0; i < 3; i++) expect((await login(t, 'target@test.example', WRONG, `203.0.113.${i}`)).code).toBe('UNAUTHENTICATED');
    const refused = await login(t, 'target@test.example', WRONG, '203.0.113.99');
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.header).toBe(refused.retryAfterSeconds);
    const addresses = await t.dataSource.query<{ address: string }[]>(`SELECT DISTINCT address FROM login_attempts`);
    expect(addresses.map((r) => r.address)).toEqual([expect.stringMatching(/127\.0\.0\.1|::1/)]);
  });
});

describe('the per-address rate limit on /graphql', () => {
  const t = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

  it('is not bypassed by rotating X-Forwarded-For, and its refusal carries Retry-After', async () => {
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i++) answers.push(await login(t, `x${i}@test.example`, WRONG, `203.0.113.${i}`));
    expect(answers.map((a) => a.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    expect(answers[3].retryAfterSeconds).toBeGreaterThan(0);
    expect(answers[3].header).toBe(answers[3].retryAfterSeconds);
  });
});
