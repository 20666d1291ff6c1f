import { beforeAll, describe, expect, it } from '@jest/globals';
import { hashPassword } from '../src/users/passwords.js';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { onSql } from '../src/database/sql-logger.js';
import { ACTIVE_ACCOUNT_SQL } from '../src/users/users.service.js';
import { AuthService } from '../src/auth/auth.service.js';
import { expectError, expectOk } from './utils/expect.js';

const PASSWORD = 'correct horse battery staple';
type Login = { login: { accessToken: string; expiresAt: string; user: { roles: string[] } } };
const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { accessToken expiresAt user { email roles } } }`;

describe('accounts, sign-in and tokens', () => {
  const t = useTestApp({ LOGIN_MAX_FAILURES: '3' });
  const f = t.f;
  let hash: string;
  const asToken = async (token: string, query: string, variables?: Record<string, unknown>) =>
    (await t.post(JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` })).json() as Promise<any>;

  beforeAll(async () => {
    hash = await hashPassword(PASSWORD);
  });

  it('creates a user (admin), who signs in with any email case and reads `me`', async () => {
    const created = await t.gqlAs<{ createUser: { id: string } }>(
      Role.ADMIN,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles active person { name } } }`,
      {
        input: { email: 'Analyst@Example.org', password: PASSWORD, roles: ['ANALYST'], name: 'Mei Kato' },
      },
    );
    expect(created.data?.createUser).toMatchObject({
      email: 'Analyst@Example.org',
      roles: ['ANALYST'],
      active: true,
      person: { name: 'Mei Kato' },
    });
    const login = await t.gqlAs<Login>('ANONYMOUS', LOGIN, { email: 'analyst@example.ORG', password: PASSWORD });
    const { login: session } = expectOk(login);
    expect(new Date(session.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await asToken(session.accessToken, `{ me { email roles lastLoginAt } }`);
    expect(me.data?.me).toMatchObject({ email: 'Analyst@Example.org', roles: ['ANALYST'] });
    expect(me.data?.me.lastLoginAt).not.toBeNull();
    // Stored as an argon2 hash only; the schema has no field that could return it.
    const [row] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [created.data?.createUser.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const userType = await t.gqlAs(Role.ADMIN, `{ __type(name: "User") { fields { name } } }`);
    expect(JSON.stringify(userType.data)).not.toMatch(/password/i);
  });

  it('answers a wrong password and an unknown email alike, after the same argon2 work', async () => {
    const user = await f.user([Role.STAFF], hash);
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      const r = await t.gqlAs('ANONYMOUS', LOGIN, { email, password: 'wrong password!!' });
      return { r, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    };
    await time('warm-up@test.example');
    const wrong = await time(user.email);
    const unknown = await time('nobody@test.example');
    expect(wrong.r.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.r.errors?.[0].message).toBe(wrong.r.errors?.[0].message);
    expect(unknown.r.errors?.[0].extensions).toEqual(wrong.r.errors?.[0].extensions);
    // Both verify an argon2 hash (tens of ms); neither answers early.
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 3);
    expect(wrong.ms).toBeGreaterThan(unknown.ms / 3);
  });

  it('makes the guessing address wait after repeated failures, even with the right password, and only for a while', async () => {
    const user = await f.user([Role.STAFF], hash);
    for (let i = 0; i < 3; i++) await t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: 'wrong password!!' });
    const waiting = await t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD });
    expect(expectError(waiting, 'TOO_MANY_REQUESTS').extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const [row] = await t.dataSource.query(`SELECT blocked_until > now() AS waits FROM login_attempts WHERE account_key = $1`, [
      `email:${user.email.toLowerCase()}`,
    ]);
    expect(row.waits).toBe(true);
    await t.dataSource.query(`UPDATE login_attempts SET blocked_until = now() - interval '1 second'`);
    const after = await t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD });
    expect(after.errors).toBeUndefined();
  });

  it('gives a burst of parallel guesses no more tries than a sequence', async () => {
    const user = await f.user([Role.STAFF], hash);
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: 'wrong password!!' })),
    );
    const codes = burst.map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(3);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(5);
    const right = await t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD });
    expectError(right, 'TOO_MANY_REQUESTS');
  });

  it('stops the tokens of a deactivated user at once, and lets them in again when reactivated', async () => {
    const user = await f.user([Role.ANALYST], hash);
    const { accessToken } = expectOk(await t.gqlAs<Login>('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD })).login;
    const apiToken = (await asToken(accessToken, `mutation { createApiToken(input: { name: "notebook" }) { token } }`)).data?.createApiToken
      .token;
    expect((await asToken(accessToken, `{ me { id } }`)).data?.me.id).toBe(user.id);

    const off = await t.gqlAs<{ deactivateUser: { active: unknown } }>(
      Role.ADMIN,
      `mutation($id: ID!) { deactivateUser(input: { userId: $id }) { active } }`,
      { id: user.id },
    );
    expect(off.data?.deactivateUser.active).toBe(false);
    for (const token of [accessToken, apiToken]) {
      expect((await asToken(token, `{ me { id } }`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expectError(await t.gqlAs('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD }), 'UNAUTHENTICATED');

    await t.gqlAs(Role.ADMIN, `mutation($id: ID!) { reactivateUser(input: { userId: $id }) { active } }`, { id: user.id });
    expect((await asToken(accessToken, `{ me { id } }`)).data?.me.id).toBe(user.id);
  });

  it('remembers an account between requests, and honours changes made in SQL by hand on the next request', async () => {
    const user = await f.user([Role.ANALYST], hash);
    const { accessToken } = await t.server.app.get(AuthService).issueAccessToken(user);
    /** `{ me }` with this token, and how many times it looked the account up in the database. */
    const me = async () => {
      let lookups = 0;
      const stop = onSql((sql) => {
        if (sql === ACTIVE_ACCOUNT_SQL) lookups += 1;
      });
      try {
        return { answer: await asToken(accessToken, `{ me { id roles } }`), lookups };
      } finally {
        stop();
      }
    };
    const first = await me();
    expect(first.answer.data.me).toEqual({ id: user.id, roles: ['ANALYST'] });
    expect(first.lookups).toBe(1);
    // Then remembered (a change heard while the first lookup was on its way would make it ask once more).
    await me();
    expect((await me()).lookups).toBe(0);

    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect((await me()).answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await t.dataSource.query(`UPDATE users SET active = true, roles = '{STAFF}' WHERE id = $1`, [user.id]);
    expect((await me()).answer.data.me).toEqual({ id: user.id, roles: ['STAFF'] });
    await t.dataSource.query(`UPDATE users SET password_changed_at = now() + interval '1 second' WHERE id = $1`, [user.id]);
    expect((await me()).answer.errors[0].message).toMatch(/password has changed/);
    await t.dataSource.query(`UPDATE users SET password_changed_at = NULL WHERE id = $1`, [user.id]);
    expect((await me()).answer.data.me.id).toBe(user.id);
    await t.dataSource.query(`DELETE FROM users WHERE id = $1`, [user.id]);
    expect((await me()).answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('applies role changes on the next request, and keeps the last admin an admin', async () => {
    const user = await f.user([Role.ANALYST], hash);
    const { accessToken } = expectOk(await t.gqlAs<Login>('ANONYMOUS', LOGIN, { email: user.email, password: PASSWORD })).login;
    const write = `mutation { createOrganization(input: { name: "X", kind: NPO }) { id } }`;
    expect((await asToken(accessToken, write)).errors[0].extensions.code).toBe('FORBIDDEN');
    await t.gqlAs(Role.ADMIN, `mutation($id: ID!) { setRoles(input: { userId: $id, roles: [STAFF] }) { roles } }`, { id: user.id });
    expect((await asToken(accessToken, write)).errors).toBeUndefined();

    const lastAdmin = await t.gqlAs(Role.ADMIN, `mutation($id: ID!) { setRoles(input: { userId: $id, roles: [STAFF] }) { roles } }`, {
      id: t.accounts.ADMIN.userId,
    });
    expectError(lastAdmin, 'CONFLICT', 'input.userId');
    const deactivateSelf = await t.gqlAs(Role.ADMIN, `mutation($id: ID!) { deactivateUser(input: { userId: $id }) { id } }`, {
      id: t.accounts.ADMIN.userId,
    });
    expectError(deactivateSelf, 'CONFLICT');
  });

  it('refuses bad account input: short password, duplicate email, no name and no person', async () => {
    const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
    const short = await t.gqlAs(Role.ADMIN, CREATE, { input: { email: 'a@test.example', password: 'short', roles: ['STAFF'], name: 'A' } });
    expectError(short, 'BAD_USER_INPUT', 'input.password');
    const noRoles = await t.gqlAs(Role.ADMIN, CREATE, { input: { email: 'a@test.example', password: PASSWORD, roles: [], name: 'A' } });
    expectError(noRoles, 'BAD_USER_INPUT', 'input.roles');
    const noName = await t.gqlAs(Role.ADMIN, CREATE, { input: { email: 'a@test.example', password: PASSWORD, roles: ['STAFF'] } });
    expectError(noName, 'BAD_USER_INPUT', 'input.name');
    const dup = await t.gqlAs(Role.ADMIN, CREATE, {
      input: { email: 'STAFF@test.example', password: PASSWORD, roles: ['STAFF'], name: 'A' },
    });
    expectError(dup, 'CONFLICT', 'input.email');
    expect(await f.count('users')).toBe(4);
  });

  it('creates, lists and revokes personal API tokens, stored only hashed', async () => {
    const created = await t.gqlAs<{ createApiToken: { token: string; apiToken: { id: string; prefix: string } } }>(
      Role.ANALYST,
      `mutation { createApiToken(input: { name: "cohort report", expiresInDays: 30 }) { token apiToken { id name prefix expiresAt } } }`,
    );
    const { token, apiToken } = expectOk(created).createApiToken;
    expect(token).toMatch(/^agt_/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await t.dataSource.query(`SELECT token_hash FROM api_tokens`);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await asToken(token, `{ me { email } }`)).data?.me.email).toBe(t.accounts.ANALYST.email);
    // An API token cannot mint another (a leaked one must not outlive its expiry).
    expect(
      (await asToken(token, `mutation { createApiToken(input: { name: "x", expiresInDays: null }) { token } }`)).errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    // The API token carries its owner's roles, no more.
    expect((await asToken(token, `mutation { createVenture(input: { name: "X" }) { id } }`)).errors[0].extensions.code).toBe('FORBIDDEN');

    const list = await t.gqlAs<{ myApiTokens: unknown }>(Role.ANALYST, `{ myApiTokens { id name lastUsedAt revokedAt } }`);
    expect(list.data?.myApiTokens).toEqual([{ id: apiToken.id, name: 'cohort report', lastUsedAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(list)).not.toContain(token);
    const someoneElse = await t.gqlAs(Role.STAFF, `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { id } }`, { id: apiToken.id });
    expectError(someoneElse, 'NOT_FOUND');
    const revoked = await t.gqlAs<{ revokeApiToken: { revokedAt: unknown } }>(
      Role.ANALYST,
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { revokedAt } }`,
      { id: apiToken.id },
    );
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
    expect((await asToken(token, `{ me { email } }`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses forged, malformed and expired tokens with UNAUTHENTICATED', async () => {
    const forged = t.accounts.STAFF.token.slice(0, -4) + 'AAAA';
    expect((await asToken(forged, `{ me { id } }`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const malformed = await (await t.post(JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Basic abc' })).json();
    expect((malformed as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { SignJWT } = await import('jose');
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(t.accounts.STAFF.userId)
      .setIssuer('alumni-graph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('test-secret-test-secret-test-secret-0123'));
    const r = await asToken(expired, `{ me { id } }`);
    expect(r.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('expired') });
    // A token that verified once is remembered, but not past its expiry.
    const shortLived = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(t.accounts.STAFF.userId)
      .setIssuer('alumni-graph')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 1)
      .sign(new TextEncoder().encode('test-secret-test-secret-test-secret-0123'));
    expect((await asToken(shortLived, `{ me { id } }`)).data?.me.id).toBe(t.accounts.STAFF.userId);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const later = await asToken(shortLived, `{ me { id } }`);
    expect(later.errors[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('expired') });
  });

  it('changes a password after checking the current one, ending earlier sign-ins', async () => {
    await t.dataSource.query(`UPDATE users SET password_hash = $1 WHERE id = $2`, [hash, t.accounts.MENTOR.userId]);
    const { SignJWT } = await import('jose');
    const earlier = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(t.accounts.MENTOR.userId)
      .setIssuer('alumni-graph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 30)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('test-secret-test-secret-test-secret-0123'));
    const CHANGE = (current: string) =>
      `mutation { changePassword(input: { currentPassword: "${current}", newPassword: "a brand new passphrase" }) { id } }`;
    const wrong = await asToken(earlier, CHANGE('nope nope nope'));
    expect(wrong.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ok = await asToken(earlier, CHANGE(PASSWORD));
    expect(ok.errors).toBeUndefined();
    // The token from before the change stops working; a new sign-in works.
    expect((await asToken(earlier, `{ me { id } }`)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const { login } = expectOk(
      await t.gqlAs<Login>('ANONYMOUS', LOGIN, { email: t.accounts.MENTOR.email, password: 'a brand new passphrase' }),
    );
    expect(login.user.roles).toEqual(['MENTOR']);
    // Guessing the current password with a stolen token uses up the same attempt budget.
    for (let i = 0; i < 3; i++) await asToken(login.accessToken, CHANGE('guess guess guess'));
    expect((await asToken(login.accessToken, CHANGE('a brand new passphrase'))).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const waiting = await t.gqlAs('ANONYMOUS', LOGIN, { email: t.accounts.MENTOR.email, password: 'a brand new passphrase' });
    expectError(waiting, 'TOO_MANY_REQUESTS');
  });
});

describe('private fields and the audit log', () => {
  const t = useTestApp();
  const f = t.f;

  it('gives analysts null plus FORBIDDEN at the path of personal contact fields; staff see them', async () => {
    const person = await f.person({ name: 'Aoi', email: 'aoi@example.org', phone: '+81 3 0000 0000' });
    const QUERY = `query($id: ID!) { person(id: $id) { name email phone } }`;
    const analyst = await t.gqlAs(Role.ANALYST, QUERY, { id: person.id });
    expect(analyst.data).toEqual({ person: { name: 'Aoi', email: null, phone: null } });
    expect(analyst.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['person', 'email'], 'FORBIDDEN'],
      [['person', 'phone'], 'FORBIDDEN'],
    ]);
    const staff = await t.gqlAs<{ person: unknown }>(Role.STAFF, QUERY, { id: person.id });
    expect(staff.errors).toBeUndefined();
    expect(staff.data?.person).toEqual({ name: 'Aoi', email: 'aoi@example.org', phone: '+81 3 0000 0000' });
    const admin = await t.gqlAs<{ person: { email: unknown } }>(Role.ADMIN, QUERY, { id: person.id });
    expect(admin.data?.person.email).toBe('aoi@example.org');
  });

  it('shows mentors programs and cohorts but not who is in a cohort', async () => {
    const program = await f.program({ name: 'School' });
    const cohort = await f.cohort(program.id, 2021);
    const venture = await f.venture();
    await f.enrollment(cohort.id, venture.id, [[E.APPLIED, '2021-03-01']]);
    const r = await t.gqlAs(Role.MENTOR, `query($id: ID!) { cohort(id: $id) { year program { name } enrollments { id } } }`, {
      id: cohort.id,
    });
    expect(r.data).toEqual({ cohort: { year: 2021, program: { name: 'School' }, enrollments: null } });
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['cohort', 'enrollments'], 'FORBIDDEN']]);
    const analyst = await t.gqlAs<{ cohort: { enrollments: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { cohort(id: $id) { enrollments { id history { toStatus recordedBy } } } }`,
      { id: cohort.id },
    );
    expect(analyst.data?.cohort.enrollments).toEqual([{ id: expect.any(String), history: [{ toStatus: 'APPLIED', recordedBy: null }] }]);
    expect(analyst.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // Nor through their own person: founders' ventures are for staff and analysts.
    const viaMe = await t.gqlAs<{ me: { person: { ventures: unknown } } }>(Role.MENTOR, `{ me { person { ventures { id } } } }`);
    expect(viaMe.data?.me.person.ventures).toBeNull();
    expectError(viaMe, 'FORBIDDEN');
  });

  it('records who changed what for every successful mutation, nothing for a failed one, and refuses edits', async () => {
    const created = await t.gql<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(input: { name: "NEC", kind: COMPANY }) { id } }`,
    );
    const orgId = created.data?.createOrganization.id;
    await t.gql(`mutation($id: ID!) { updateOrganization(input: { id: $id, website: "https://www.nec.com" }) { id } }`, { id: orgId });
    const failed = await t.gql(`mutation { createOrganization(input: { name: "", kind: COMPANY }) { id } }`);
    expect(failed.errors).toBeDefined();

    const log = await t.gqlAs<{ auditLog: { totalCount: number; edges: { node: { operation: unknown } }[] } }>(
      Role.STAFF,
      `query($f: AuditLogFilter) { auditLog(filter: $f) { totalCount edges { node { operation entityIds actorUserId actorEmail at } } } }`,
      {
        f: { entityId: orgId },
      },
    );
    expect(log.data?.auditLog.totalCount).toBe(2);
    expect(log.data?.auditLog.edges.map((e) => e.node.operation)).toEqual(['updateOrganization', 'createOrganization']);
    expect(log.data?.auditLog.edges[0].node).toMatchObject({ entityIds: [orgId], actorUserId: t.accounts.STAFF.userId, actorEmail: null });
    const asAdmin = await t.gqlAs<{ auditLog: { edges: { node: { actorEmail: unknown } }[] } }>(
      Role.ADMIN,
      `query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { actorEmail } } } }`,
      { f: { entityId: orgId } },
    );
    expect(asAdmin.data?.auditLog.edges[0].node.actorEmail).toBe(t.accounts.STAFF.email);
    expect(await f.count('audit_log')).toBe(2);

    const byOperation = await t.gql<{ auditLog: { totalCount: number } }>(
      `{ auditLog(filter: { operations: ["createOrganization"] }) { totalCount } }`,
    );
    expect(byOperation.data?.auditLog.totalCount).toBe(1);
    const byActor = await t.gql<{ auditLog: { totalCount: number } }>(
      `query($a: ID!) { auditLog(filter: { actorUserId: $a }) { totalCount } }`,
      { a: t.accounts.ADMIN.userId },
    );
    expect(byActor.data?.auditLog.totalCount).toBe(0);

    await expect(t.dataSource.query(`UPDATE audit_log SET operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect(await f.count('audit_log')).toBe(2);
  });
});
