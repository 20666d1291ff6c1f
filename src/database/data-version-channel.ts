import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AccountCache, ACCOUNTS_CHANNEL } from '../auth/account-cache.js';
import { noteRemoteChange, onLocalChange } from '../common/data-version.js';
import { noteWriter, takePendingWriters } from '../common/read-routing.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';

const CHANNEL = 'alumni_graph_data_version';

/** A round on the listening connection not answered by then: the connection is taken for dead (requests ask the database). */
const ROUND_TIMEOUT_MS = 2000;

interface Message {
  /** The sending app (one per process): it ignores its own messages. */
  from: string;
  /** Users who wrote since the last message: their reads skip the replica for a while. */
  writers?: string[];
}

/**
 * Tells every other process when this one wrote, so their report caches and search counts are
 * stale at once (and who wrote, for read-your-writes), through PostgreSQL's LISTEN/NOTIFY.
 * Writes of one moment go out as one NOTIFY, after the commit, on the listening connection
 * (sharing its round trips with the AccountCache's, see `round`), or on the app's pool while that
 * is down. LISTEN needs a connection of its own that stays open: DATABASE_LISTEN_URL when
 * DATABASE_URL goes through a transaction-mode pooler.
 * When that connection drops, the caches are dropped too (a message may have been missed) and
 * it reconnects every second; meanwhile ANALYTICS_CACHE_SECONDS still bounds staleness.
 *
 * The same connection hears the `users` table's triggers (ACCOUNTS_CHANNEL, whoever changed an
 * account) and tells the AccountCache, which remembers accounts only while it is listening and
 * sends empty queries on it to be sure it has heard every change (auth/account-cache.ts).
 */
@Injectable()
export class DataVersionChannel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DataVersionChannel');
  private readonly id = randomUUID();
  private listener?: pg.Client;
  private stopped = false;
  private sending = false;
  private again = false;
  /** A local write not told yet. */
  private changed = false;
  private nextRound?: { promise: Promise<boolean>; resolve: (heard: boolean) => void };
  private roundOnItsWay = false;
  private unsubscribe?: () => void;
  private retry?: NodeJS.Timeout;
  /** The backend that ran LISTEN: a round answered by another (a transaction-mode pooler) proves nothing was heard. */
  private listenerPid?: number;
  private warnedPooler = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.unsubscribe = onLocalChange(() => this.send());
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.accounts.setListening(undefined);
    clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = this.config.databaseListenUrl ?? (this.dataSource.options as { url: string }).url;
    // keepAlive: a connection a firewall dropped silently is noticed (rounds also time out, ROUND_TIMEOUT_MS).
    const client = new pg.Client({ connectionString: url, application_name: 'alumni-graph-listen', keepAlive: true });
    client.on('notification', (message) =>
      message.channel === ACCOUNTS_CHANNEL ? this.accounts.changed(message.payload ?? '*') : this.receive(message.payload),
    );
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}; LISTEN ${ACCOUNTS_CHANNEL}`);
      this.listenerPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      this.listener = client;
      // Anything written while we were not listening went unheard.
      noteRemoteChange();
      this.accounts.setListening(() => this.round());
    } catch (error) {
      this.logger.warn(`cannot LISTEN for other processes' writes (${(error as Error).message}); retrying`);
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    if (this.stopped || client !== (this.listener ?? client) || this.retry) return;
    this.listener = undefined;
    this.accounts.setListening(undefined);
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, 1000);
    this.retry.unref();
  }

  private receive(payload: string | undefined): void {
    let message: Message;
    try {
      message = JSON.parse(payload ?? '') as Message;
    } catch {
      return;
    }
    if (message.from === this.id) return;
    noteRemoteChange();
    const at = Date.now();
    for (const writer of message.writers ?? []) noteWriter(writer, at);
  }

  /** A local write: told in the next round on the listening connection, else (not listening) on the pool. */
  private send(): void {
    if (this.stopped || !this.dataSource.isInitialized) return;
    this.changed = true;
    if (this.listener) void this.round();
    else this.sendOnPool();
  }

  /**
   * The next query on the listening connection, shared by everyone who needs one meanwhile: a
   * NOTIFY when there is a local write to tell, else an empty query (the AccountCache's proof that
   * every change committed before has been heard: PostgreSQL sends a session its pending notices
   * before it answers). One at a time: what comes while one is on its way goes out in the next,
   * which is therefore always sent after its callers asked. Resolves false when not listening.
   */
  private round(): Promise<boolean> {
    if (!this.nextRound) {
      let resolve!: (heard: boolean) => void;
      this.nextRound = { promise: new Promise((r) => (resolve = r)), resolve };
      if (!this.roundOnItsWay) setImmediate(() => this.sendRound());
    }
    return this.nextRound.promise;
  }

  private sendRound(): void {
    const round = this.nextRound;
    if (!round) return;
    this.nextRound = undefined;
    const client = this.listener;
    const message: Message | undefined = this.changed ? { from: this.id, writers: takePendingWriters() } : undefined;
    this.changed = false;
    if (!client) {
      if (message) this.sendOnPool(message);
      return round.resolve(false);
    }
    this.roundOnItsWay = true;
    let settled = false;
    const settle = (heard: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      this.roundDone(round, heard);
    };
    const timer = setTimeout(() => {
      this.logger.warn(`the listening connection did not answer in ${ROUND_TIMEOUT_MS} ms: reconnecting`);
      settle(false);
      this.reconnect(client);
    }, ROUND_TIMEOUT_MS);
    const query = message
      ? client.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid, pg_notify($1, $2)`, [CHANNEL, JSON.stringify(message)])
      : client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    query.then(
      (result) => settle(this.sameBackend(result.rows[0]?.pid)),
      (error: Error) => {
        if (message) this.logger.warn(`could not tell other processes about a write: ${error.message}`);
        settle(false);
      },
    );
  }

  /** Answered by the backend that LISTENs: else a pooler put the round on another, and nothing is known to be heard. */
  private sameBackend(pid: number | undefined): boolean {
    if (pid === this.listenerPid) return true;
    if (!this.warnedPooler) {
      this.warnedPooler = true;
      this.logger.error(
        'the listening connection answers from another backend (a transaction-mode pooler?): set DATABASE_LISTEN_URL to a direct connection; accounts are looked up on every request meanwhile',
      );
    }
    return false;
  }

  private roundDone(round: { resolve: (heard: boolean) => void }, heard: boolean): void {
    this.roundOnItsWay = false;
    round.resolve(heard);
    if (this.nextRound) this.sendRound();
  }

  /** Not listening: one NOTIFY at a time on the pool; changes made while one is on its way go out in the next. */
  private sendOnPool(message?: Message): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = true;
    setImmediate(() => {
      const told: Message = message ?? { from: this.id, writers: takePendingWriters() };
      this.changed = false;
      // On pg's pool directly: not one of the request's statements (test/statement-count), nor logged as one.
      const pool = (this.dataSource.driver as unknown as { master: pg.Pool }).master;
      pool
        .query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(told)])
        .catch((error: Error) => this.logger.warn(`could not tell other processes about a write: ${error.message}`))
        .finally(() => {
          this.sending = false;
          if (this.again) {
            this.again = false;
            this.sendOnPool();
          }
        });
    });
  }
}
