import { randomUUID } from 'node:crypto';
import { CohortEntity } from '../../cohorts/cohort.entity.js';
import { CohortStatus } from '../../cohorts/cohort-status.enum.js';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../../enrollments/enrollment.entity.js';
import { EnrollmentStatus } from '../../enrollments/enrollment-status.enum.js';
import { PersonEntity } from '../../people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../../ventures/venture.entity.js';
import { addDays, type DemoCalendar, LAST_PUBLIC_FISCAL_YEAR } from '../demo-calendar.js';
import { cohortDates, fictionalPersonName, fictionalVentureName, necGraduatesIn, SECTORS } from '../demo-data.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import type { DemoPrograms } from './organizations.seeder.js';

const E = EnrollmentStatus;

type Journey = 'graduated' | 'withdrawn' | 'active' | 'admitted' | 'applied';

/** The school's rows: cohorts, ventures with their founder, enrollments and their history. */
export class SchoolRows {
  readonly cohorts: Partial<CohortEntity>[] = [];
  readonly ventures: Partial<VentureEntity>[] = [];
  readonly people: Partial<PersonEntity>[] = [];
  readonly founders: Partial<VentureFounderEntity>[] = [];
  readonly enrollments: Partial<EnrollmentEntity>[] = [];
  readonly events: Partial<EnrollmentEventEntity>[] = [];
  private fictional = 0;

  constructor(
    private readonly org: OrgIds,
    private readonly calendar: DemoCalendar,
  ) {}

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
      // Ventures of the running and next cohorts were founded before today.
      foundedOn: `${year - (i % 3) - (year >= this.calendar.fiscalYear ? 1 : 0)}-0${1 + (i % 9)}-15`,
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
    this.enroll(cohortId, ventureId, journey);
  }

  /** The journey's dated steps: applied three months and admitted six weeks before the cohort starts (never after today). */
  private enroll(cohortId: string, ventureId: string, journey: Journey): void {
    const enrollmentId = randomUUID();
    const { startsOn, endsOn } = this.cohorts.find((c) => c.id === cohortId) as { startsOn: string; endsOn: string };
    const steps: [EnrollmentStatus, string][] = [[E.APPLIED, [addDays(startsOn, -92), addDays(this.calendar.today, -7)].sort()[0]]];
    if (journey !== 'applied') steps.push([E.ADMITTED, addDays(startsOn, -47)]);
    if (journey !== 'applied' && journey !== 'admitted') steps.push([E.ACTIVE, startsOn]);
    if (journey === 'graduated') steps.push([E.GRADUATED, endsOn]);
    if (journey === 'withdrawn') steps.push([E.WITHDRAWN, addDays(startsOn, 152)]);
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

/**
 * NEC school cohorts from 2002 (BANSO-CO in 2021) to the one after the running fiscal year, and
 * the fictional program's from 2021. Up to fiscal 2024 the public case; after it, fictional
 * cohorts up to today's: completed ones, the running one (ventures applied, admitted and active,
 * for staff to move on) and the next, planned, with two applicants.
 */
export async function seedSchool(seed: DemoSeed, org: OrgIds, { nec, demo }: DemoPrograms): Promise<SchoolRows> {
  const school = new SchoolRows(org, seed.calendar);
  const running = seed.calendar.fiscalYear;
  for (let year = 2002; year <= running + 1; year++) {
    const status = year < running ? CohortStatus.COMPLETED : year === running ? CohortStatus.ACTIVE : CohortStatus.PLANNED;
    const cohortId = school.addCohort(nec.id, year, status);
    if (year >= running) {
      const journeys: Journey[] =
        year === running ? ['active', 'active', 'active', 'active', 'admitted', 'applied', 'applied'] : ['applied', 'applied'];
      for (const journey of journeys) school.addVenture(cohortId, year, journey);
      continue;
    }
    let graduates = year <= LAST_PUBLIC_FISCAL_YEAR ? necGraduatesIn(year) : 4;
    if (year === 2021) {
      school.addVenture(cohortId, year, 'graduated', bansoCo(org));
      graduates -= 1;
    }
    for (let k = 0; k < graduates; k++) school.addVenture(cohortId, year, 'graduated');
    if (year % 3 === 0) school.addVenture(cohortId, year, 'withdrawn');
  }
  for (let year = 2021; year < running; year++) {
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
