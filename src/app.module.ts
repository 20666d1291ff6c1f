import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { makeFormatError } from './common/errors/format-error.js';
import { RequestLoaders, type GraphQLContext } from './common/loaders/loaders.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { APP_CONFIG, type AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthController } from './health/health.controller.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProgramsModule } from './programs/programs.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { PeopleModule } from './people/people.module.js';
import { VenturesModule } from './ventures/ventures.module.js';
import { EnrollmentsModule } from './enrollments/enrollments.module.js';
import { DemoModule } from './demo/demo.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: PinoLogger;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            autoLogging: { ignore: (req) => req.url === '/health' },
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: databaseUrl,
            poolSize: config.dbPoolSize,
            statementTimeoutMs: config.dbStatementTimeoutMs,
            logger,
            logSql: config.logSql,
          }),
          // Pending migrations run at start; the schema never comes from `synchronize`.
          migrationsRun: true,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.nodeEnv !== 'production',
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          formatError: makeFormatError(logger),
          context: ({ req, res }: { req: unknown; res: unknown }): GraphQLContext => ({
            req,
            res,
            loaders: new RequestLoaders(),
          }),
        }),
        TerminusModule,
        OrganizationsModule,
        ProgramsModule,
        CohortsModule,
        PeopleModule,
        VenturesModule,
        EnrollmentsModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: InputValidationPipe },
      ],
    };
  }
}
