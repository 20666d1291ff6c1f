import { Injectable } from '@nestjs/common';
import type { Role } from '../access/role.enum.js';

/** What authenticating an access token needs to know about its active account. */
export interface Account {
  id: string;
  personId: string;
  email: string;
  roles: Role[];
  passwordChangedAt: Date | null;
}

/** The LISTEN channel the `users` triggers announce changes on (migration AccountChangeNotices). */
export const ACCOUNTS_CHANNEL = 'alumni_graph_accounts';

const KEPT = 10_000;

/**
 * Active accounts by id, remembered between requests, so that a signed-in request sends no query
 * of its own for its caller. A trigger announces every change to `users` at its commit (NOTIFY on
 * ACCOUNTS_CHANNEL, whoever made it: this process, another one, SQL by hand), and the data-version
 * channel's listening connection (database/data-version-channel.ts) passes it on here.
 *
 * A notice reaches the listening connection a little after the commit (milliseconds on a busy
 * machine), so a remembered account is used only once that connection has answered an empty
 * query sent after the request came: PostgreSQL sends a session its pending notices before it
 * answers, so by then every change committed before the request is known here. The requests that
 * come while one such query is on its way share the next one (with the data-version channel's
 * NOTIFY of this process's writes, when there is one): far cheaper than a lookup each. While the
 * connection is down nothing is remembered or used: every request asks the database, as before.
 * See docs/decisions.md.
 */
@Injectable()
export class AccountCache {
  private readonly accounts = new Map<string, Account>();
  /**
   * A round trip on the listening connection sent after the call (shared with other callers and
   * with the data-version NOTIFY): true once it is back, false when it failed. Unset while not listening.
   */
  private ping?: () => Promise<boolean>;
  /** Moves whenever something may have changed: a lookup that started before must not be kept. */
  private epoch = 0;

  /** The active account `id` (null: none, or deactivated): remembered, else from `load`. */
  async get(id: string, load: () => Promise<Account | null>): Promise<Account | null> {
    const ping = this.ping;
    const known = ping && this.accounts.get(id);
    if (known && (await ping()) && this.accounts.get(id) === known) return known;
    const epoch = this.epoch;
    const account = await load();
    // A change heard while the row was on its way may be older than the row, or newer: not kept.
    if (account && this.ping && epoch === this.epoch) {
      if (this.accounts.size >= KEPT) this.accounts.delete(this.accounts.keys().next().value!);
      this.accounts.set(id, account);
    }
    return account;
  }

  /** An account changed ('*': any of them may have). */
  changed(id: string): void {
    this.epoch += 1;
    if (id === '*') this.accounts.clear();
    else this.accounts.delete(id);
  }

  /** The listening connection is up (how to send it an empty query) or down (undefined): nothing remembered holds. */
  setListening(ping: (() => Promise<boolean>) | undefined): void {
    this.ping = ping;
    this.changed('*');
  }
}
