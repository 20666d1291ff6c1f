import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type GraphQLSchema, printSchema, type ValidationRule } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphQLContext } from '../access/request-context.js';
import type { CompiledReads } from './compiled-reads/compiled-reads.js';

type Compiled = CompiledQuery;

/** Operations kept compiled (by query hash and operation name), least recently used dropped first. */
const COMPILED_KEPT = 500;

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is compiled
 * once into JavaScript specialised for its selections, then reused. graphql-js interprets the
 * document on every request, allocating argument, path and info objects for every field: on the
 * benchmark's nested alumni query (~2,000 fields) that was about half of the bytes a request
 * allocated. Parsing, validation (depth and cost limits), the context and error formatting stay
 * Apollo's: this plugs in where Apollo runs execution, through its documented gateway interface
 * (a gateway is what supplies an executor). Resolvers are the same functions either way.
 *
 * graphql-js still answers what graphql-jit should not: a request whose operation Apollo could not
 * resolve (an unknown `operationName`: graphql-js refuses it, nothing runs), an operation
 * graphql-jit cannot compile, and variables that do not coerce (see below).
 *
 * `schema` is read when Apollo starts: the GraphQL module builds it first (see app.module.ts).
 */
export class JitExecutor implements GatewayInterface {
  /** null: graphql-jit could not compile it, graphql-js runs it. */
  private readonly compiled = new Map<string, Compiled | null>();
  private listener?: GatewaySchemaLoadOrUpdateCallback;

  /** `compiledReads`: reads answered by one SQL statement when it covers them (COMPILED_READS), tried first. */
  constructor(
    private readonly schema: () => GraphQLSchema,
    private readonly compiledReads?: CompiledReads,
  ) {}

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    this.listener = callback;
    return () => (this.listener = undefined);
  }

  load() {
    const schema = this.schema();
    this.listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
    const executor: GatewayExecutor = async ({ document, operation, queryHash, request, context }) => {
      const operationName = request.operationName ?? undefined;
      const interpreted = async () =>
        (await execute({ schema, document, operationName, contextValue: context, variableValues: request.variables })) as never;
      if (!operation || !queryHash || !document) return interpreted();
      if (this.compiledReads) {
        const answer = await this.compiledReads.execute({
          document,
          operation,
          operationName,
          queryHash,
          variables: request.variables ?? {},
          context: context as unknown as GraphQLContext,
        });
        if (answer) return answer as never;
      }
      const query = this.compiledFor(`${queryHash}:${operationName ?? ''}`, () => {
        const compiled = compileQuery(schema, document, operationName);
        return isCompiledQuery(compiled) ? compiled : null;
      });
      if (!query) return interpreted();
      const result = await query.query(undefined, context, request.variables ?? {});
      // No `data` key only when the variables did not coerce: nothing ran (graphql-jit parses them
      // first). graphql-js says so with the argument path in its messages (extensions.field is
      // read from them) and the variable's node (Apollo answers BAD_USER_INPUT, status 400): let
      // it answer the request instead.
      if (!('data' in result)) return interpreted();
      return (result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result) as never;
    };
    return Promise.resolve({ executor });
  }

  stop() {
    this.compiled.clear();
    this.compiledReads?.clear();
    return Promise.resolve();
  }

  private compiledFor(key: string, compile: () => Compiled | null): Compiled | null {
    let query = this.compiled.get(key);
    if (query !== undefined) {
      // Most recently used last: the first key is the one to drop.
      this.compiled.delete(key);
    } else {
      query = compile();
      if (this.compiled.size >= COMPILED_KEPT) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, query);
    return query;
  }
}

/**
 * graphql-jit's errors have read-only fields, and plugins after execution (graphql-armor's
 * suggestion masking) rewrite messages: hand Apollo graphql-js errors with the same content.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

/**
 * graphql-jit builds results as object literals, where a field aliased `__proto__` would set the
 * object's prototype instead of a key. No client needs that alias: refuse it at validation.
 */
export const noProtoAlias: ValidationRule = (context) => ({
  Field(node) {
    if (node.alias?.value === '__proto__') context.reportError(new GraphQLError('The alias "__proto__" is not allowed', { nodes: node }));
  },
});
