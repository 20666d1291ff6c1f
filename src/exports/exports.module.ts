import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { CollaborationsModule } from '../collaborations/collaborations.module.js';
import { MentoringModule } from '../mentoring/mentoring.module.js';
import { ProBonoModule } from '../pro-bono/pro-bono.module.js';
import { UsersModule } from '../users/users.module.js';
import { DomainExports } from './domain-exports.js';
import { DownloadLinksResolver } from './download-links.resolver.js';
import { DownloadLinksService } from './download-links.service.js';
import { DownloadsController, ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';
import { ReportExports } from './report-exports.js';

/** Downloads of the lists staff work from and of the reports, as CSV or XLSX, by token or by signed link. */
@Module({
  imports: [AnalyticsModule, MentoringModule, CollaborationsModule, ProBonoModule, UsersModule],
  providers: [ReportExports, DomainExports, ExportsService, DownloadLinksService, DownloadLinksResolver],
  controllers: [ExportsController, DownloadsController],
})
export class ExportsModule {}
