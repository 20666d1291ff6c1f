import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { DataSource, type EntityManager } from 'typeorm';
// The seeder writes every module's tables in one transaction, so it uses their entities directly.
import { AppMetaEntity } from '../database/app-meta.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProgramEntity, ProgramPartnerEntity } from '../programs/program.entity.js';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { CohortStatus } from '../cohorts/cohort-status.enum.js';
import { AffiliationEntity, PersonEntity } from '../people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../ventures/venture.entity.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../enrollments/enrollment.entity.js';
import { EnrollmentStatus } from '../enrollments/enrollment-status.enum.js';
import { Sdg } from '../common/graphql/sdg.enum.js';
import { UserEntity } from '../users/user.entity.js';
import { Role } from '../auth/role.enum.js';
import { hashPassword } from '../auth/passwords.js';
import { AssignmentRole } from '../mentoring/assignment-role.enum.js';
import { MentorAssignmentEntity, MentorEntity } from '../mentoring/mentor.entity.js';
import { MentoringSessionEntity, MentoringSessionRevisionEntity, MentoringTopicEntity } from '../mentoring/mentoring-session.entity.js';
import { SessionFormat } from '../mentoring/session-format.enum.js';
import { CollaborationEntity, CollaborationStageChangeEntity } from '../collaborations/collaboration.entity.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage } from '../collaborations/collaboration.enums.js';
import {
  cohortDates,
  DEMO_ORGANIZATIONS,
  DEMO_PROGRAM,
  fictionalPersonName,
  fictionalVentureName,
  NEC_SCHOOL,
  necGraduatesIn,
  SECTORS,
} from './demo-data.js';

const META_KEY = 'demo_data';
const E = EnrollmentStatus;

