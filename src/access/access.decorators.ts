import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from './role.enum.js';
import type { Viewer } from './viewer.js';

/** Every query, mutation and controller route declares one of these; undeclared ones are refused. */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_RULE = 'alumni-graph:access-rule';

/** Anyone, signed in or not (login, health). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles (me, their own API tokens). */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Signed-in users with one of these roles (ADMIN always passes). */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

/** Who may read the domain: staff and analysts (and admins). */
export const READERS = [Role.STAFF, Role.ANALYST] as const;

/** The signed-in caller; set by AccessGuard before the resolver runs. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const req =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: { viewer?: Viewer } }>().req
      : context.switchToHttp().getRequest<{ viewer?: Viewer }>();
  if (!req.viewer) throw new Error('CurrentViewer used on an operation that is not signed-in only');
  return req.viewer;
});
