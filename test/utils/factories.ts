import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../../src/organizations/organization.entity.js';
import { OrganizationKind } from '../../src/organizations/organization-kind.enum.js';
import { ProgramEntity } from '../../src/programs/program.entity.js';
import { CohortEntity } from '../../src/cohorts/cohort.entity.js';
import { CohortStatus } from '../../src/cohorts/cohort-status.enum.js';
import { AffiliationEntity, PersonEntity } from '../../src/people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../../src/ventures/venture.entity.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../../src/enrollments/enrollment.entity.js';
import type { EnrollmentStatus } from '../../src/enrollments/enrollment-status.enum.js';
import { UserEntity } from '../../src/users/user.entity.js';
import type { Role } from '../../src/access/role.enum.js';
import { activityFactories } from './activity-factories.js';

/** The suite's data source, or a getter for it when the app is not started yet (useTestApp). */
export type DataSourceRef = DataSource | (() => DataSource);

export interface FactoryDefaults {
  /** The account that recorded sessions written by the factories (the STAFF test account under useTestApp). */
  recordedByUserId?: () => string;
}

/** A dated path through a status history: each status in order, with the day it was reached. */
export type Path<S> = [S, string][];

/** Minimal rows inserted straight through the TypeORM entities, for arranging a test. */
export function factories(source: DataSourceRef, defaults: FactoryDefaults = {}) {
  const ds = () => (typeof source === 'function' ? source() : source);
  const m = () => ds().manager;
  const counter = { n: 0 };
  const next = () => ++counter.n;
  const organization = (over: Partial<OrganizationEntity> = {}) =>
    m().save(m().create(OrganizationEntity, { name: `Org ${next()}`, kind: OrganizationKind.NPO, ...over }));
  const person = (over: Partial<PersonEntity> = {}) => m().save(m().create(PersonEntity, { name: `Person ${next()}`, ...over }));
  return {
    organization,
    program: async (over: Partial<ProgramEntity> = {}) => {
      const organizerId = over.organizerId ?? (await organization({ name: `Organizer ${next()}` })).id;
      return m().save(
        m().create(ProgramEntity, { name: `Program ${next()}`, organizerId, timeZone: 'Asia/Tokyo', fiscalYearStartMonth: 4, ...over }),
      );
    },
    cohort: (programId: string, year: number, over: Partial<CohortEntity> = {}) =>
      m().save(
        m().create(CohortEntity, {
          programId,
          year,
          name: `${year} cohort`,
          status: CohortStatus.COMPLETED,
          startsOn: `${year}-06-01`,
          endsOn: `${year + 1}-02-28`,
          ...over,
        }),
      ),
    person,
    venture: (over: Partial<VentureEntity> = {}) => m().save(m().create(VentureEntity, { name: `Venture ${next()}`, sdgs: [], ...over })),
    founder: (ventureId: string, personId: string, role = 'founder') => m().insert(VentureFounderEntity, { ventureId, personId, role }),
    /** An enrollment with its history: each status in `path` on the given date. */
    enrollment: async (cohortId: string, ventureId: string, path: Path<EnrollmentStatus>) => {
      const [status, statusOn] = path[path.length - 1];
      const e = await m().save(m().create(EnrollmentEntity, { cohortId, ventureId, status, statusOn }));
      await m().insert(
        EnrollmentEventEntity,
        path.map(([to, on], i) => ({ enrollmentId: e.id, fromStatus: i ? path[i - 1][0] : null, toStatus: to, occurredOn: on })),
      );
      return e;
    },
    /** An account with its person; `passwordHash` from hashPassword() when it must sign in. */
    user: async (roles: Role[], passwordHash = '!', over: Partial<UserEntity> = {}) => {
      const k = next();
      const p = await person({ name: `User ${k}` });
      return m().save(
        m().create(UserEntity, { personId: p.id, email: `user${k}@test.example`, passwordHash, roles, active: true, ...over }),
      );
    },
    affiliation: (personId: string, organizationId: string, over: Partial<AffiliationEntity> = {}) =>
      m().save(m().create(AffiliationEntity, { personId, organizationId, ...over })),
    ...activityFactories(m, { next, person, organization }, defaults),
    count: async (table: string) => Number((await ds().query(`SELECT count(*)::int AS n FROM ${table}`))[0].n),
    /** People other than the test accounts' own. */
    countPeople: async () =>
      Number((await ds().query(`SELECT count(*)::int AS n FROM people WHERE id NOT IN (SELECT person_id FROM users)`))[0].n),
  };
}

export type Factories = ReturnType<typeof factories>;
