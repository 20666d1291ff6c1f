import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ObservedRequest } from '../config/logging.js';
import { operationLabel, requestSeconds, requestsTotal } from './metrics.js';

const HTTP_OUTCOMES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'UNAVAILABLE',
};

type RoutedRequest = ObservedRequest & { route?: { path?: string }; baseUrl?: string };

/**
 * Express middleware: counts every request and times it to the end of its response, labelled
 * with the GraphQL operation and its outcome (graphql/request-observer.ts notes them on the
 * request), or for plain HTTP with the route (`GET /exports/alumni-search.csv`) and its status.
 */
export function requestMetrics(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const r = req as RoutedRequest;
    const operation = r.operation ? operationLabel(r.operation) : routeOf(r);
    const outcome = r.outcome ?? (res.statusCode < 400 ? 'OK' : (HTTP_OUTCOMES[res.statusCode] ?? `HTTP_${res.statusCode}`));
    const labels = { operation, outcome };
    requestsTotal.inc(labels);
    requestSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
  });
  next();
}

/** The matched route, never the raw URL (ids and query strings would be labels without end). */
const routeOf = (req: RoutedRequest): string =>
  req.route?.path
    ? `${req.method} ${req.baseUrl ?? ''}${req.route.path}`
    : req.url?.startsWith('/graphql')
      ? 'graphql (refused)'
      : 'unmatched';
