import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { TooManyRequestsError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';

/** The address row's account key: failures from one address against every account. */
const ANY_ACCOUNT = '';
/** Failures older than this are forgotten (the next one counts from 1 again). */
const FORGET_AFTER = `interval '24 hours'`;
const SWEEP_EVERY = 1000;

// $1 account key, $2 address, $3 failures allowed per pair, $4 per address, $5 longest wait (s).
const maxOf = (key: string) => `CASE WHEN ${key} = '' THEN $4::int ELSE $3::int END`;
/** From the max-th failure on, the wait doubles: 2, 4, 8 … seconds, up to $5. */
const waitAfter = (failures: string, max: string) =>
  `CASE WHEN ${failures} >= ${max} THEN now() + make_interval(secs => least(power(2, least(${failures} - ${max} + 1, 30)), $5::int)) END`;
const NEXT = `CASE WHEN a.last_attempt_at < now() - ${FORGET_AFTER} THEN 1 ELSE a.failures + 1 END`;

/**
 * Upserts the pair row and the address row, each counting the attempt as a failure, unless
 * either waits. The pre-check reads a snapshot; the ON CONFLICT condition sees the latest row, so
 * parallel guesses on one row queue up and stop at the wait like sequential ones.
 */
const CLAIM = `
  INSERT INTO login_attempts AS a (account_key, address, failures, blocked_until, last_attempt_at)
  SELECT k, $2, 1, ${waitAfter('1', maxOf('k'))}, now()
    FROM unnest(ARRAY[$1::text, '']) AS k
   WHERE NOT EXISTS (SELECT 1 FROM login_attempts
                      WHERE address = $2 AND account_key IN ($1, '') AND blocked_until > now())
  ON CONFLICT (account_key, address) DO UPDATE
     SET failures = ${NEXT}, blocked_until = ${waitAfter(NEXT, maxOf('a.account_key'))}, last_attempt_at = now()
   WHERE a.blocked_until IS NULL OR a.blocked_until <= now()
  RETURNING a.account_key`;

/**
 * Slows password guessing without locking the owner out: failures are counted per (account,
 * client address) and per address, in PostgreSQL so every process sees them. Past
 * LOGIN_MAX_FAILURES for a pair (LOGIN_ADDRESS_MAX_FAILURES for an address), further attempts
 * from that address wait, twice as long after each failure, up to LOGIN_BACKOFF_MAX_MINUTES.
 * The owner signing in from elsewhere is not affected. Unknown emails are counted the same way,
 * so the answers do not tell which accounts exist.
 */
@Injectable()
export class LoginThrottleService {
  private claims = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Claims one attempt before the password is checked, counted as a failure until `succeeded`
   * gives it back. While the pair or the address waits: TOO_MANY_REQUESTS with the seconds left.
   */
  async claim(email: string, address: string): Promise<void> {
    if (++this.claims % SWEEP_EVERY === 0) await this.sweep();
    const { maxFailures, addressMaxFailures, backoffMaxSeconds } = this.config.login;
    const key = accountKey(email);
    const claimed = await this.dataSource.query<unknown[]>(CLAIM, [key, address, maxFailures, addressMaxFailures, backoffMaxSeconds]);
    if (claimed.length === 2) return;
    const [{ wait }] = await this.dataSource.query<{ wait: number | null }[]>(
      `SELECT ceil(extract(epoch FROM max(blocked_until) - now()))::int AS wait
         FROM login_attempts WHERE address = $2 AND account_key IN ($1, '')`,
      [key, address],
    );
    throw new TooManyRequestsError(Math.max(wait ?? 1, 1));
  }

  /**
   * A right password: the pair's failures are forgiven, and the address gets its claim back, with
   * the wait that claim may have started (an earlier wait had ended, or the claim was refused).
   */
  async succeeded(manager: EntityManager, email: string, address: string): Promise<void> {
    await manager.query(
      `WITH forgiven AS (DELETE FROM login_attempts WHERE account_key = $1 AND address = $2)
       UPDATE login_attempts SET failures = greatest(failures - 1, 0), blocked_until = NULL
        WHERE account_key = $3 AND address = $2`,
      [accountKey(email), address, ANY_ACCOUNT],
    );
  }

  /** Rows whose failures are forgotten anyway. */
  private async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_attempts WHERE last_attempt_at < now() - ${FORGET_AFTER} AND (blocked_until IS NULL OR blocked_until < now())`,
    );
  }
}

/** Never '' (the address row), whatever the email. */
const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;

/** The client address the throttle counts: Express's req.ip, which honours TRUST_PROXY only. */
export const clientAddress = (req: unknown): string => (req as { ip?: string } | undefined)?.ip ?? 'unknown';
