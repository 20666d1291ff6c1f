import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PoolCounts, watchPool } from '../common/metrics.js';
import { ReadReplica } from './read-replica.js';

/** pg's pool behind a TypeORM data source, once it is connected. */
const poolOf = (dataSource: DataSource | undefined) => (): PoolCounts | undefined =>
  dataSource?.isInitialized ? (dataSource.driver as unknown as { master?: PoolCounts }).master : undefined;

/** Puts the primary's (and the replica's) connection pool on /metrics: in use, idle, waiting. */
@Injectable()
export class PoolMetrics implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly unwatch: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replica: ReadReplica,
  ) {}

  onApplicationBootstrap(): void {
    this.unwatch.push(watchPool('primary', poolOf(this.dataSource)));
    if (this.replica.configured) this.unwatch.push(watchPool('replica', poolOf(this.replica.dataSource)));
  }

  onModuleDestroy(): void {
    for (const stop of this.unwatch) stop();
  }
}
