import { Controller, Get, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators.js';
import { NoRateLimit } from '../access/rate-limit.decorators.js';
import { ReadReplica } from '../database/read-replica.js';

type Status = { status: 'up' | 'down'; [detail: string]: unknown };
type Checks = Record<string, Status>;

/** A promise that rejects after `ms` (a check never hangs a probe: the pool itself waits 5 s). */
const timeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref())]);

/**
 * Probes for an orchestrator or a load balancer.
 * - `/health/live`: the process answers (no database): a liveness probe must not restart every
 *   process while the database is down.
 * - `/health/ready`: the database answers, every migration this build knows is applied, and with
 *   a read replica configured, the replica answers and lags less than REPLICA_MAX_LAG_SECONDS.
 *   503 otherwise: take the process out of the load balancer, do not restart it.
 * - `/health`: the same as `/health/ready` (before, it checked the database only).
 * Only up or down is said: driver errors (host, port, authentication) stay in the log.
 */
@Controller('health')
@Public()
@NoRateLimit()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replica: ReadReplica,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok', info: { process: { status: 'up', uptimeSeconds: Math.round(process.uptime()) } } };
  }

  @Get('ready')
  ready() {
    return this.readiness();
  }

  @Get()
  check() {
    return this.readiness();
  }

  private async readiness() {
    const checks: Checks = { ...(await this.primary()), ...(this.replica.configured ? { replica: await this.replicaStatus() } : {}) };
    const up = Object.values(checks).every((check) => check.status === 'up');
    const info = Object.fromEntries(Object.entries(checks).filter(([, check]) => check.status === 'up'));
    const error = Object.fromEntries(Object.entries(checks).filter(([, check]) => check.status === 'down'));
    if (!up) throw new HttpException({ status: 'error', info, error }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ok', info, error };
  }

  /** The database answers, and every migration of this build is recorded as applied. */
  private async primary(): Promise<Checks> {
    const names = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    try {
      const [row] = await timeout(
        this.dataSource.query<{ applied: number }[]>(`SELECT count(*)::int AS applied FROM migrations WHERE name = ANY($1)`, [names]),
        2000,
      );
      const pending = names.length - row.applied;
      return { database: { status: 'up' }, migrations: pending ? { status: 'down', pending } : { status: 'up' } };
    } catch {
      return { database: { status: 'down' } };
    }
  }

  private async replicaStatus(): Promise<Status> {
    try {
      const lag = await timeout(this.replica.lagSeconds(), 2000);
      const max = this.replica.maxLagSeconds;
      return lag <= max ? { status: 'up', lagSeconds: lag } : { status: 'down', lagSeconds: lag, maxLagSeconds: max };
    } catch {
      return { status: 'down' };
    }
  }
}
