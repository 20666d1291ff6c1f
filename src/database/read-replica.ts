import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReadRouting, trackWriters, wroteWithin } from '../common/read-routing.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { dataSourceOptions } from './data-source.js';

/** Seconds the replica is behind the primary: 0 when it has replayed all it received. */
const LAG_SQL = `SELECT CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8 AS lag`;

/**
 * The optional read replica (DATABASE_REPLICA_URL). Its lag is measured every second; reads are
 * sent to it only while it answers and lags less than REPLICA_MAX_LAG_SECONDS, and never for a
 * caller who wrote within that many seconds, in this process or another (read-your-writes: the
 * data-version channel tells every process who wrote). Without a replica every read goes to
 * the primary, as before.
 */
@Injectable()
export class ReadReplica extends ReadRouting implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ReadReplica');
  readonly configured: boolean;
  readonly maxLagSeconds: number;
  private readonly replica?: DataSource;
  /** The replica's data source, when one is configured. */
  get dataSource(): DataSource | undefined {
    return this.replica;
  }
  private usable = false;
  private timer?: NodeJS.Timeout;
  private connecting?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.configured = Boolean(config.databaseReplicaUrl);
    this.maxLagSeconds = config.replicaMaxLagSeconds;
    if (config.databaseReplicaUrl) {
      trackWriters();
      this.replica = new DataSource({
        ...dataSourceOptions({
          url: config.databaseReplicaUrl,
          poolSize: config.dbPoolSize,
          statementTimeoutMs: config.dbStatementTimeoutMs,
        }),
        migrations: [],
        subscribers: [],
      });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.replica) return;
    await this.poll();
    this.timer = setInterval(() => void this.poll(), 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.connecting?.catch(() => undefined);
    if (this.replica?.isInitialized) await this.replica.destroy();
  }

  forReading(userId: string | null | undefined): DataSource {
    if (!this.replica || !this.usable) return this.primary;
    if (userId && wroteWithin(userId, this.maxLagSeconds * 1000)) return this.primary;
    return this.replica;
  }

  /** Seconds the replica lags behind (throws when it does not answer). */
  async lagSeconds(): Promise<number> {
    if (!this.replica) return 0;
    if (!this.replica.isInitialized) await (this.connecting ??= this.replica.initialize().finally(() => (this.connecting = undefined)));
    const [row] = await this.replica.query<{ lag: number }[]>(LAG_SQL);
    return Math.round(row.lag * 1000) / 1000;
  }

  private async poll(): Promise<void> {
    const was = this.usable;
    try {
      this.usable = (await this.lagSeconds()) <= this.maxLagSeconds;
    } catch {
      this.usable = false;
    }
    if (was !== this.usable)
      this.logger.warn(this.usable ? 'reads go to the replica' : 'the replica is down or lags: reads go to the primary');
  }
}
