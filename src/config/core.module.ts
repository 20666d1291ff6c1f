import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JWT_SECRET } from './jwt-secret.js';
import { APP_CONFIG, type AppConfig } from './env.js';

/** The validated configuration and the token secret, available to every module. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, jwtSecret: string): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JWT_SECRET, useValue: jwtSecret },
      ],
      exports: [APP_CONFIG, JWT_SECRET],
    };
  }
}
