import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from '../demo-calendar.js';

/** Demo organization ids by their key in DEMO_ORGANIZATIONS. */
export type OrgIds = Record<string, string>;

/**
 * The transaction the seeders write in, whether to add the demo accounts, and the day the demo is
 * laid around; rows go in chunks of 500 (the driver's parameter limit).
 */
export class DemoSeed {
  constructor(
    readonly manager: EntityManager,
    readonly withAccounts: boolean,
    readonly calendar: DemoCalendar,
  ) {}

  async insert<T>(entity: new () => T, rows: Partial<T>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await this.manager.insert(entity, rows.slice(i, i + 500));
  }
}
