import { Global, Module } from '@nestjs/common';
import { AccountCache } from '../auth/account-cache.js';
import { ReadRouting } from '../common/read-routing.js';
import { DataVersionChannel } from './data-version-channel.js';
import { PoolMetrics } from './pool-metrics.js';
import { ReadReplica } from './read-replica.js';

/** What running several processes needs from the database: the read replica's routing, pool metrics,
 * and word of other processes' writes and of changed accounts. */
@Global()
@Module({
  providers: [ReadReplica, PoolMetrics, DataVersionChannel, AccountCache, { provide: ReadRouting, useExisting: ReadReplica }],
  exports: [ReadReplica, ReadRouting, AccountCache],
})
export class OperationsModule {}
