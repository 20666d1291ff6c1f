import { Body, Controller, Delete, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../access/access.decorators.js';
import { LoginRateLimit } from '../access/rate-limit.decorators.js';
import { ValidationError } from '../common/errors/domain-errors.js';
import { clientAddress } from '../users/login-throttle.service.js';
import { AuthService } from './auth.service.js';
import { LoginInput } from './dto/auth.inputs.js';
import { SESSION_COOKIE, sessionCookieOf } from './session-cookie.js';

/**
 * The console's sign-in and sign-out. The session token lives in an httpOnly, SameSite=Strict
 * cookie (Secure over HTTPS), out of reach of page scripts and never sent on cross-site requests;
 * sign-in takes JSON only, so a cross-site form cannot post it. API clients keep using bearer tokens.
 */
@Controller('auth/session')
export class SessionController {
  constructor(private readonly auth: AuthService) {}

  @Post()
  @Public()
  @LoginRateLimit()
  @HttpCode(200)
  async signIn(@Body() input: LoginInput, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (!req.is('application/json')) throw new ValidationError({ field: 'body', message: 'must be application/json' });
    const { token, expiresAt, user } = await this.auth.startWebSession(input.email, input.password, clientAddress(req));
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires: expiresAt });
    return { expiresAt: expiresAt.toISOString(), user: { id: user.id, email: user.email, roles: user.roles } };
  }

  /** Ends the session of the cookie (if any) and clears it; answers 204 either way. */
  @Delete()
  @Public()
  @HttpCode(204)
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = sessionCookieOf(req.headers.cookie);
    if (token) await this.auth.endWebSession(token);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
  }
}
