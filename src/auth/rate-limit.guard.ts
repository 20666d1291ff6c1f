import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TooManyRequestsError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { RATE_LIMIT, type RateLimitKind } from '../access/rate-limit.decorators.js';
import type { AuthenticatedRequest } from '../access/request-context.js';

/** Fixed one-minute windows per key, in this process's memory. */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts a hit; returns the seconds to wait when `limit` is exceeded, else 0. */
  hit(key: string, limit: number, now = Date.now()): number {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count > limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Rate limits: every operation counts against its caller (the signed-in user, or the client
 * address before sign-in), RATE_LIMIT_PER_MINUTE; `login` also against the client address,
 * LOGIN_RATE_LIMIT_PER_MINUTE. Over a limit: TOO_MANY_REQUESTS with the seconds to wait.
 * Runs after AccessGuard, which has put the viewer on the request.
 *
 * Written here rather than taken from @nestjs/throttler: its 6.x build is CommonJS that
 * require()s the ESM-only @nestjs/common 12, which Jest cannot load on Node 20.
 * Counters are per process: behind a load balancer each copy counts its own share.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly counter = new FixedWindowCounter();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const kind = this.reflector.getAllAndOverride<RateLimitKind | undefined>(RATE_LIMIT, [context.getHandler(), context.getClass()]);
    if (kind === 'none') return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest & { ip?: string } }>().req
        : context.switchToHttp().getRequest<AuthenticatedRequest & { ip?: string }>();
    const address = `ip:${req.ip ?? 'unknown'}`;
    const caller = req.viewer ? `user:${req.viewer.userId}` : address;
    const wait =
      (kind === 'login' ? this.counter.hit(`login:${address}`, this.config.loginRateLimitPerMinute) : 0) ||
      this.counter.hit(caller, this.config.rateLimitPerMinute);
    if (wait > 0) throw new TooManyRequestsError(wait);
    return true;
  }
}
