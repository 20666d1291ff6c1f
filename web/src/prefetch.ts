import { useEffect, useState } from 'react';
import { type AnyVariables, createRequest, type DocumentInput, type RequestPolicy } from 'urql';
import { client } from './client';

/** Keys of the queries asked for at start whose page has not mounted yet. */
const started = new Set<number>();

/**
 * Asks now, before React's first render, for a query the opened page will make when it renders:
 * the answer is on its way while the page's chunk loads and `me` is answered, instead of after.
 * The page's `useQuery` gets `usePrefetched(...)` as its request policy and takes the same answer:
 * urql shares a request still in flight, and its cache holds one answered (never an error).
 */
export function prefetch<Data, Variables extends AnyVariables>(query: DocumentInput<Data, Variables>, variables?: Variables): void {
  started.add(createRequest(query, variables).key);
  void client.query(query, variables as Variables).toPromise();
}

/**
 * `'cache-first'` when the query with these variables was asked for at start (the page's first
 * mount takes it once), else `fallback`: the next mount asks the server again.
 */
export function usePrefetched<Data, Variables extends AnyVariables>(
  query: DocumentInput<Data, Variables>,
  variables?: Variables,
  fallback?: RequestPolicy,
): RequestPolicy | undefined {
  const key = createRequest(query, variables).key;
  const [policy] = useState(() => (started.has(key) ? 'cache-first' : fallback));
  useEffect(() => {
    started.delete(key);
  }, [key]);
  return policy;
}
