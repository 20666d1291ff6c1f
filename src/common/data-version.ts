import { type EntitySubscriberInterface, EventSubscriber } from 'typeorm';

let version = 0;

/**
 * A number that changes whenever a transaction of this process commits: every mutation runs in
 * one. Caches of derived data (analytics reports) keep the version they were computed under and
 * are stale once it moves. Writes by other processes are not seen: those caches also expire.
 */
export const dataVersion = (): number => version;

/** For a write made as one statement outside a TypeORM transaction (no commit event): call after it. */
export const noteDataChanged = (): void => {
  version += 1;
};

@EventSubscriber()
export class DataVersionSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(): void {
    version += 1;
  }
}
