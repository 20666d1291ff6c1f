import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { GraphQLSchema } from 'graphql';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AccessGuard, type AuthenticatedRequest, viewerOf } from './auth/access.guard.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { RateLimitGuard } from './auth/rate-limit.guard.js';
import { AppErrorFilter } from './common/errors/error.filter.js';
import { makeFormatError } from './common/errors/format-error.js';
import { JitExecutor, noProtoAlias } from './common/graphql/jit-executor.js';
import { RequestLoaders, type GraphQLContext } from './common/loaders/loaders.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { CoreModule } from './config/core.module.js';
import type { AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthController } from './health/health.controller.js';
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
import { DemoModule } from './demo/demo.module.js';

/** Request headers never written to the log. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie'];
/** Request ids unique across both request loggers (see app.ts). */
export const requestId = (): string => randomUUID();

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  jwtSecret: string;
  logger: PinoLogger;
}

@Module({})
export class AppModule {
  static register({ config, databaseUrl, jwtSecret, logger }: AppModuleOptions): DynamicModule {
    const production = config.nodeEnv === 'production';
    let builtSchema: GraphQLSchema | undefined;
    // Depth, cost, alias and directive limits run as validation rules: before any resolver or SQL.
    const armor = new ApolloArmor({
      maxDepth: { n: config.graphql.maxDepth },
      costLimit: { maxCost: config.graphql.maxCost },
      maxAliases: { n: config.graphql.maxAliases },
      maxDirectives: { n: config.graphql.maxDirectives },
      // Apollo's own parser limit (parseOptions below) answers a clean 400.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: production },
    }).protect();

    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, jwtSecret),
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            autoLogging: { ignore: (req) => req.url === '/health' },
            redact: REDACT,
            genReqId: requestId,
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
            logger,
            logSql: config.logSql,
          }),
          // Pending migrations run at start; the schema never comes from `synchronize`.
          migrationsRun: true,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService): Omit<ApolloDriverConfig, 'driver'> => ({
            ...armor,
            // Operations run compiled by graphql-jit (JitExecutor): the schema Nest builds goes to it
            // when Apollo starts. Nest passes every option on to `new ApolloServer()`; its config
            // type leaves out `gateway`, Apollo's way to plug in an executor.
            ...(config.graphql.jit
              ? ({ transformSchema: (schema: GraphQLSchema) => (builtSchema = schema), gateway: new JitExecutor(() => builtSchema!) } as unknown as Partial<ApolloDriverConfig>)
              : {}),
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: config.graphql.introspection,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            parseOptions: { maxTokens: config.graphql.maxTokens },
            includeStacktraceInErrorResponses: false,
            formatError: makeFormatError(logger),
            playground: false,
            // Merged, not replaced: a later `plugins:` key would silently drop armor's.
            plugins: [
              ...armor.plugins,
              // The default cache-control plugin wraps every field resolver (willResolveField) to compute
              // HTTP cache hints nobody uses here: measurable overhead on wide nested queries.
              ApolloServerPluginCacheControlDisabled(),
              production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
            ] as ApolloDriverConfig['plugins'],
            validationRules: [...armor.validationRules, noProtoAlias],
            // No database work here: the viewer is authenticated lazily, by the guard or a private field.
            context: ({ req, res }: { req: AuthenticatedRequest; res: unknown }): GraphQLContext => ({
              req,
              res,
              loaders: new RequestLoaders(),
              viewer: () => viewerOf(auth, req),
            }),
          }),
        }),
        TerminusModule,
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
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        // Order matters: who is calling first, then how often.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
