import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { RateLimitGuard } from './auth/rate-limit.guard.js';
import { AppErrorFilter } from './common/errors/error.filter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { CoreModule } from './config/core.module.js';
import type { AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlModule } from './graphql/graphql.module.js';
import { OperationsModule } from './database/operations.module.js';
import { REDACT, requestId, requestProps } from './config/logging.js';
import { HealthController } from './health/health.controller.js';
import { MetricsController } from './health/metrics.controller.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProgramsModule } from './programs/programs.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { PeopleModule } from './people/people.module.js';
import { VenturesModule } from './ventures/ventures.module.js';
import { EnrollmentsModule } from './enrollments/enrollments.module.js';
import { UsersModule } from './users/users.module.js';
import { MentoringModule } from './mentoring/mentoring.module.js';
import { CollaborationsModule } from './collaborations/collaborations.module.js';
import { ProBonoModule } from './pro-bono/pro-bono.module.js';
import { EventsModule } from './events/events.module.js';
import { OutcomesModule } from './outcomes/outcomes.module.js';
import { AlumniModule } from './alumni/alumni.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { MergesModule } from './merges/merges.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { DemoModule } from './demo/demo.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  logger: PinoLogger;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, jwtSecret, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, jwtSecret),
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            // Probes and scrapes come every few seconds: no line each.
            autoLogging: { ignore: (req) => /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '') },
            redact: REDACT,
            genReqId: requestId,
            customProps: requestProps,
          },
          // nestjs-pino runs each request in an AsyncLocalStorage context; on /graphql, where one
          // request makes thousands of promises, its hooks cost ~20% of the CPU (measured with
          // bench/). GraphQL requests are logged by plain pino-http in app.ts instead.
          exclude: [{ method: RequestMethod.ALL, path: 'graphql' }],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: databaseUrl,
            poolSize: config.dbPoolSize,
            statementTimeoutMs: config.dbStatementTimeoutMs,
            idleInTransactionTimeoutMs: config.dbIdleInTransactionTimeoutMs,
            logger,
            logSql: config.logSql,
          }),
          // Pending migrations run at start; the schema never comes from `synchronize`.
          migrationsRun: true,
        }),
        OperationsModule,
        graphqlModule(config, logger),
        AuditModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        ProgramsModule,
        CohortsModule,
        PeopleModule,
        VenturesModule,
        EnrollmentsModule,
        MentoringModule,
        CollaborationsModule,
        ProBonoModule,
        EventsModule,
        OutcomesModule,
        AlumniModule,
        AnalyticsModule,
        ExportsModule,
        MergesModule,
        ImportsModule,
        DemoModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        // Order matters: who is calling first, then how often.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useExisting: RateLimitGuard },
      ],
    };
  }
}
