import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

/** Spreadsheet imports (roster, ...): above the domains, it writes cohorts, ventures, people and enrollments in one transaction. */
@Module({
  providers: [ImportsService],
  controllers: [ImportsController],
  exports: [ImportsService],
})
export class ImportsModule {}
