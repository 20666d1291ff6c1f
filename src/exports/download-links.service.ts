import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Viewer } from '../access/viewer.js';
import { Clock } from '../common/clock.js';
import { ForbiddenError, LinkExpiredError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { JWT_SECRET } from '../config/jwt-secret.js';
import { UsersService } from '../users/users.service.js';
import { parseArgs } from './export-args.js';
import type { ExportFormat } from './export-list.js';
import { ExportsService } from './exports.service.js';

/** What a link's query string carries next to the file name. */
export interface LinkParams {
  args?: string;
  user?: string;
  expires?: string;
  sig?: string;
}

/**
 * Short-lived signed download links: `/downloads/<list>.<ext>?args=…&user=…&expires=…&sig=…`,
 * opened without any header (a browser, Excel's "from web"). The signature is HMAC-SHA256 over
 * the file, the exact arguments text, the user and the expiry, with a key derived from the
 * server's token secret (JWT_SECRET) for this one purpose, so a link names one file of one
 * export with one set of arguments, and nothing else. A download runs as the user with their
 * roles at that moment: deactivated, or no longer allowed, is refused.
 */
@Injectable()
export class DownloadLinksService {
  private readonly key: Buffer;

  constructor(
    @Inject(JWT_SECRET) secret: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly exports: ExportsService,
    private readonly users: UsersService,
  ) {
    this.key = createHmac('sha256', secret).update('alumni-graph download links v1').digest();
  }

  /** A link for the viewer: only to a list they may read, with arguments the list accepts. */
  async create(input: { export: string; format: ExportFormat; args?: Record<string, unknown> | null }, viewer: Viewer, origin: string) {
    const list = this.exports.named(input.export, 'input.export');
    this.exports.assertMayRead(list, viewer);
    await parseArgs(list.args, input.args ?? {}, 'input.args');
    const file = `${list.name}.${input.format}`;
    const args = JSON.stringify(input.args ?? {});
    const expires = Math.floor(this.clock.now().getTime() / 1000) + this.config.downloadLinkSeconds;
    const query = new URLSearchParams({
      args,
      user: viewer.userId,
      expires: String(expires),
      sig: this.sign(file, args, viewer.userId, expires),
    });
    return { url: `${origin}/downloads/${file}?${query.toString()}`, expiresAt: new Date(expires * 1000) };
  }

  /**
   * The viewer a link downloads as: FORBIDDEN for a signature that does not match (tampered, or
   * another file or arguments) or an account that is gone or deactivated; LINK_EXPIRED (410) once
   * past its expiry. The list's own rule is checked against the user's current roles afterwards.
   */
  async open(file: string, params: LinkParams): Promise<{ viewer: Viewer; args: string }> {
    const { args = '', user = '', expires = '', sig = '' } = params;
    const expiresAt = /^\d{1,12}$/.test(expires) ? Number(expires) : NaN;
    if (Number.isNaN(expiresAt) || !this.matches(sig, this.sign(file, args, user, expiresAt))) {
      throw new ForbiddenError('The download link is not valid for this file');
    }
    if (this.clock.now().getTime() >= expiresAt * 1000) throw new LinkExpiredError(new Date(expiresAt * 1000));
    const account = await this.users.findActive(user);
    if (!account) throw new ForbiddenError('The account behind this download link is deactivated');
    return {
      viewer: { userId: account.id, personId: account.personId, email: account.email, roles: account.roles, via: 'download-link' },
      args,
    };
  }

  private sign(file: string, args: string, user: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${file}\n${args}\n${user}\n${expires}`).digest('base64url');
  }

  private matches(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }
}