type Journey = 'graduated' | 'withdrawn' | 'active' | 'applied';

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

  private async insertAll(manager: EntityManager, withAccounts: boolean): Promise<void> {
    const org: Record<string, string> = Object.fromEntries(DEMO_ORGANIZATIONS.map((o) => [o.key, randomUUID()]));
    await manager.insert(
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
    await manager.insert(
      ProgramEntity,
      programs.map((p) => ({ id: p.id, name: p.name, description: p.description, foundedYear: p.foundedYear, organizerId: org[p.organizer] })),
    );
    await manager.insert(
      ProgramPartnerEntity,
      programs.flatMap((p) => p.partners.map((x) => ({ programId: p.id, organizationId: org[x.organization], role: x.role }))),
    );

    const cohorts: Partial<CohortEntity>[] = [];
    const ventures: Partial<VentureEntity>[] = [];
    const people: Partial<PersonEntity>[] = [];
    const founders: Partial<VentureFounderEntity>[] = [];
    const enrollments: Partial<EnrollmentEntity>[] = [];
    const events: Partial<EnrollmentEventEntity>[] = [];

    const addCohort = (programId: string, year: number, status: CohortStatus) => {
      const id = randomUUID();
      cohorts.push({ id, programId, name: `${year} cohort`, year, status, ...cohortDates(year) });
      return id;
    };

    let fictional = 0;
    const addVenture = (cohortId: string, year: number, journey: Journey, real?: Partial<VentureEntity>) => {
      const i = fictional++;
      const sector = SECTORS[i % SECTORS.length];
      const ventureId = randomUUID();
      ventures.push({
        id: ventureId,
        name: fictionalVentureName(i),
        description: `Fictional demo venture (${sector.sector}), ${year} cohort.`,
        sector: sector.sector,
        foundedOn: `${year - (i % 3)}-0${1 + (i % 9)}-15`,
        originOrganizationId: i % 7 === 0 ? org.demoUniversity : null,
        website: null,
        sdgs: sector.sdgs,
        ...real,
      });
      const personId = randomUUID();
      people.push({
        id: personId,
        name: real ? `${real.name} founder` : fictionalPersonName(i),
        email: real ? null : `founder${i}@example.org`,
        phone: null,
      });
      founders.push({ ventureId, personId, role: 'founder' });

      const enrollmentId = randomUUID();
      const steps: [EnrollmentStatus, string][] = [[E.APPLIED, `${year}-03-01`]];
      if (journey !== 'applied') steps.push([E.ADMITTED, `${year}-04-15`], [E.ACTIVE, `${year}-06-01`]);
      if (journey === 'graduated') steps.push([E.GRADUATED, `${year + 1}-02-28`]);
      if (journey === 'withdrawn') steps.push([E.WITHDRAWN, `${year}-10-31`]);
      const [lastStatus, lastOn] = steps[steps.length - 1];
      enrollments.push({ id: enrollmentId, cohortId, ventureId, status: lastStatus, statusOn: lastOn });
      steps.forEach(([status, on], k) =>
        events.push({
          enrollmentId,
          fromStatus: k === 0 ? null : steps[k - 1][0],
          toStatus: status,
          occurredOn: on,
          note: status === E.WITHDRAWN ? 'Withdrew to focus on operations (fictional).' : null,
          recordedBy: 'demo-data',
        }),
      );
    };

    const [nec, demo] = programs;
    for (let year = 2002; year <= 2027; year++) {
      const status = year <= 2025 ? CohortStatus.COMPLETED : year === 2026 ? CohortStatus.ACTIVE : CohortStatus.PLANNED;
      const cohortId = addCohort(nec.id, year, status);
      if (year === 2027) {
        addVenture(cohortId, 2026, 'applied');
        addVenture(cohortId, 2026, 'applied');
        continue;
      }
      if (year === 2026) {
        for (let k = 0; k < 4; k++) addVenture(cohortId, year, 'active');
        continue;
      }
      let graduates = year <= 2024 ? necGraduatesIn(year) : 4;
      if (year === 2021) {
        addVenture(cohortId, year, 'graduated', {
          name: 'BANSO-CO Inc.',
          description:
            'Startup from Institute of Science Tokyo, founded by a 2021 graduate of the NEC Social Entrepreneurship School. After graduation it entered a business collaboration with NEC Body Care, a healthcare service developed as an NEC demonstration project, supported by the NEC Pro Bono Club.',
          sector: 'healthcare',
          foundedOn: null,
          originOrganizationId: org.scienceTokyo,
          sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING, Sdg.INDUSTRY_INNOVATION_AND_INFRASTRUCTURE],
        });
        graduates -= 1;
      }
      for (let k = 0; k < graduates; k++) addVenture(cohortId, year, 'graduated');
      if (year % 3 === 0) addVenture(cohortId, year, 'withdrawn');
    }
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const cohortId = addCohort(demo.id, year, CohortStatus.COMPLETED);
      addVenture(cohortId, year, 'graduated');
      addVenture(cohortId, year, year % 2 ? 'graduated' : 'withdrawn');
    }

    // A few people with affiliations: partner employees and program staff (fictional names).
    const affiliations: Partial<AffiliationEntity>[] = [];
    const staff: [string, string, string][] = [
      ['Program coordinator', 'etic', '2015-04-01'],
      ['Pro bono volunteer (engineer)', 'proBonoClub', '2020-07-01'],
      ['Pro bono volunteer (designer)', 'proBonoClub', '2021-04-01'],
      ['NEC Body Care product lead', 'necBodyCare', '2022-04-01'],
      ['Pro bono project manager', 'serviceGrant', '2012-04-01'],
    ];
    staff.forEach(([role, orgKey, startsOn], k) => {
      const id = randomUUID();
      people.push({ id, name: fictionalPersonName(150 - k), email: `staff${k}@example.org`, phone: null });
      affiliations.push({ personId: id, organizationId: org[orgKey], role, startsOn, endsOn: null });
      if (orgKey === 'proBonoClub') affiliations.push({ personId: id, organizationId: org.nec, role: 'employee', startsOn: '2010-04-01', endsOn: null });
    });

    // One demo account per role, with the passwords the README lists: never in production.
    const users: Partial<UserEntity>[] = [];
    for (const role of withAccounts ? Object.values(Role) : []) {
      const id = randomUUID();
      const email = `${role.toLowerCase()}@alumni-graph.example`;
      people.push({ id, name: `Demo ${role.toLowerCase()}`, email, phone: null });
      users.push({ personId: id, email, passwordHash: await hashPassword(`demo-${role.toLowerCase()}-password`), roles: [role], active: true });
    }

    // Mentoring: the topic list, mentors (the demo mentor account first), assignments in
    // recent cohorts and a few sessions each; one active venture is left without a session.
    const topics = ['Fundraising', 'Pricing', 'Impact measurement', 'Team building', 'Partnerships', 'Pitching'];
    const mentorPersonIds: string[] = [];
    if (withAccounts) mentorPersonIds.push(users.find((u) => u.roles?.includes(Role.MENTOR))?.personId as string);
    for (let k = 0; k < 4; k++) {
      const id = randomUUID();
      people.push({ id, name: fictionalPersonName(130 + k), email: `mentor${k}@example.org`, phone: null });
      affiliations.push({ personId: id, organizationId: org.nec, role: 'employee, volunteer mentor', startsOn: '2015-04-01', endsOn: null });
      mentorPersonIds.push(id);
    }
    const mentors = mentorPersonIds.map((personId, k) => ({
      id: randomUUID(),
      personId,
      expertise: [['healthcare', 'sales'], ['finance'], ['product', 'design'], ['impact measurement'], ['partnerships']][k % 5],
      languages: ['ja', 'en'],
      affiliationOrganizationId: org.nec,
      capacity: 8,
      active: true,
    }));
    const cohortYear = new Map(cohorts.map((c) => [c.id, c.year as number]));
    const assignments: Partial<MentorAssignmentEntity>[] = [];
    const sessions: Partial<MentoringSessionEntity>[] = [];
    const revisions: Partial<MentoringSessionRevisionEntity>[] = [];
    let turn = 0;
    for (const e of enrollments) {
      const year = cohortYear.get(e.cohortId as string) as number;
      const running = e.status === E.ACTIVE;
      if (![2021, 2024, 2025, 2026].includes(year) || !(running || e.status === E.GRADUATED)) continue;
      const mentor = mentors[turn++ % mentors.length];
      const assignment = { id: randomUUID(), mentorId: mentor.id, enrollmentId: e.id, role: AssignmentRole.LEAD, startsOn: `${year}-06-01`, endsOn: running ? null : `${year + 1}-02-28` };
      assignments.push(assignment);
      const months = running ? (turn % 4 === 0 ? [] : ['07', '09']) : ['07', '09', '11'];
      months.forEach((month, k) => {
        const session = {
          id: randomUUID(),
          assignmentId: assignment.id,
          mentorId: mentor.id,
          ventureId: e.ventureId,
          cohortId: e.cohortId,
          heldAt: new Date(`${year}-${month}-15T10:00:00+09:00`),
          durationMinutes: [60, 90, 45][k % 3],
          format: [SessionFormat.IN_PERSON, SessionFormat.ONLINE, SessionFormat.ONLINE][k % 3],
          topics: [topics[(turn + k) % topics.length]],
          tags: [],
          attendeePersonIds: founders.filter((x) => x.ventureId === e.ventureId).map((x) => x.personId as string),
          summary: `Demo session ${k + 1}: worked on ${topics[(turn + k) % topics.length].toLowerCase()}.`,
          privateNotes: 'Demo private note: only the mentor and staff can read this.',
          recordedByUserId: randomUUID(),
          onBehalf: false,
          idempotencyKey: null,
          version: 1,
          deletedAt: null,
        } satisfies Partial<MentoringSessionEntity>;
        sessions.push(session);
        revisions.push({ sessionId: session.id, version: 1, snapshot: { summary: session.summary }, editedByUserId: session.recordedByUserId });
      });
    }

    // Collaborations: BANSO-CO with NEC Body Care (stage dates are illustrative: the public case
    // names the partnership, not its dates), plus fictional ones of other alumni.
    const collaborations: Partial<CollaborationEntity>[] = [];
    const stageChanges: Partial<CollaborationStageChangeEntity>[] = [];
    const collaborate = (ventureId: string, organizationId: string, title: string, domain: CollaborationDomain, kind: CollaborationKind, path: [CollaborationStage, string][], description: string) => {
      const id = randomUUID();
      const [stage, stageOn] = path[path.length - 1];
      collaborations.push({ id, ventureId, organizationId, title, domain, kind, description, startedOn: path[0][1], endedOn: stage === CollaborationStage.ENDED ? stageOn : null, stage, stageOn, sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING] });
      path.forEach(([to, on], i) =>
        stageChanges.push({ collaborationId: id, fromStage: i ? path[i - 1][0] : null, toStage: to, changedOn: on, reason: to === CollaborationStage.ENDED ? 'Fictional: pilot not continued' : null, recordedByUserId: null }),
      );
    };
    const banso = ventures.find((v) => v.name === 'BANSO-CO Inc.');
    if (banso?.id) {
      collaborate(banso.id, org.necBodyCare, 'NEC Body Care business collaboration', CollaborationDomain.HEALTHCARE, CollaborationKind.DEMONSTRATION_PROJECT, [
        [CollaborationStage.EXPLORING, '2023-04-01'],
        [CollaborationStage.PILOT, '2023-10-01'],
        [CollaborationStage.DEMONSTRATION, '2024-06-01'],
      ], 'Business collaboration with NEC Body Care, a healthcare service developed as an NEC demonstration project, supported by the NEC Pro Bono Club.');
    }
    const alumni = ventures.filter((v) => v.name !== 'BANSO-CO Inc.' && v.sector === 'healthcare').slice(0, 3);
    alumni.forEach((v, k) =>
      collaborate(v.id as string, org.nec, `Fictional collaboration ${k + 1}`, CollaborationDomain.HEALTHCARE, CollaborationKind.PROOF_OF_CONCEPT,
        k === 1 ? [[CollaborationStage.EXPLORING, '2019-05-01'], [CollaborationStage.ENDED, '2019-12-01']] : [[CollaborationStage.EXPLORING, `202${k + 2}-05-01`]],
        'Fictional demo collaboration.'),
    );

    const chunked = async <T>(entity: new () => T, rows: Partial<T>[]) => {
      for (let i = 0; i < rows.length; i += 500) await manager.insert(entity, rows.slice(i, i + 500) as never);
    };
    await chunked(CohortEntity, cohorts);
    await chunked(VentureEntity, ventures);
    await chunked(PersonEntity, people);
    await chunked(VentureFounderEntity, founders);
    await chunked(AffiliationEntity, affiliations);
    await chunked(EnrollmentEntity, enrollments);
    await chunked(EnrollmentEventEntity, events);
    await chunked(UserEntity, users);
    await chunked(MentoringTopicEntity, topics.map((name) => ({ name })));
    await chunked(MentorEntity, mentors);
    await chunked(MentorAssignmentEntity, assignments);
    await chunked(MentoringSessionEntity, sessions);
    await chunked(MentoringSessionRevisionEntity, revisions);
    await chunked(CollaborationEntity, collaborations);
    await chunked(CollaborationStageChangeEntity, stageChanges);
  }
}
