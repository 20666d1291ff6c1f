import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Request headers never written to the log. */
export const REDACT = ['req.headers.authorization', 'req.headers.cookie'];

/** What an incoming X-Request-Id may hold to be kept: a proxy's UUID, trace id or similar token. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id (pino-http's genReqId, for both request loggers, see app.ts): the caller's
 * X-Request-Id when it is a plain token of at most 128 characters, else a new UUID. It is sent
 * back in the response's X-Request-Id and is `req.id` on every log line of the request.
 */
export const requestId = (req: IncomingMessage, res: ServerResponse): string => {
  const sent = req.headers['x-request-id'];
  const id = typeof sent === 'string' && SANE_REQUEST_ID.test(sent) ? sent : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
};

/** A request with what the GraphQL layer learned about it, for its log line and the metrics. */
export interface ObservedRequest extends IncomingMessage {
  /** The GraphQL operation's name ('(anonymous)' when it has none), once Apollo resolved it. */
  operation?: string;
  /** 'OK' or the first error's code. */
  outcome?: string;
}

/** pino-http's customProps: the operation and its outcome on the request's "request completed" line. */
export const requestProps = (req: IncomingMessage): Record<string, string> => {
  const { operation, outcome } = req as ObservedRequest;
  return operation ? { operation, outcome: outcome ?? 'OK' } : NOTHING;
};
const NOTHING: Record<string, string> = Object.freeze({});

/**
 * Nest's own log lines as JSON through pino from the first one (NestFactory's "Starting Nest
 * application…", a database that does not answer during start-up), instead of Nest's coloured
 * console until nestjs-pino is ready. Nest calls `log(message, context)` and
 * `error(message, stack, context)`.
 */
export function nestLogger(logger: PinoLogger): LoggerService {
  const write =
    (level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal') =>
    (message: unknown, ...params: unknown[]): void => {
      const context = params.length && typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
      const stack = level === 'error' || level === 'fatal' ? params.find((p): p is string => typeof p === 'string') : undefined;
      if (message instanceof Error) logger[level]({ context, err: message }, message.message);
      else if (typeof message === 'object' && message !== null) logger[level]({ context, ...message });
      else logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    };
  return {
    log: write('info'),
    error: write('error'),
    warn: write('warn'),
    debug: write('debug'),
    verbose: write('trace'),
    fatal: write('fatal'),
  };
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type LoggedRequest = IncomingMessage & { id?: unknown; log?: PinoLogger };

/**
 * The request logger of /graphql (app.ts): pino-http, which writes one line per request at info
 * ("request completed", or "request errored" from status 500 on). At a level that leaves those
 * lines out (warn and above: production's usual) it still made two child loggers per request,
 * serializing the request's headers into each: ~4% of a cheap request's CPU, for no line. Then
 * only what a request needs of it is done: the request id (and X-Request-Id header), and
 * `req.log`, pino-http's logger with the request bound, made on first use (an internal error's
 * line, common/errors/format-error.ts).
 */
export function graphqlRequestLogger(logger: PinoLogger): Middleware {
  const full = pinoHttp({ logger, redact: REDACT, genReqId: requestId, customProps: requestProps });
  if (logger.isLevelEnabled('info')) return full;
  const withRequest = (req: LoggedRequest) => full.logger.child({ req });
  return (req: LoggedRequest, res, next) => {
    req.id ??= requestId(req, res);
    let log: PinoLogger | undefined;
    Object.defineProperty(req, 'log', { configurable: true, enumerable: true, get: () => (log ??= withRequest(req)) });
    next();
  };
}
