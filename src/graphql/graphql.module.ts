import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import type { Logger as PinoLogger } from 'pino';
import type { AuthenticatedRequest, GraphQLContext } from '../access/request-context.js';
import { type RowRule, scopedRowRule, seesAllRows, type VentureScope } from '../access/row-policy.js';
import type { Viewer } from '../access/viewer.js';
import { viewerOf } from '../auth/access.guard.js';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { makeErrorFormatting } from '../common/errors/format-error.js';
import { RequestLoaders } from '../common/loaders/loaders.js';
import type { AppConfig } from '../config/env.js';
import { MentoringModule } from '../mentoring/mentoring.module.js';
import { MentorsService } from '../mentoring/mentors.service.js';
import { variableCostLimit } from './cost-limit.js';
import { JitExecutor, noProtoAlias } from './jit-executor.js';
import { CompiledReads } from './compiled-reads/compiled-reads.js';
import { stringifyResult } from './compiled-reads/prebuilt-json.js';
import { RateLimitGuard } from '../auth/rate-limit.guard.js';
import { requestObserver } from './request-observer.js';

const NO_ROWS: VentureScope = { ventureIds: new Set(), enrollmentIds: new Set() };

/** The request's row policy (access/row-policy.ts): none for staff and analysts, else the mentor's scope. */
async function rowFilterOf(viewer: () => Promise<Viewer | null>, mentors: MentorsService): Promise<RowRule | null> {
  const who = await viewer();
  if (who && seesAllRows(who)) return null;
  return scopedRowRule(who ? await mentors.ventureScope(who) : NO_ROWS);
}

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
    // Armor hides field suggestions only; the formatter cuts every "Did you mean" in production.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const errors = makeErrorFormatting(logger, { production });

  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    imports: [AuthModule, MentoringModule],
    inject: [AuthService, MentorsService, getDataSourceToken(), RateLimitGuard],
    useFactory: (
      auth: AuthService,
      mentors: MentorsService,
      dataSource: DataSource,
      limit: RateLimitGuard,
    ): Omit<ApolloDriverConfig, 'driver'> => ({
      ...armor,
      // Operations run compiled by graphql-jit (JitExecutor): the schema Nest builds goes to it
      // when Apollo starts. Nest passes every option on to `new ApolloServer()`; its config
      // type leaves out `gateway`, Apollo's way to plug in an executor.
      ...(config.graphql.jit
        ? ({
            transformSchema: (schema: GraphQLSchema) => (builtSchema = schema),
            gateway: new JitExecutor(
              () => builtSchema!,
              // Counted by the app's own guard (the same rate_limits rows and leases of points).
              config.graphql.compiledReads
                ? new CompiledReads(
                    () => builtSchema!,
                    dataSource,
                    (userId) => limit.countCall(userId),
                  )
                : undefined,
            ),
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
      formatError: errors.formatError,
      // Compiled reads' JSON from PostgreSQL goes out as its text; anything else as Apollo writes it.
      stringifyResult,
      playground: false,
      // Merged, not replaced: a later `plugins:` key would silently drop armor's.
      plugins: [
        ...armor.plugins,
        // Armor counts `first` only where the document spells it out; this counts variables too.
        variableCostLimit(config.graphql.maxCost),
        errors.plugin,
        requestObserver,
        // The default cache-control plugin wraps every field resolver (willResolveField) to compute
        // HTTP cache hints nobody uses here: measurable overhead on wide nested queries.
        ApolloServerPluginCacheControlDisabled(),
        // Apollo's landing page loads from its CDN (blank offline): the console's GraphiQL replaces it.
        ApolloServerPluginLandingPageDisabled(),
      ] as ApolloDriverConfig['plugins'],
      validationRules: [...armor.validationRules, noProtoAlias],
      // No database work here: the viewer is authenticated lazily, by the guard or a private field.
      context: ({ req, res }: { req: AuthenticatedRequest; res: unknown }): GraphQLContext => {
        const viewer = () => viewerOf(auth, req);
        return { req, res, viewer, loaders: new RequestLoaders(() => rowFilterOf(viewer, mentors)) };
      },
    }),
  });
}
