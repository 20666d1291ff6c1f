import type { GraphQLFormattedError } from 'graphql';
import { fromDatabaseError } from './database-errors.js';

/**
 * The one place where errors become what clients see. Known codes pass through;
 * database constraint errors get their API code; anything else is an internal error
 * whose message is hidden outside development (no SQL, no stack traces).
 */
export function makeFormatError(exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const translated = fromDatabaseError(original);
    if (translated) {
      return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: translated.extensions };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (exposeInternals) return formatted;
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
