import { randomUUID } from 'node:crypto';
import { Role } from '../../access/role.enum.js';
import { AffiliationEntity, PersonEntity } from '../../people/person.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { hashPassword } from '../../users/passwords.js';
import { fictionalPersonName } from '../demo-data.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';

/** People of the partners and staff whom later parts of the demo name. */
export interface DemoStaff {
  coordinator: string;
  volunteerEngineer: string;
  volunteerDesigner: string;
  bodyCareLead: string;
  serviceGrantPm: string;
}

/** Partner employees and program staff with their affiliations (fictional names). */
export async function seedStaff(seed: DemoSeed, org: OrgIds): Promise<DemoStaff> {
  const people: Partial<PersonEntity>[] = [];
  const affiliations: Partial<AffiliationEntity>[] = [];
  const staff: [string, string, string][] = [
    ['Program coordinator', 'etic', '2015-04-01'],
    ['Pro bono volunteer (engineer)', 'proBonoClub', '2020-07-01'],
    ['Pro bono volunteer (designer)', 'proBonoClub', '2021-04-01'],
    ['NEC Body Care product lead', 'necBodyCare', '2022-04-01'],
    ['Pro bono project manager', 'serviceGrant', '2012-04-01'],
  ];
  const ids = staff.map(([role, orgKey, startsOn], k) => {
    const id = randomUUID();
    people.push({ id, name: fictionalPersonName(150 - k), email: `staff${k}@example.org`, phone: null });
    affiliations.push({ personId: id, organizationId: org[orgKey], role, startsOn, endsOn: null });
    if (orgKey === 'proBonoClub')
      affiliations.push({ personId: id, organizationId: org.nec, role: 'employee', startsOn: '2010-04-01', endsOn: null });
    return id;
  });
  await seed.insert(PersonEntity, people);
  await seed.insert(AffiliationEntity, affiliations);
  const [coordinator, volunteerEngineer, volunteerDesigner, bodyCareLead, serviceGrantPm] = ids;
  return { coordinator, volunteerEngineer, volunteerDesigner, bodyCareLead, serviceGrantPm };
}

/** The demo accounts' emails, one per role (the README lists them with their passwords). */
export const DEMO_ACCOUNT_EMAILS: string[] = Object.values(Role).map((role) => `${role.toLowerCase()}@alumni-graph.example`);

/**
 * One demo account per role, with the passwords the README lists: never in production.
 * Returns the person of the mentor account, or null without accounts.
 */
export async function seedAccounts(seed: DemoSeed): Promise<string | null> {
  if (!seed.withAccounts) return null;
  const people: Partial<PersonEntity>[] = [];
  const users: Partial<UserEntity>[] = [];
  for (const role of Object.values(Role)) {
    const id = randomUUID();
    const email = `${role.toLowerCase()}@alumni-graph.example`;
    people.push({ id, name: `Demo ${role.toLowerCase()}`, email, phone: null });
    users.push({
      personId: id,
      email,
      passwordHash: await hashPassword(`demo-${role.toLowerCase()}-password`),
      roles: [role],
      active: true,
    });
  }
  await seed.insert(PersonEntity, people);
  await seed.insert(UserEntity, users);
  return users.find((u) => u.roles?.includes(Role.MENTOR))?.personId as string;
}
