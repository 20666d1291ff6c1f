import { randomUUID } from 'node:crypto';
import { OrganizationEntity } from '../../organizations/organization.entity.js';
import { ProgramEntity, ProgramPartnerEntity } from '../../programs/program.entity.js';
import { DEMO_ORGANIZATIONS, DEMO_PROGRAM, NEC_SCHOOL } from '../demo-data.js';
import { SCHOOL_FISCAL_YEAR_START_MONTH, SCHOOL_TIME_ZONE } from '../demo-calendar.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';

export interface DemoPrograms {
  nec: { id: string };
  demo: { id: string };
}

/** The organizations and the two programs with their partners. */
export async function seedOrganizations(seed: DemoSeed): Promise<{ org: OrgIds; programs: DemoPrograms }> {
  const org: OrgIds = Object.fromEntries(DEMO_ORGANIZATIONS.map((o) => [o.key, randomUUID()]));
  await seed.manager.insert(
    OrganizationEntity,
    DEMO_ORGANIZATIONS.map((o) => ({
      id: org[o.key],
      name: o.name,
      kind: o.kind as OrganizationEntity['kind'],
      parentId: o.parent ? org[o.parent] : null,
      website: o.website ?? null,
      country: o.country ?? null,
      region: o.region ?? null,
      description: o.description ?? null,
    })),
  );

  const programs = [NEC_SCHOOL, DEMO_PROGRAM].map((p) => ({ ...p, id: randomUUID() }));
  await seed.manager.insert(
    ProgramEntity,
    programs.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      foundedYear: p.foundedYear,
      organizerId: org[p.organizer],
      timeZone: SCHOOL_TIME_ZONE,
      fiscalYearStartMonth: SCHOOL_FISCAL_YEAR_START_MONTH,
    })),
  );
  await seed.manager.insert(
    ProgramPartnerEntity,
    programs.flatMap((p) => p.partners.map((x) => ({ programId: p.id, organizationId: org[x.organization], role: x.role }))),
  );
  const [nec, demo] = programs;
  return { org, programs: { nec, demo } };
}
