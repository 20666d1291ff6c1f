import { Module } from '@nestjs/common';
import { DemoDataService } from './demo.service.js';

@Module({ providers: [DemoDataService], exports: [DemoDataService] })
export class DemoModule {}
