import type { RequestLoaders } from '../common/loaders/loaders.js';
import type { Viewer } from './viewer.js';

/** The HTTP request as the access layer sees it: its headers and the viewer once authenticated. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
  viewerPromise?: Promise<Viewer | null>;
}

/** What every resolver receives as GraphQL context (built per request in graphql/). */
export interface GraphQLContext {
  req: unknown;
  res: unknown;
  loaders: RequestLoaders;
  /** The signed-in caller, authenticated on first use. */
  viewer: () => Promise<Viewer | null>;
}
