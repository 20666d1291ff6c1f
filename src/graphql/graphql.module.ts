import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Logger as PinoLogger } from 'pino';
import type { AuthenticatedRequest, GraphQLContext } from '../access/request-context.js';
import { viewerOf } from '../auth/access.guard.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { makeFormatError } from '../common/errors/format-error.js';
import { RequestLoaders } from '../common/loaders/loaders.js';
import type { AppConfig } from '../config/env.js';
import { JitExecutor, noProtoAlias } from './jit-executor.js';

/** Apollo on Nest: limits, error formatting, the per-request context and the graphql-jit executor. */
export function graphqlModule(config: AppConfig, logger: PinoLogger): DynamicModule {
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

  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [AuthModule],
    inject: [AuthService],
    useFactory: (auth: AuthService): Omit<ApolloDriverConfig, 'driver'> => ({
      ...armor,
      // Operations run compiled by graphql-jit (JitExecutor): the schema Nest builds goes to it
      // when Apollo starts. Nest passes every option on to `new ApolloServer()`; its config
      // type leaves out `gateway`, Apollo's way to plug in an executor.
      ...(config.graphql.jit
        ? ({
            transformSchema: (schema: GraphQLSchema) => (builtSchema = schema),
            gateway: new JitExecutor(() => builtSchema!),
          } as unknown as Partial<ApolloDriverConfig>)
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
  });
}
