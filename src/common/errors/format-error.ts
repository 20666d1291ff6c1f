import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { fromDatabaseError } from './database-errors.js';

/** The request as pino-http leaves it: its id, and its child logger that writes the id on every line. */
interface RequestWithLog {
  id?: unknown;
  log?: Logger;
}

export interface ErrorFormatting {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Notes which request each error came from, for the formatter's log line (Apollo gives it no context). */
  plugin: ApolloServerPlugin<{ req?: RequestWithLog }>;
}

/**
 * The one place where errors become what clients see. Known codes pass through;
 * database constraint errors get their API code; anything else is an internal error:
 * logged here with its stack through the request's own logger (its id and URL on the line, as
 * on the request's other lines), and sent to the client as a generic message
 * with a code, in every mode (no SQL, no stack traces, whatever NODE_ENV says).
 * In production, graphql-js's "Did you mean …" hints (fields, arguments, enum values,
 * types) are cut from every message: they spell out the schema to whoever guesses.
 */
export function makeErrorFormatting(logger: Logger, { production }: { production: boolean }): ErrorFormatting {
  const requests = new WeakMap<object, RequestWithLog>();
  // One listener for every request: Apollo calls didEncounterErrors right before it formats them.
  const listener: GraphQLRequestListener<{ req?: RequestWithLog }> = {
    didEncounterErrors: ({ contextValue, errors }) => {
      const req = contextValue?.req;
      if (req) for (const error of errors) requests.set(error, req);
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
    const req = typeof error === 'object' && error ? requests.get(error) : undefined;
    const log = req?.log ?? logger;
    log.error(
      { err: original, path: formatted.path, ...(req?.log ? {} : { req: { id: req?.id } }) },
      'internal error in a GraphQL operation',
    );
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
