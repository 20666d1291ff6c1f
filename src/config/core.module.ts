import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { JWT_SECRET } from './jwt-secret.js';
import { APP_CONFIG, type AppConfig } from './env.js';

/** The validated configuration, the token secret and the clock, available to every module. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: JWT_SECRET, useValue: jwtSecret }, Clock],
      exports: [APP_CONFIG, JWT_SECRET, Clock],
    };
  }
}
