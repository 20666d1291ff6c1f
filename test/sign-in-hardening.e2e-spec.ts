import { describe, expect, it } from '@jest/globals';
import { SignJWT } from 'jose';
import { useTestApp } from './utils/use-test-app.js';

const SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret-0123');
const ME = `{ me { id } }`;

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
