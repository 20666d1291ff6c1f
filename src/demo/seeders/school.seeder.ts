import { randomUUID } from 'node:crypto';
import { CohortEntity } from '../../cohorts/cohort.entity.js';
import { CohortStatus } from '../../cohorts/cohort-status.enum.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../../enrollments/enrollment.entity.js';
import { EnrollmentStatus } from '../../enrollments/enrollment-status.enum.js';
import { PersonEntity } from '../../people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../../ventures/venture.entity.js';
import { cohortDates, fictionalPersonName, fictionalVentureName, necGraduatesIn, SECTORS } from '../demo-data.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import type { DemoPrograms } from './organizations.seeder.js';

const E = EnrollmentStatus;

type Journey = 'graduated' | 'withdrawn' | 'active' | 'applied';

/** The school's rows: cohorts, ventures with their founder, enrollments and their history. */
export class SchoolRows {
  readonly cohorts: Partial<CohortEntity>[] = [];
  readonly ventures: Partial<VentureEntity>[] = [];
  readonly people: Partial<PersonEntity>[] = [];
  readonly founders: Partial<VentureFounderEntity>[] = [];
  readonly enrollments: Partial<EnrollmentEntity>[] = [];
  readonly events: Partial<EnrollmentEventEntity>[] = [];
  private fictional = 0;

  constructor(private readonly org: OrgIds) {}

  addCohort(programId: string, year: number, status: CohortStatus): string {
    const id = randomUUID();
    this.cohorts.push({ id, programId, name: `${year} cohort`, year, status, ...cohortDates(year) });
    return id;
  }

  /** A venture (fictional unless `real` says otherwise), its founder and its enrollment's journey. */
  addVenture(cohortId: string, year: number, journey: Journey, real?: Partial<VentureEntity>): void {
    const i = this.fictional++;
    const sector = SECTORS[i % SECTORS.length];
    const ventureId = randomUUID();
    this.ventures.push({
      id: ventureId,
      name: fictionalVentureName(i),
      description: `Fictional demo venture (${sector.sector}), ${year} cohort.`,
      sector: sector.sector,
      foundedOn: `${year - (i % 3)}-0${1 + (i % 9)}-15`,
      originOrganizationId: i % 7 === 0 ? this.org.demoUniversity : null,
      website: null,
      sdgs: sector.sdgs,
      ...real,
    });
    const personId = randomUUID();
    this.people.push({
      id: personId,
      name: real ? `${real.name} founder` : fictionalPersonName(i),
      email: real ? null : `founder${i}@example.org`,
      phone: null,
    });
    this.founders.push({ ventureId, personId, role: 'founder' });
    this.enroll(cohortId, ventureId, year, journey);
  }

  private enroll(cohortId: string, ventureId: string, year: number, journey: Journey): void {
    const enrollmentId = randomUUID();
    const steps: [EnrollmentStatus, string][] = [[E.APPLIED, `${year}-03-01`]];
    if (journey !== 'applied') steps.push([E.ADMITTED, `${year}-04-15`], [E.ACTIVE, `${year}-06-01`]);
    if (journey === 'graduated') steps.push([E.GRADUATED, `${year + 1}-02-28`]);
    if (journey === 'withdrawn') steps.push([E.WITHDRAWN, `${year}-10-31`]);
    const [lastStatus, lastOn] = steps[steps.length - 1];
    this.enrollments.push({ id: enrollmentId, cohortId, ventureId, status: lastStatus, statusOn: lastOn });
    steps.forEach(([status, on], k) =>
      this.events.push({
        enrollmentId,
        fromStatus: k === 0 ? null : steps[k - 1][0],
        toStatus: status,
        occurredOn: on,
        note: status === E.WITHDRAWN ? 'Withdrew to focus on operations (fictional).' : null,
        recordedBy: 'demo-data',
      }),
    );
  }

  /** The founder of a venture (each demo venture has one). */
  founderOf(ventureId: string | undefined): string {
    return this.founders.find((x) => x.ventureId === ventureId)?.personId as string;
  }

  graduated(v: Partial<VentureEntity>): boolean {
    return this.enrollments.some((e) => e.ventureId === v.id && e.status === E.GRADUATED);
  }
}

/** NEC school cohorts 2002..2027 (BANSO-CO in 2021) and the fictional program's 2021..2025. */
export async function seedSchool(seed: DemoSeed, org: OrgIds, { nec, demo }: DemoPrograms): Promise<SchoolRows> {
  const school = new SchoolRows(org);
  for (let year = 2002; year <= 2027; year++) {
    const status = year <= 2025 ? CohortStatus.COMPLETED : year === 2026 ? CohortStatus.ACTIVE : CohortStatus.PLANNED;
    const cohortId = school.addCohort(nec.id, year, status);
    if (year === 2027) {
      school.addVenture(cohortId, 2026, 'applied');
      school.addVenture(cohortId, 2026, 'applied');
      continue;
    }
    if (year === 2026) {
      for (let k = 0; k < 4; k++) school.addVenture(cohortId, year, 'active');
      continue;
    }
    let graduates = year <= 2024 ? necGraduatesIn(year) : 4;
    if (year === 2021) {
      school.addVenture(cohortId, year, 'graduated', bansoCo(org));
      graduates -= 1;
    }
    for (let k = 0; k < graduates; k++) school.addVenture(cohortId, year, 'graduated');
    if (year % 3 === 0) school.addVenture(cohortId, year, 'withdrawn');
  }
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const cohortId = school.addCohort(demo.id, year, CohortStatus.COMPLETED);
    school.addVenture(cohortId, year, 'graduated');
    school.addVenture(cohortId, year, year % 2 ? 'graduated' : 'withdrawn');
  }
  await seed.insert(CohortEntity, school.cohorts);
  await seed.insert(VentureEntity, school.ventures);
  await seed.insert(PersonEntity, school.people);
  await seed.insert(VentureFounderEntity, school.founders);
  await seed.insert(EnrollmentEntity, school.enrollments);
  await seed.insert(EnrollmentEventEntity, school.events);
  return school;
}

export const BANSO_CO = 'BANSO-CO Inc.';

/** The one real venture of the public case. */
const bansoCo = (org: OrgIds): Partial<VentureEntity> => ({
  name: BANSO_CO,
  description:
    'Startup from Institute of Science Tokyo, founded by a 2021 graduate of the NEC Social Entrepreneurship School. After graduation it entered a business collaboration with NEC Body Care, a healthcare service developed as an NEC demonstration project, supported by the NEC Pro Bono Club.',
  sector: 'healthcare',
  foundedOn: null,
  originOrganizationId: org.scienceTokyo,
  sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING, Sdg.INDUSTRY_INNOVATION_AND_INFRASTRUCTURE],
});
