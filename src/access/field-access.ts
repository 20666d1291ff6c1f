import type { FieldMiddleware, MiddlewareContext, NextFn } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import type { Role } from './role.enum.js';
import { hasAnyRole, type ViewerFn } from './viewer.js';

/** Throws FORBIDDEN unless the caller has one of `roles` (ADMIN always passes). */
async function assertVisible(
  context: { viewer: ViewerFn },
  roles: readonly Role[],
  info: GraphQLResolveInfo | null | undefined,
): Promise<void> {
  const viewer = await context.viewer();
  if (!viewer || !hasAnyRole(viewer, roles)) {
    throw new ForbiddenError(`${info?.parentType.name}.${info?.fieldName} is private`);
  }
}

/**
 * Field middleware for private plain fields (`@Field`): callers without one of `roles` get null
 * for the field and a FORBIDDEN error at its path; the rest of the response stands. The field
 * must be nullable. Field resolvers use `@VisibleTo` instead.
 */
export function visibleTo(...roles: Role[]): FieldMiddleware {
  return async (ctx: MiddlewareContext<unknown, { viewer: ViewerFn }>, next: NextFn) => {
    await assertVisible(ctx.context, roles, ctx.info);
    return (await next()) as unknown;
  };
}

/** Reflect keys of @nestjs/graphql: `@ResolveField` on the method, parameter decorators on the class. */
const RESOLVE_FIELD_KEY = 'graphql:resolve_property';
const PARAM_DECORATORS_KEY = '__routeArguments__';

/**
 * The same rule for a field resolver: null plus FORBIDDEN at the field's path for callers without
 * one of `roles`. Field resolvers take GraphQL's own signature `(parent, args, context, info)` and
 * no parameter decorators, so Nest binds them directly (its fast path) instead of running each call
 * through pipes and a promise chain per parameter — on a list of a few hundred ventures that was a
 * third of the request's allocations. Field middleware would turn the fast path off, hence a
 * decorator that wraps the method. Put it below `@ResolveField`. A field resolver with arguments
 * needs `@Args` (they declare the arguments), so it keeps the decorators and `visibleTo`.
 */
export function VisibleTo(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor: PropertyDescriptor) => {
    const resolve = descriptor.value as (
      parent: unknown,
      args: unknown,
      context: { viewer: ViewerFn },
      info: GraphQLResolveInfo,
    ) => unknown;
    if (Reflect.getMetadata(RESOLVE_FIELD_KEY, resolve)) {
      throw new Error(`@VisibleTo must be placed below @ResolveField on ${String(key)}`);
    }
    if (Reflect.getMetadata(PARAM_DECORATORS_KEY, target.constructor, key)) {
      throw new Error(
        `@VisibleTo needs the plain (parent, args, context, info) signature on ${String(key)}; use middleware: [visibleTo()]`,
      );
    }
    descriptor.value = async function (
      this: unknown,
      parent: unknown,
      args: unknown,
      context: { viewer: ViewerFn },
      info: GraphQLResolveInfo,
    ) {
      await assertVisible(context, roles, info);
      return resolve.call(this, parent, args, context, info);
    };
  };
}
