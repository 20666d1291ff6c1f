import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { ExportsController } from './exports.controller.js';

/** Read-only reports across every module's tables, in SQL. */
@Module({
  providers: [AnalyticsService, AnalyticsResolver],
  controllers: [ExportsController],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
