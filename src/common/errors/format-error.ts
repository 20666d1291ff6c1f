import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { fromDatabaseError } from './database-errors.js';

/**
 * The one place where errors become what clients see. Known codes pass through;
 * database constraint errors get their API code; anything else is an internal error:
 * logged here with its stack, and sent to the client as a generic message with a code,
 * in every mode (no SQL, no stack traces, whatever NODE_ENV says).
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error in a GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
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
