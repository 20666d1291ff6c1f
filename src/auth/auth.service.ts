import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { isUuid } from '../common/persistence.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import type { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { ApiTokenEntity } from './api-token.entity.js';
import { WebSessionEntity } from './web-session.entity.js';
import { JWT_SECRET } from '../config/jwt-secret.js';
import { verifyPassword } from '../users/passwords.js';
import { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';
import { type Account, AccountCache } from './account-cache.js';

const ISSUER = 'alumni-graph';
const API_TOKEN_PREFIX = 'agt_';
const WEB_SESSION_PREFIX = 'ags_';
const VERIFIED_TOKENS_KEPT = 10_000;
const REQUIRED_CLAIMS = ['exp', 'sub', 'iat'];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface SignedIn {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  private readonly key: Uint8Array;
  /** Access tokens whose signature verified, oldest first (see verifyAccessToken). */
  private readonly verifiedTokens = new Map<string, { userId: string | undefined; issuedAt: number; expiresAtMs: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JWT_SECRET) secret: string,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly accounts: AccountCache,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /**
   * Email + password → a signed, expiring access token. Unknown email, wrong password or a
   * deactivated account: the same UNAUTHENTICATED error, after the same argon2 work. Too many
   * failures from this address (for this email, or at all): TOO_MANY_REQUESTS, known email or not.
   */
  async login(email: string, password: string, address: string): Promise<SignedIn> {
    const user = await this.checkPassword(email, password, address);
    return this.audit.transaction({ userId: user.id, email: user.email }, 'login', async (m, entry) => {
      await this.users.recordLoginSuccess(m, { id: user.id, email }, address);
      entry.entityIds(user.id);
      return { ...(await this.issueAccessToken(user)), user };
    });
  }

  /**
   * The console's sign-in: the same checks and throttling as `login`, but the result is a random
   * session token for an httpOnly cookie (stored hashed), expiring after ACCESS_TOKEN_TTL_MINUTES.
   */
  async startWebSession(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: UserEntity }> {
    const user = await this.checkPassword(email, password, address);
    const token = WEB_SESSION_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlMinutes * 60_000);
    return this.audit.transaction({ userId: user.id, email: user.email }, 'startWebSession', async (m, entry) => {
      await this.users.recordLoginSuccess(m, { id: user.id, email }, address);
      const session = await m.save(m.create(WebSessionEntity, { userId: user.id, tokenHash: sha256(token), expiresAt, revokedAt: null }));
      entry.entityIds(user.id, session.id);
      return { token, expiresAt, user };
    });
  }

  /** Signing out: the session stops working at once, whether or not it had expired. */
  async endWebSession(token: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE web_sessions SET revoked_at = now(), updated_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
      [sha256(token)],
    );
  }

  /** The viewer behind a session cookie: UNAUTHENTICATED when it is unknown, expired, revoked, or older than a password change. */
  async authenticateWebSession(token: string): Promise<Viewer> {
    const rows = await this.dataSource.query<UserRow[]>(
      `SELECT u.id, u.person_id, u.email, u.roles
         FROM web_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
          AND (u.password_changed_at IS NULL OR s.created_at >= u.password_changed_at)`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) throw new UnauthenticatedError('The session has expired or ended: sign in again');
    return { userId: row.id, personId: row.person_id, email: row.email, roles: row.roles, via: 'session' };
  }

  /** Email and password checked, throttled per address: the same refusal for every kind of failure. */
  private async checkPassword(email: string, password: string, address: string): Promise<UserEntity> {
    await this.users.claimPasswordAttempt(email, address);
    const user = await this.users.findByEmail(email);
    // Verified even without a user, so that every refusal takes the same argon2 time.
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || !user.active) throw new UnauthenticatedError('Wrong email or password');
    return user;
  }

  async issueAccessToken(user: Pick<UserEntity, 'id'>): Promise<{ accessToken: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlMinutes * 60_000);
    const accessToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { accessToken, expiresAt };
  }

  /**
   * The viewer behind an Authorization header: null without one; UNAUTHENTICATED for a token
   * that is malformed, expired, revoked, or whose user is deactivated (checked every request,
   * against the account as the AccountCache knows it: changes reach it at their commit).
   */
  async authenticate(header: string | undefined): Promise<Viewer | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    const token = match[1];
    if (token.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(token);
    const { userId, issuedAt } = await this.verifyAccessToken(token);
    const user = userId ? await this.accounts.get(userId, () => this.findAccount(userId)) : null;
    if (!user) throw new UnauthenticatedError('The account is deactivated or gone');
    if (user.passwordChangedAt && issuedAt < Math.floor(user.passwordChangedAt.getTime() / 1000)) {
      throw new UnauthenticatedError('The password has changed since this token was issued: sign in again');
    }
    return toViewer(user, 'access-token');
  }

  private async findAccount(id: string): Promise<Account | null> {
    const user = await this.users.findActive(id);
    return (
      user && { id: user.id, personId: user.personId, email: user.email, roles: user.roles, passwordChangedAt: user.passwordChangedAt }
    );
  }

  /**
   * The signature and claims of an access token. A token that verified once is remembered until
   * it expires (bounded): the same bytes always verify the same way, and WebCrypto's HMAC was
   * ~6% of a write's CPU. Expiry is still checked on every use; the account on every request (AccountCache).
   */
  private async verifyAccessToken(token: string): Promise<{ userId: string | undefined; issuedAt: number }> {
    const known = this.verifiedTokens.get(token);
    if (known && known.expiresAtMs > Date.now()) return known;
    if (known) this.verifiedTokens.delete(token);
    try {
      // Without `exp` a token would never expire; without `sub` or `iat` it names no one, or no time.
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: REQUIRED_CLAIMS });
      const verified = { userId: payload.sub, issuedAt: payload.iat!, expiresAtMs: payload.exp! * 1000 };
      if (this.verifiedTokens.size >= VERIFIED_TOKENS_KEPT) this.verifiedTokens.delete(this.verifiedTokens.keys().next().value!);
      this.verifiedTokens.set(token, verified);
      return verified;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('The access token has expired: sign in again');
      throw new UnauthenticatedError('The access token is not valid');
    }
  }

  private async authenticateApiToken(token: string): Promise<Viewer> {
    const rows = await this.dataSource.query<(UserRow & { token_id: string; last_used_at: Date | null })[]>(
      `SELECT u.id, u.person_id, u.email, u.roles, t.id AS token_id, t.last_used_at
         FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND u.active`,
      [sha256(token)],
    );
    const row = rows[0];
    if (!row) throw new UnauthenticatedError('The API token is not valid, expired or revoked');
    // Record use at most once a minute per token: no write on every request.
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await this.dataSource.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1`, [row.token_id]);
    }
    return { userId: row.id, personId: row.person_id, email: row.email, roles: row.roles, via: 'api-token' };
  }

  /** Creates a personal API token; the token itself is returned once and stored only hashed. */
  async createApiToken(viewer: Viewer, name: string, expiresInDays: number | null): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    // A leaked API token must not be able to mint itself a longer-lived successor.
    if (viewer.via === 'api-token') throw new ForbiddenError('Create API tokens after signing in with a password');
    const token = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
    return this.audit.transaction(viewer, 'createApiToken', async (m, entry) => {
      const apiToken = await m.save(
        m.create(ApiTokenEntity, {
          userId: viewer.userId,
          name,
          tokenHash: sha256(token),
          prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
          expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
        }),
      );
      entry.entityIds(apiToken.id);
      return { token, apiToken };
    });
  }

  listApiTokens(viewer: Viewer): Promise<ApiTokenEntity[]> {
    return this.dataSource.manager.find(ApiTokenEntity, { where: { userId: viewer.userId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Revokes one of the viewer's tokens (admins: anyone's); it stops working at once. */
  revokeApiToken(viewer: Viewer, id: string): Promise<ApiTokenEntity> {
    return this.audit.transaction(viewer, 'revokeApiToken', async (m) => {
      const token = isUuid(id) ? await m.findOne(ApiTokenEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!token || (token.userId !== viewer.userId && !viewer.roles.includes(Role.ADMIN))) {
        throw new NotFoundError('ApiToken', id, 'input.id');
      }
      token.revokedAt ??= new Date();
      return m.save(token);
    });
  }
}

interface UserRow {
  id: string;
  person_id: string;
  email: string;
  roles: Role[];
}

const toViewer = (user: Account, via: Viewer['via']): Viewer => ({
  userId: user.id,
  personId: user.personId,
  email: user.email,
  // A copy: the account is shared by the requests of this process.
  roles: [...user.roles],
  via,
});
