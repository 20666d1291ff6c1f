import { SetMetadata } from '@nestjs/common';

export const RATE_LIMIT = 'alumni-graph:rate-limit';
export type RateLimitKind = 'login' | 'none';

/** The stricter per-address limit of sign-in attempts. */
export const LoginRateLimit = () => SetMetadata(RATE_LIMIT, 'login' satisfies RateLimitKind);
/** No rate limit (health checks). */
export const NoRateLimit = () => SetMetadata(RATE_LIMIT, 'none' satisfies RateLimitKind);
