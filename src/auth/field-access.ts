import type { FieldMiddleware, MiddlewareContext, NextFn } from '@nestjs/graphql';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import type { Role } from './role.enum.js';
import { hasAnyRole, type ViewerFn } from './viewer.js';

/**
 * Field middleware for private fields: callers without one of `roles` (ADMIN always passes)
 * get null for the field and a FORBIDDEN error at its path; the rest of the response stands.
 * The field must be nullable.
 */
export function visibleTo(...roles: Role[]): FieldMiddleware {
  return async (ctx: MiddlewareContext<unknown, { viewer: ViewerFn }>, next: NextFn) => {
    const viewer = await ctx.context.viewer();
    if (!viewer || !hasAnyRole(viewer, roles)) {
      throw new ForbiddenError(`${ctx.info?.parentType.name}.${ctx.info?.fieldName} is private`);
    }
    return next();
  };
}
