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
function sharedLimit(dataSource: DataSource, keyPrefix: string, points: number): RateLimiterPostgres {
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
  return new RateLimiterPostgres(options);
}

/**
 * Rate limits: every operation counts against its caller (the signed-in user, or the client
 * address before sign-in), RATE_LIMIT_PER_MINUTE; `login` also against the client address,
 * LOGIN_RATE_LIMIT_PER_MINUTE. Over a limit: TOO_MANY_REQUESTS with the seconds to wait.
 * Runs after AccessGuard, which has put the viewer on the request.
 *
 * rate-limiter-flexible with its PostgreSQL store (one upsert per request) rather than
 * @nestjs/throttler: its 6.x build is CommonJS that require()s the ESM-only @nestjs/common 12,
 * which Jest cannot load on Node 20; and the counts must hold across processes.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly calls: RateLimiterPostgres;
  private readonly logins: RateLimiterPostgres;

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
async function consume(limiter: RateLimiterPostgres, key: string, limit: 'user' | 'address' | 'login'): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    rateLimitRefusals.inc({ limit });
    throw new TooManyRequestsError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
  }
}
