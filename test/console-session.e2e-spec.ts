import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { hashPassword } from '../src/users/passwords.js';
import { useTestApp } from './utils/use-test-app.js';

const PASSWORD = 'correct horse battery staple';
const ME = JSON.stringify({ query: '{ me { email roles } }' });
const CREATE_TOKEN = `mutation { createApiToken(input: { name: "csrf" }) { token } }`;

describe('console sign-in: an httpOnly, SameSite=Strict cookie session', () => {
  const t = useTestApp({ ACCESS_TOKEN_TTL_MINUTES: '30' });
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword(PASSWORD);
  });

  const signIn = (email: string, password = PASSWORD, contentType = 'application/json') =>
    fetch(`${t.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: contentType === 'application/json' ? JSON.stringify({ email, password }) : new URLSearchParams({ email, password }).toString(),
    });
  const cookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith('ag_session='));
  const sessionCookie = async (roles = [Role.MENTOR]) => {
    const user = await t.f.user(roles, hash);
    const res = await signIn(user.email);
    expect(res.status).toBe(200);
    return { user, cookie: cookieOf(res)!.split(';')[0] };
  };
  const gqlWithCookie = async (cookie: string, body = ME) =>
    (
      await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body })
    ).json() as Promise<any>;

  it('sets an httpOnly, SameSite=Strict cookie expiring like an access token, which then signs GraphQL requests', async () => {
    const user = await t.f.user([Role.MENTOR], hash);
    const res = await signIn(user.email.toUpperCase());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { expiresAt: string; user: { email: string; roles: string[] } };
    expect(body.user).toMatchObject({ email: user.email, roles: ['MENTOR'] });
    // The token is in the cookie only, never in what page scripts can read.
    const cookie = cookieOf(res)!;
    expect(JSON.stringify(body)).not.toContain(cookie.split(';')[0].split('=')[1]);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]).getTime();
    expect(Math.abs(expires - (Date.now() + 30 * 60_000))).toBeLessThan(5_000);
    expect(Math.abs(new Date(body.expiresAt).getTime() - expires)).toBeLessThan(1_000);
    const me = await gqlWithCookie(cookie.split(';')[0]);
    expect(me.data.me).toEqual({ email: user.email, roles: ['MENTOR'] });
    // Stored hashed only.
    const [row] = await t.dataSource.query(`SELECT token_hash, revoked_at FROM web_sessions WHERE user_id = $1`, [user.id]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.revoked_at).toBeNull();
  });

  it('refuses a wrong password and a form-encoded sign-in, setting no cookie', async () => {
    const user = await t.f.user([Role.STAFF], hash);
    const wrong = await signIn(user.email, 'wrong password!!');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(cookieOf(wrong)).toBeUndefined();
    const form = await signIn(user.email, PASSWORD, 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    expect(cookieOf(form)).toBeUndefined();
    expect(await t.dataSource.query(`SELECT 1 FROM web_sessions`)).toHaveLength(0);
  });

  it('refuses an expired, revoked or made-up session cookie', async () => {
    const { user, cookie } = await sessionCookie();
    await t.dataSource.query(`UPDATE web_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await gqlWithCookie(cookie);
    expect(expired.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(expired.data.me).toBeNull();
    const madeUp = await gqlWithCookie('ag_session=ags_not-a-session');
    expect(madeUp.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // A password change ends the sessions opened before it.
    const second = await sessionCookie();
    await t.dataSource.query(`UPDATE users SET password_changed_at = now() + interval '1 second' WHERE id = $1`, [second.user.id]);
    expect((await gqlWithCookie(second.cookie)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: the cookie is cleared and the session revoked, so a copy of it stops working', async () => {
    const { user, cookie } = await sessionCookie();
    expect((await gqlWithCookie(cookie)).data.me.email).toBe(user.email);
    const out = await fetch(`${t.url}/auth/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/^ag_session=;.*Expires=Thu, 01 Jan 1970/);
    const [row] = await t.dataSource.query(`SELECT revoked_at FROM web_sessions WHERE user_id = $1`, [user.id]);
    expect(row.revoked_at).not.toBeNull();
    expect((await gqlWithCookie(cookie)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // Signing out without a session is harmless.
    expect((await fetch(`${t.url}/auth/session`, { method: 'DELETE' })).status).toBe(204);
  });

  it('keeps CSRF protection: a cross-site form POST or a GET with the cookie runs no mutation', async () => {
    const { user, cookie } = await sessionCookie([Role.STAFF]);
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, cookie },
        body: JSON.stringify({ query: CREATE_TOKEN }),
      });
      expect(res.status).toBe(400);
    }
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(CREATE_TOKEN)}`, { headers: { cookie } });
    expect(get.status).toBe(400);
    expect(await t.dataSource.query(`SELECT 1 FROM api_tokens WHERE user_id = $1`, [user.id])).toHaveLength(0);
    // The console's own requests (JSON) do run it, as a signed-in password session may.
    const ok = await gqlWithCookie(cookie, JSON.stringify({ query: CREATE_TOKEN }));
    expect(ok.data.createApiToken.token).toMatch(/^agt_/);
  });

  it('keeps bearer tokens working for API clients; a bearer header wins over a cookie', async () => {
    const { cookie } = await sessionCookie();
    const res = await t.post(ME, { authorization: `Bearer ${t.accounts[Role.ANALYST].token}`, cookie });
    expect(((await res.json()) as any).data.me.roles).toEqual(['ANALYST']);
    expect((await t.gqlAs(Role.STAFF, '{ me { roles } }')).data).toEqual({ me: { roles: ['STAFF'] } });
  });
});
