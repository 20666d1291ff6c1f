import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { fromDatabaseError } from './database-errors.js';
import { DomainError } from './domain-errors.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LINK_EXPIRED: 410,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The one exception filter, for both kinds of request.
 * - GraphQL: hands every error back to Apollo, whose formatError (format-error.ts) decides what
 *   the client sees and logs the unexpected ones. Without this, Nest would log every refused
 *   input as an error with its stack.
 * - Plain HTTP (the CSV exports, /health): the API's error codes become HTTP statuses with a
 *   `{ code, message, field }` body; database constraint errors are translated first; anything
 *   else is logged and answered 500 without details. After a download has started, the only
 *   honest answer is to cut the connection.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('AppErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // Clients and proxies read the wait from the header, as on plain HTTP (the body keeps it in extensions).
      setRetryAfter(host.getArgByIndex<{ res?: Response } | undefined>(2)?.res, exception);
      // graphql-js treats a returned Error as the field's error; anything else thrown is wrapped so it never becomes data.
      return exception instanceof Error ? exception : new Error(String(exception));
    }
    const res = host.switchToHttp().getResponse<Response>();
    const error = fromDatabaseError(exception) ?? exception;
    if (res.headersSent) {
      if (!isClientGone(error)) this.logger.error(error, 'failed after the response started');
      res.destroy();
      return;
    }
    res.removeHeader('Content-Disposition');
    if (error instanceof DomainError) {
      const { code, field } = error.extensions as { code: string; field?: string };
      setRetryAfter(res, error);
      if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(STATUS[code] ?? 500).json({ code, message: error.message, ...(field ? { field } : {}) });
      return;
    }
    if (error instanceof HttpException) {
      // e.g. 404 for an unknown route, 413 from the body parser (whose response is a bare string).
      const body = error.getResponse();
      res.status(error.getStatus()).json(typeof body === 'string' ? { code: httpCode(error.getStatus()), message: body } : body);
      return;
    }
    if (!isClientGone(error)) this.logger.error(error, 'internal error in an HTTP request');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}

/** TOO_MANY_REQUESTS: a Retry-After header with the seconds to wait (the longest, when several errors say). */
function setRetryAfter(res: Response | undefined, error: unknown): void {
  const seconds = error instanceof DomainError ? (error.extensions as { retryAfterSeconds?: number }).retryAfterSeconds : undefined;
  if (!seconds || !res || res.headersSent) return;
  res.setHeader('Retry-After', String(Math.max(seconds, Number(res.getHeader('Retry-After') ?? 0))));
}

const httpCode = (status: number): string => ({ 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE' })[status] ?? `HTTP_${status}`;

/** The client went away mid-download: nothing to answer, nothing to log. */
const isClientGone = (error: unknown): boolean => (error as { code?: string })?.code === 'ERR_STREAM_PREMATURE_CLOSE';
