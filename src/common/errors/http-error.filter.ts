import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from './domain-errors.js';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * For plain HTTP routes (the CSV exports): the errors guards and services throw for GraphQL
 * become the matching HTTP status with the same JSON body shape `{ code, message, field }`.
 */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { code, field, retryAfterSeconds } = error.extensions as { code: string; field?: string; retryAfterSeconds?: number };
    if (retryAfterSeconds) res.setHeader('Retry-After', String(retryAfterSeconds));
    if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(STATUS[code] ?? 500).json({ code, message: error.message, ...(field ? { field } : {}) });
  }
}
