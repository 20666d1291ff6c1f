import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { fromDatabaseError } from './database-errors.js';

export interface ErrorFormatting {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Notes which request each error came from, for the formatter's log line (Apollo gives it no context). */
  plugin: ApolloServerPlugin<{ req?: { id?: unknown } }>;
}

/**
 * The one place where errors become what clients see. Known codes pass through;
 * database constraint errors get their API code; anything else is an internal error:
 * logged here with its stack and request id, and sent to the client as a generic message
 * with a code, in every mode (no SQL, no stack traces, whatever NODE_ENV says).
 * In production, graphql-js's "Did you mean …" hints (fields, arguments, enum values,
 * types) are cut from every message: they spell out the schema to whoever guesses.
 */
export function makeErrorFormatting(logger: Logger, { production }: { production: boolean }): ErrorFormatting {
  const requestIds = new WeakMap<object, unknown>();
  // One listener for every request: Apollo calls didEncounterErrors right before it formats them.
  const listener: GraphQLRequestListener<{ req?: { id?: unknown } }> = {
    didEncounterErrors: ({ contextValue, errors }) => {
      const id = contextValue?.req?.id;
      if (id !== undefined) for (const error of errors) requestIds.set(error, id);
      return Promise.resolve();
    },
  };
  const plugin: ErrorFormatting['plugin'] = { requestDidStart: () => Promise.resolve(listener) };

  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const translated = fromDatabaseError(original);
    if (translated) {
      return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: translated.extensions };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      if (code === 'BAD_USER_INPUT' && !extensions.field) {
        const field = variableField(formatted.message);
        if (field) extensions.field = field;
      }
      return { ...formatted, message: production ? withoutSuggestions(formatted.message) : formatted.message, extensions };
    }
    const requestId = typeof error === 'object' && error ? requestIds.get(error) : undefined;
    logger.error({ err: original, path: formatted.path, req: { id: requestId } }, 'internal error in a GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
  return { formatError: format, plugin };
}

/** `… on type "Query". Did you mean "organizations"?` → `… on type "Query".` */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * The argument path of a variable that failed to coerce, from graphql-js's message, in the
 * services' notation: `Variable "$input" got invalid value … at "input.organizerIds[0]"` gives
 * `input.organizerIds.0`; a missing or unknown field is named after its parent's path
 * (`input.title`); with no "at", the variable's own name.
 */
function variableField(message: string): string | undefined {
  const match =
    /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s.exec(message) ?? /^Variable "\$(\w+)" got invalid value/.exec(message);
  if (!match) return undefined;
  const path = (match[2] ?? match[1]).replace(/\[(\d+)\]/g, '.$1');
  const field = /; Field "(\w+)" (?:of required type .* was not provided|is not defined)/.exec(message)?.[1];
  return field ? `${path}.${field}` : path;
}
