import type { DataSource } from 'typeorm';
import { announce } from './data-version.js';

/**
 * Where a read that may be a little stale goes (analytics, exports, alumni search): the read
 * replica when DATABASE_REPLICA_URL is set, it answers, it lags less than REPLICA_MAX_LAG_SECONDS,
 * and the caller has not written within that many seconds (read-your-writes); else the primary.
 * Implemented in database/read-replica.ts; a Nest injection token here so floor 3 can ask.
 */
export abstract class ReadRouting {
  /** The data source for a stale-tolerant read by `userId` (null: anonymous or a script). */
  abstract forReading(userId: string | null | undefined): DataSource;
}

/** Writers of the last few seconds, by user id, across processes (fed by the data-version channel). */
const recentWriters = new Map<string, number>();
let writersPending: string[] = [];

/** A user's write committed (here, or in another process): their reads go to the primary for a while. */
export const noteWriter = (userId: string, at = Date.now()): void => {
  recentWriters.delete(userId);
  recentWriters.set(userId, at);
  if (recentWriters.size > 10_000) recentWriters.delete(recentWriters.keys().next().value!);
};

let tracking = false;
/** Writers matter only with a replica to route around (database/read-replica.ts turns this on). */
export const trackWriters = (): void => {
  tracking = true;
};

/** A write by this process's caller, to be told to the other processes too. */
export const noteLocalWriter = (userId: string): void => {
  if (!tracking) return;
  noteWriter(userId);
  writersPending.push(userId);
  announce();
};

/** The local writers not yet told to the other processes (the data-version channel sends them). */
export const takePendingWriters = (): string[] => {
  const taken = writersPending;
  writersPending = [];
  return taken;
};

export const wroteWithin = (userId: string, ms: number, now = Date.now()): boolean => {
  const at = recentWriters.get(userId);
  return at !== undefined && now - at < ms;
};
