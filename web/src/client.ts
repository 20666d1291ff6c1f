import { cacheExchange, Client, type CombinedError, fetchExchange } from 'urql';

/**
 * The console's GraphQL client: same-origin POSTs with JSON (never GET, which Apollo's CSRF
 * prevention refuses), the session cookie sent by the browser; no token is ever in page scripts.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'cache-and-network',
  fetchOptions: { credentials: 'same-origin', headers: { 'apollo-require-preflight': 'true' } },
});

/** Field path (e.g. `input.durationMinutes`) → the server's message, from BAD_USER_INPUT and the like. */
export type FieldErrors = Record<string, string>;

/** Splits an error into messages by the field they name (extensions.field) and the rest. */
export function errorsByField(error: CombinedError | undefined): { fields: FieldErrors; general: string[] } {
  const fields: FieldErrors = {};
  const general: string[] = [];
  if (!error) return { fields, general };
  if (error.networkError) general.push(error.networkError.message);
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field;
    if (typeof field === 'string') fields[field] = e.message;
    else general.push(e.message);
  }
  return { fields, general };
}

/** Whether the error means the session has ended (sign in again). */
export const isUnauthenticated = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') || (error?.response as Response | undefined)?.status === 401;
