import { type EntitySubscriberInterface, EventSubscriber } from 'typeorm';

let version = 0;
const listeners = new Set<() => void>();

/**
 * A number that changes whenever a transaction commits, in this process or (told through
 * PostgreSQL's LISTEN/NOTIFY, database/data-version-channel.ts) in another: every mutation runs
 * in one. Caches of derived data (analytics reports, search counts) keep the version they were
 * computed under and are stale once it moves.
 */
export const dataVersion = (): number => version;

/** Calls `listener` after each write of this process (the channel tells the other processes). */
export const onLocalChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Something to tell the other processes without a write of its own (who wrote, read-routing.ts). */
export const announce = (): void => {
  for (const listener of listeners) listener();
};

/** For a write made as one statement outside a TypeORM transaction (no commit event): call after it. */
export const noteDataChanged = (): void => {
  version += 1;
  announce();
};

/** Another process wrote (or we may have missed that it did, while the channel was down). */
export const noteRemoteChange = (): void => {
  version += 1;
};

@EventSubscriber()
export class DataVersionSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(): void {
    noteDataChanged();
  }
}
