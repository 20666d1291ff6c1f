import { Global, Module } from '@nestjs/common';
import { ReadRouting } from '../common/read-routing.js';
import { DataVersionChannel } from './data-version-channel.js';
import { PoolMetrics } from './pool-metrics.js';
import { ReadReplica } from './read-replica.js';

/** What running several processes needs from the database: the read replica's routing, pool metrics,
 * and word of other processes' writes. */
@Global()
@Module({
  providers: [ReadReplica, PoolMetrics, DataVersionChannel, { provide: ReadRouting, useExisting: ReadReplica }],
  exports: [ReadReplica, ReadRouting],
})
export class OperationsModule {}
