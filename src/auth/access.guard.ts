import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-errors.js';
import { ACCESS_RULE, type AccessRule } from '../access/access.decorators.js';
import type { AuthenticatedRequest } from '../access/request-context.js';
import { AuthService } from './auth.service.js';
import { sessionCookieOf } from './session-cookie.js';
import { hasAnyRole, type Viewer } from '../access/viewer.js';

/**
 * The viewer of a request, authenticated once and remembered on the request: by its
 * Authorization header (API clients), else by the console's session cookie.
 */
export function viewerOf(auth: AuthService, req: AuthenticatedRequest): Promise<Viewer | null> {
  const header = req.headers.authorization;
  const bearer = Array.isArray(header) ? header[0] : header;
  const session = bearer ? undefined : sessionCookieOf(req.headers.cookie);
  req.viewerPromise ??= session ? auth.authenticateWebSession(session) : auth.authenticate(bearer);
  return req.viewerPromise;
}

/**
 * Default deny, for every query, mutation and HTTP route: the handler must declare @Public(),
 * @SignedIn() or @Allow(...roles); without one it is refused. Runs before any resolver code,
 * so a refused operation sends no SQL beyond the caller's own account lookup.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const name = `${context.getClass().name}.${context.getHandler().name}`;
    if (!rule) throw new ForbiddenError(`No access rule is declared for ${name}`);
    if (rule.kind === 'public') return true;
    const req =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
        : context.switchToHttp().getRequest<AuthenticatedRequest>();
    const viewer = await viewerOf(this.auth, req);
    if (!viewer) throw new UnauthenticatedError();
    req.viewer = viewer;
    if (rule.kind === 'roles' && !hasAnyRole(viewer, rule.roles)) {
      throw new ForbiddenError(`Needs one of the roles ${rule.roles.join(', ')}`);
    }
    return true;
  }
}
