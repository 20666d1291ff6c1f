import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'LINK_EXPIRED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  /** Path of the offending argument field, e.g. `input.endsOn`. */
  field: string;
  message: string;
}

/**
 * Base of every error a service throws on purpose. It is a GraphQLError, so its
 * `extensions.code` reaches the client unchanged; see format-error.ts for the rest.
 */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Invalid input. `field` names the argument path; `fields` lists every problem. */
export class ValidationError extends DomainError {
  constructor(problems: FieldProblem[] | FieldProblem) {
    const list = Array.isArray(problems) ? problems : [problems];
    const message = list.map((p) => `${p.field}: ${p.message}`).join('; ');
    super('BAD_USER_INPUT', message, { field: list[0]?.field, fields: list });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} not found`, { entity, id, ...(field ? { field } : {}) });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token>') {
    super('UNAUTHENTICATED', message);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', `Too many requests; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

/** A signed download link past its expiry (HTTP 410 Gone): ask for a new one. */
export class LinkExpiredError extends DomainError {
  constructor(expiredAt: Date) {
    super('LINK_EXPIRED', `The download link expired at ${expiredAt.toISOString()}: create a new one`);
  }
}
