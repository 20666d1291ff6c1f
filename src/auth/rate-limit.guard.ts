import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { type IRateLimiterStoreOptions, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../common/errors/domain-errors.js';
import { rateLimitRefusals } from '../common/metrics.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { RATE_LIMIT, type RateLimitKind } from '../access/rate-limit.decorators.js';
import type { AuthenticatedRequest } from '../access/request-context.js';

type Query = { text: string; values?: unknown[] };
type Pool = { query(query: Query): Promise<unknown> };

/**
 * One limit (points per minute) counted in the `rate_limits` table, shared by every process.
 * The table comes from a migration (`tableCreated`). Statements go through the app's pool
 * unnamed: the library names its prepared statements, which PgBouncer in transaction mode does
 * not keep. When the database does not answer, this process counts alone in memory meanwhile.
 */
function sharedLimit(dataSource: DataSource, keyPrefix: string, points: number): SharedLimit {
  const pool = () => (dataSource.driver as unknown as { master: Pool }).master;
  const storeClient = { query: (q: Query) => pool().query({ text: q.text, values: q.values }) };
  const options: IRateLimiterStoreOptions & { tableCreated: boolean } = {
    storeClient,
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    keyPrefix,
    points,
    duration: 60,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: 60 }),
  };
  return new SharedLimit(new RateLimiterPostgres(options), points);
}

/** Points a process takes from the shared count at once: 1% of the limit, between 1 and 100. */
export const leaseSize = (points: number): number => Math.min(100, Math.max(1, Math.floor(points / 100)));

interface Lease {
  /** Points taken and not used yet. */
  left: number;
  /** When the window they were taken in ends (Date.now() scale). */
  until: number;
  /** The shared count had passed the limit: once `left` is used, refused until `until`. */
  last: boolean;
}

const LEASES_KEPT = 10_000;

/**
 * A shared limit whose points a process takes from the `rate_limits` row a few at a time
 * (leaseSize: 1% of the limit), then hands out from memory until they are used or their window
 * ends: one upsert per lease instead of one per request. Up to a limit of 199 a lease is one
 * point: one upsert per call, exactly as before. A lease taken past the limit holds only the points
 * still under it, and after those the key is refused until its window ends, without asking again
 * (the shared count only grows within a window). So the limit is never exceeded; with several
 * processes, points one holds unused count for it, and another may be refused up to 1% early.
 */
class SharedLimit {
  private readonly lease: number;
  private readonly leases = new Map<string, Lease>();
  private readonly taking = new Map<string, Promise<Lease>>();

  constructor(
    private readonly limiter: RateLimiterPostgres,
    private readonly points: number,
  ) {
    this.lease = leaseSize(points);
  }

  /** One point for `key`; over the limit, rejects with the milliseconds until its window ends. */
  async consume(key: string): Promise<void> {
    // One point at a time: one upsert per call, as the library does it.
    if (this.lease === 1) {
      const lease = await this.take(key);
      if (lease.left === 0) throw new Refused(lease.until - Date.now());
      return;
    }
    // Calls that come while a lease is on its way wait for it rather than take their own.
    for (let pending = this.taking.get(key); ; pending = this.taking.get(key)) {
      if (this.use(key)) return;
      if (!pending) break;
      await pending.catch(() => undefined);
    }
    const taking = this.take(key);
    this.taking.set(key, taking);
    let lease: Lease;
    try {
      lease = await taking;
    } finally {
      this.taking.delete(key);
    }
    if (this.leases.size >= LEASES_KEPT) this.forgetEnded();
    this.leases.set(key, lease);
    if (!this.use(key)) throw new Refused(Math.max(0, lease.until - Date.now()));
  }

  /** Uses a point of the key's lease: true when there was one; throws Refused after the last one. */
  private use(key: string): boolean {
    const lease = this.leases.get(key);
    const now = Date.now();
    if (!lease || lease.until <= now) return false;
    if (lease.left > 0) {
      lease.left -= 1;
      return true;
    }
    if (lease.last) throw new Refused(lease.until - now);
    return false;
  }

  /** Takes a lease of points for `key` from the shared count. */
  private async take(key: string): Promise<Lease> {
    let res: RateLimiterRes;
    let over = false;
    try {
      res = await this.limiter.consume(key, this.lease);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      res = refusal;
      over = true;
    }
    // Past the limit, the points of this lease that were still under it.
    const left = over ? Math.max(0, Math.min(this.lease, this.points - (res.consumedPoints - this.lease))) : this.lease;
    return { left, until: Date.now() + res.msBeforeNext, last: over };
  }

  private forgetEnded(): void {
    const now = Date.now();
    for (const [key, lease] of this.leases) if (lease.until <= now) this.leases.delete(key);
    if (this.leases.size >= LEASES_KEPT) this.leases.delete(this.leases.keys().next().value!);
  }
}

/** A call over its limit: the milliseconds until the window ends. */
class Refused extends Error {
  constructor(readonly msBeforeNext: number) {
    super('over the rate limit');
  }
}

/**
 * Rate limits: every operation counts against its caller (the signed-in user, or the client
 * address before sign-in), RATE_LIMIT_PER_MINUTE; `login` also against the client address,
 * LOGIN_RATE_LIMIT_PER_MINUTE. Over a limit: TOO_MANY_REQUESTS with the seconds to wait.
 * Runs after AccessGuard, which has put the viewer on the request.
 *
 * rate-limiter-flexible with its PostgreSQL store (one upsert per lease of points, see SharedLimit) rather than
 * @nestjs/throttler: its 6.x build is CommonJS that require()s the ESM-only @nestjs/common 12,
 * which Jest cannot load on Node 20; and the counts must hold across processes.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly calls: SharedLimit;
  private readonly logins: SharedLimit;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.calls = sharedLimit(dataSource, 'api', config.rateLimitPerMinute);
    this.logins = sharedLimit(dataSource, 'login', config.loginRateLimitPerMinute);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const kind = this.reflector.getAllAndOverride<RateLimitKind | undefined>(RATE_LIMIT, [context.getHandler(), context.getClass()]);
    if (kind === 'none') return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest & { ip?: string } }>().req
        : context.switchToHttp().getRequest<AuthenticatedRequest & { ip?: string }>();
    const address = `ip:${req.ip ?? 'unknown'}`;
    const caller = req.viewer ? consume(this.calls, `user:${req.viewer.userId}`, 'user') : consume(this.calls, address, 'address');
    // Both counts at once (one round trip of latency, not two); the login limit's refusal wins.
    const [login, call] = await Promise.allSettled([kind === 'login' ? consume(this.logins, address, 'login') : undefined, caller]);
    if (login.status === 'rejected') throw login.reason;
    if (call.status === 'rejected') throw call.reason;
    return true;
  }

  /**
   * Counts one call of a signed-in viewer, as `canActivate` does for an operation's root field:
   * for the reads graphql/compiled-reads answers without running the resolvers (and their guards).
   * Over the limit: TOO_MANY_REQUESTS.
   */
  countCall(userId: string): Promise<void> {
    return consume(this.calls, `user:${userId}`, 'user');
  }
}

/** Counts one point; over the limit, TOO_MANY_REQUESTS with the seconds until the window ends. */
async function consume(limiter: SharedLimit, key: string, limit: 'user' | 'address' | 'login'): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof Refused)) throw refusal;
    rateLimitRefusals.inc({ limit });
    throw new TooManyRequestsError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
  }
}
