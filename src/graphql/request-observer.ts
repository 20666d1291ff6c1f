import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { AuthenticatedRequest } from '../access/request-context.js';
import { OperationTypeNode } from 'graphql';
import { noteLocalWriter } from '../common/read-routing.js';
import type { ObservedRequest } from '../config/logging.js';

type ObservedContext = { req?: ObservedRequest & Partial<AuthenticatedRequest> & { mutation?: boolean } };

/**
 * Notes on the HTTP request which operation ran and how it ended ('OK' or the first error's
 * code), for its "request completed" log line (config/logging.ts) and the request metrics
 * (common/metrics.ts); and who ran a mutation, so that their next reads skip the read replica
 * for a while, in every process (common/read-routing.ts). One listener for every request.
 */
const listener: GraphQLRequestListener<ObservedContext> = {
  didResolveOperation: ({ contextValue, operationName, operation }) => {
    if (contextValue.req) {
      contextValue.req.operation = operationName ?? '(anonymous)';
      contextValue.req.mutation = operation?.operation === OperationTypeNode.MUTATION;
    }
    return Promise.resolve();
  },
  willSendResponse: ({ contextValue, response, request }) => {
    const req = contextValue.req;
    if (!req) return Promise.resolve();
    // Refused before an operation was chosen (parse or validation errors): the name the caller sent.
    req.operation ??= request.operationName ?? '(unparsed)';
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    const code = errors?.[0]?.extensions?.code;
    req.outcome = errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'OK';
    if (req.mutation && req.viewer) noteLocalWriter(req.viewer.userId);
    return Promise.resolve();
  },
};

export const requestObserver: ApolloServerPlugin<ObservedContext> = { requestDidStart: () => Promise.resolve(listener) };
