import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AppMetaEntity } from '../database/app-meta.entity.js';
// The seeders write every module's tables in one transaction, so they use their entities directly.
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { seedCollaborations } from './seeders/collaborations.seeder.js';
import { DemoSeed } from './seeders/demo-seed.js';
import { seedEvents } from './seeders/events.seeder.js';
import { seedMentoring } from './seeders/mentoring.seeder.js';
import { seedOrganizations } from './seeders/organizations.seeder.js';
import { seedOutcomes } from './seeders/outcomes.seeder.js';
import { seedAccounts, seedStaff } from './seeders/people.seeder.js';
import { seedProBono } from './seeders/pro-bono.seeder.js';
import { seedSchool } from './seeders/school.seeder.js';

const META_KEY = 'demo_data';

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
  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.manager.exists(OrganizationEntity));
  }

  /** Loads the demo data in one transaction, unless it is there already. Returns whether it loaded. */
  async load(options: { accounts: boolean } = { accounts: true }): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Serialise concurrent seeders (two processes starting on one database).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alumni-graph-demo-data'))`);
      if (await manager.existsBy(AppMetaEntity, { key: META_KEY })) return false;
      await this.insertAll(manager, options.accounts);
      const loadedAt = new Date().toISOString();
      await manager.insert(AppMetaEntity, { key: META_KEY, value: JSON.stringify({ loadedAt }) });
      this.logger.info({ loadedAt }, 'demo data loaded');
      return true;
    });
  }

  /** The seeders in order: each writes its part of the domain and hands on what later ones name. */
  private async insertAll(manager: EntityManager, withAccounts: boolean): Promise<void> {
    const seed = new DemoSeed(manager, withAccounts);
    const { org, programs } = await seedOrganizations(seed);
    const school = await seedSchool(seed, org, programs);
    const staff = await seedStaff(seed, org);
    const mentorAccount = await seedAccounts(seed);
    const mentors = await seedMentoring(seed, org, school, mentorAccount);
    const banso = await seedCollaborations(seed, org, school, staff);
    const festival = await seedProBono(seed, org, school, staff, mentors[1].personId, banso);
    await seedEvents(seed, org, programs.nec.id, festival);
    await seedOutcomes(seed, org, school);
  }
}
