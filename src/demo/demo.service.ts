import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AppMetaEntity } from '../database/app-meta.entity.js';
// The seeders write every module's tables in one transaction, so they use their entities directly.
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { type DemoCalendar, demoCalendar, DemoDataError } from './demo-calendar.js';
import { seedCollaborations } from './seeders/collaborations.seeder.js';
import { DemoSeed } from './seeders/demo-seed.js';
import { seedEvents } from './seeders/events.seeder.js';
import { seedMentoring } from './seeders/mentoring.seeder.js';
import { seedOrganizations } from './seeders/organizations.seeder.js';
import { seedOutcomes } from './seeders/outcomes.seeder.js';
import { DEMO_ACCOUNT_EMAILS, seedAccounts, seedStaff } from './seeders/people.seeder.js';
import { seedProBono } from './seeders/pro-bono.seeder.js';
import { seedSchool } from './seeders/school.seeder.js';

const META_KEY = 'demo_data';
/** The metric definitions the Outcomes migration inserts: reference data a reset keeps. */
const MIGRATION_METRICS = ['FUNDING_RAISED', 'REVENUE', 'EMPLOYEES_FTE', 'BENEFICIARIES_REACHED', 'VOLUNTEERS_ENGAGED'];

export interface DemoLoadOptions {
  /** The demo accounts (published passwords: never in production). Default true. */
  accounts?: boolean;
  /** The day to lay the demo around (YYYY-MM-DD); default today in Tokyo. */
  today?: string;
}

@Injectable()
export class DemoDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext(DemoDataService.name);
  }

  /** When the demo data was loaded into this database, or null. */
  async loadedAt(): Promise<string | null> {
    const row = await this.dataSource.manager.findOneBy(AppMetaEntity, { key: META_KEY });
    return row ? (JSON.parse(row.value) as { loadedAt: string }).loadedAt : null;
  }

  /** True when the database holds no domain data at all. */
  async isEmpty(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return !(await manager.exists(OrganizationEntity));
  }

  /** Loads the demo data in one transaction, unless it is there already. Returns whether it loaded. */
  async load(options: DemoLoadOptions = {}): Promise<boolean> {
    const calendar = demoCalendar({ today: options.today });
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager);
      if (await manager.existsBy(AppMetaEntity, { key: META_KEY })) return false;
      await this.insertAll(manager, options.accounts ?? true, calendar);
      return true;
    });
  }

  /**
   * Empties the database and loads the demo again, in one transaction. Refuses (DemoDataError,
   * saying what is there) when the database holds data the demo did not load, unless `force`.
   */
  async reset(options: DemoLoadOptions & { force?: boolean } = {}): Promise<void> {
    const calendar = demoCalendar({ today: options.today });
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager);
      const foreign = await this.foreignData(manager);
      if (foreign && !options.force)
        throw new DemoDataError(`Not resetting: the database holds ${foreign}; add --force to empty it anyway`);
      const tables = this.dataSource.entityMetadatas
        .map((m) => m.tableName)
        .filter((t) => t !== 'metric_definitions' && t !== 'app_meta')
        .map((t) => `"${t}"`);
      await manager.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
      await manager.query(`DELETE FROM metric_definitions WHERE code <> ALL($1)`, [MIGRATION_METRICS]);
      await manager.delete(AppMetaEntity, { key: META_KEY });
      await this.insertAll(manager, options.accounts ?? true, calendar);
    });
  }

  /**
   * What the database holds besides the demo data and what the demo accounts did with it, or null:
   * domain rows the demo did not load, or changes (sign-ins included) by another account. An
   * account that never acted, such as the generated first admin, is not counted.
   */
  private async foreignData(manager: EntityManager): Promise<string | null> {
    const demo = await manager.existsBy(AppMetaEntity, { key: META_KEY });
    if (!demo && !(await this.isEmpty(manager))) return 'data the demo did not load';
    const [{ changes, actors }] = await manager.query<{ changes: number; actors: number }[]>(
      `SELECT count(*)::int AS changes, count(DISTINCT lower(actor_email))::int AS actors
         FROM audit_log WHERE actor_email IS NOT NULL AND lower(actor_email) <> ALL($1)`,
      [DEMO_ACCOUNT_EMAILS],
    );
    return changes ? `${changes} change(s) by ${actors} account(s) besides the demo's` : null;
  }

  /** Serialises concurrent seeders (two processes starting on one database). */
  private async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-graph-demo-data'))`);
  }

  /** The seeders in order: each writes its part of the domain and hands on what later ones name. */
  private async insertAll(manager: EntityManager, withAccounts: boolean, calendar: DemoCalendar): Promise<void> {
    const seed = new DemoSeed(manager, withAccounts, calendar);
    const { org, programs } = await seedOrganizations(seed);
    const school = await seedSchool(seed, org, programs);
    const staff = await seedStaff(seed, org);
    const mentorAccount = await seedAccounts(seed);
    const mentors = await seedMentoring(seed, org, school, mentorAccount);
    const banso = await seedCollaborations(seed, org, school, staff);
    const festival = await seedProBono(seed, org, school, staff, mentors[1].personId, banso);
    await seedEvents(seed, org, programs.nec.id, festival);
    await seedOutcomes(seed, org, school);
    const loadedAt = new Date().toISOString();
    await manager.insert(AppMetaEntity, { key: META_KEY, value: JSON.stringify({ loadedAt, today: calendar.today }) });
    this.logger.info({ loadedAt, today: calendar.today }, 'demo data loaded');
  }
}
