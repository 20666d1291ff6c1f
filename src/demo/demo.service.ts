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
import { Role } from '../access/role.enum.js';
import { hashPassword } from '../users/passwords.js';
import { AssignmentRole } from '../mentoring/assignment-role.enum.js';
import { MentorAssignmentEntity, MentorEntity } from '../mentoring/mentor.entity.js';
import { MentoringSessionEntity, MentoringSessionRevisionEntity, MentoringTopicEntity } from '../mentoring/mentoring-session.entity.js';
import { SessionFormat } from '../mentoring/session-format.enum.js';
import { CollaborationContactEntity, CollaborationEntity, CollaborationStageChangeEntity } from '../collaborations/collaboration.entity.js';
import { CollaborationDomain, CollaborationKind, CollaborationStage, ContactSide } from '../collaborations/collaboration.enum.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
  SocialIssueEntity,
} from '../pro-bono/pro-bono.entity.js';
import { EngagementStatus } from '../pro-bono/pro-bono.enum.js';
import { EventEntity, EventOrganizationEntity } from '../events/event.entity.js';
import { EventKind, EventOrganizationRole } from '../events/event.enum.js';
import { MetricDefinitionEntity, OutcomeRecordEntity, RecognitionEntity } from '../outcomes/outcome.entity.js';
import { Currency, OutcomeSource, RecognitionKind } from '../outcomes/outcome.enum.js';
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
    const staffIds: string[] = [];
    staff.forEach(([role, orgKey, startsOn], k) => {
      const id = randomUUID();
      staffIds.push(id);
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

    // After graduation: who worked on the BANSO-CO collaboration, the Pro Bono Club engagement
    // supporting it, other pro bono work, and the two public events of 2024. Dates and hours the
    // public case does not give are illustrative; fictional rows say so.
    const [, volunteerEngineer, volunteerDesigner, bodyCareLead, serviceGrantPm] = staffIds;
    const bansoFounder = founders.find((x) => x.ventureId === banso?.id)?.personId as string;
    const bansoCollaboration = collaborations.find((c) => c.ventureId === banso?.id);
    const contacts: Partial<CollaborationContactEntity>[] = bansoCollaboration
      ? [
          { collaborationId: bansoCollaboration.id, personId: bansoFounder, side: ContactSide.VENTURE, role: 'founder and CEO' },
          { collaborationId: bansoCollaboration.id, personId: bodyCareLead, side: ContactSide.PARTNER, role: 'product lead (fictional person)' },
        ]
      : [];
    const issueNames = ['Healthy ageing and care', "Children's science education", 'Regional revitalization', 'Disaster recovery', 'Employment and inclusion', 'Community health'];
    const issues = issueNames.map((name) => ({ id: randomUUID(), name, description: null }));
    const issue = (name: string) => issues.find((i) => i.name === name)?.id as string;
    const engagements: Partial<ProBonoEngagementEntity>[] = [];
    const engagementIssues: Partial<EngagementSocialIssueEntity>[] = [];
    const statusChanges: Partial<EngagementStatusChangeEntity>[] = [];
    const volunteers: Partial<ProBonoVolunteerEntity>[] = [];
    const volunteerChanges: Partial<ProBonoVolunteerChangeEntity>[] = [];
    const engage = (
      e: Omit<Partial<ProBonoEngagementEntity>, 'status'> & { issues: string[]; path: [EngagementStatus, string][]; crew?: [string, string, number][] },
    ) => {
      const id = randomUUID();
      const [status, statusOn] = e.path[e.path.length - 1];
      const started = e.path.find(([s]) => s === EngagementStatus.ACTIVE)?.[1] ?? e.path[0][1];
      const ended = status === EngagementStatus.COMPLETED || status === EngagementStatus.CANCELLED ? statusOn : null;
      const { issues: names, path, crew = [], ...fields } = e;
      engagements.push({ description: null, beneficiaryOrganizationId: null, beneficiaryVentureId: null, organizerId: org.proBonoClub, intermediaryId: null, supportedCollaborationId: null, deliverables: null, ...fields, id, status, statusOn, startedOn: started, endedOn: ended });
      names.forEach((n) => engagementIssues.push({ engagementId: id, socialIssueId: issue(n) }));
      path.forEach(([to, on], i) => statusChanges.push({ engagementId: id, fromStatus: i ? path[i - 1][0] : null, toStatus: to, changedOn: on, recordedByUserId: null }));
      crew.forEach(([personId, role, hours]) => {
        const volunteerId = randomUUID();
        volunteers.push({ id: volunteerId, engagementId: id, personId, role, hours, joinedOn: started, changedOn: ended ?? started });
        volunteerChanges.push({ volunteerId, role, hours: 0, changedOn: started, recordedByUserId: null });
        if (hours) volunteerChanges.push({ volunteerId, role, hours, changedOn: ended ?? started, recordedByUserId: null });
      });
      return id;
    };
    const P = EngagementStatus;
    if (banso?.id && bansoCollaboration) {
      engage({
        title: 'NEC Pro Bono Club support for the BANSO-CO × NEC Body Care collaboration',
        description: 'NEC Pro Bono Club volunteers support the partnership between BANSO-CO and NEC Body Care. Dates, hours and deliverables are illustrative.',
        beneficiaryVentureId: banso.id,
        supportedCollaborationId: bansoCollaboration.id,
        sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
        skills: ['user research', 'service design', 'marketing'],
        deliverables: 'Interviews with care workers and a service brochure for the demonstration project (illustrative).',
        issues: ['Healthy ageing and care', 'Community health'],
        path: [[P.PROPOSED, '2023-11-01'], [P.ACTIVE, '2024-01-15'], [P.COMPLETED, '2024-07-31']],
        crew: [
          [volunteerEngineer, 'project lead', 48],
          [volunteerDesigner, 'service designer', 36],
          [mentors[1].personId, 'marketing advisor (also a mentor)', 20.5],
        ],
      });
    }
    const rocket = engage({
      title: 'Kawasaki SDGs Partner Festival 2024: family science program',
      description: 'The NEC Pro Bono Club prepared and ran "Make Your Own Rocket!" at NEC Tamagawa Plant, one of dozens of programs of the festival held with Kawasaki City for its centenary.',
      beneficiaryOrganizationId: org.kawasaki,
      sdgs: [Sdg.QUALITY_EDUCATION, Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
      skills: ['science education', 'event operations'],
      issues: ["Children's science education", 'Regional revitalization'],
      path: [[P.ACTIVE, '2024-08-01'], [P.COMPLETED, '2024-10-31']],
      crew: [[volunteerEngineer, 'program lead (space business)', 12], [volunteerDesigner, 'materials', 6]],
    });
    engage({
      title: 'Fictional: recovery communication plan for Fukushima Prefecture',
      description: 'Fictional demo engagement matched through Service Grant.',
      beneficiaryOrganizationId: org.fukushima,
      intermediaryId: org.serviceGrant,
      sdgs: [Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES],
      skills: ['communication planning'],
      issues: ['Disaster recovery', 'Regional revitalization'],
      path: [[P.ACTIVE, '2022-05-01'], [P.COMPLETED, '2022-11-30']],
      crew: [[volunteerDesigner, 'copywriter', 30], [serviceGrantPm, 'coordinator', 10]],
    });
    const otherAlumnus = ventures.find((v) => v.sector === 'education' && enrollments.some((e) => e.ventureId === v.id && e.status === E.GRADUATED));
    if (otherAlumnus?.id) {
      engage({
        title: 'Fictional: website renewal for an alumni venture',
        description: 'Fictional demo engagement for an alumni venture, still proposed.',
        beneficiaryVentureId: otherAlumnus.id,
        sdgs: [Sdg.QUALITY_EDUCATION],
        skills: ['web design'],
        issues: ['Employment and inclusion'],
        path: [[P.PROPOSED, '2025-09-01']],
      });
    }

    const demoEvents: Partial<EventEntity>[] = [
      {
        id: randomUUID(),
        title: 'NEC Social Entrepreneur Forum 2024',
        kind: EventKind.FORUM,
        description: 'Current students, alumni and NEC employees of the NEC Social Entrepreneurship School, in person and online. The day in November is illustrative.',
        startsOn: '2024-11-20',
        endsOn: '2024-11-20',
        place: 'Tokyo (venue not in the public case)',
        online: true,
        programId: nec.id,
        cohortId: null,
        engagementId: null,
        sdgs: [Sdg.DECENT_WORK_AND_ECONOMIC_GROWTH, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
        attendanceOnline: 150,
        attendanceEmployees: 150,
        attendanceNote: 'Over 150 NEC employees joined online; in-person counts are not public.',
      },
      {
        id: randomUUID(),
        title: 'Make Your Own Rocket!',
        kind: EventKind.FESTIVAL_PROGRAM,
        description: 'Family program of the Kawasaki SDGs Partner Festival 2024: balloon-powered rockets, led by an NEC employee from the space business. The day in October is illustrative.',
        startsOn: '2024-10-19',
        endsOn: '2024-10-19',
        place: 'NEC Tamagawa Plant, Kawasaki',
        online: false,
        programId: null,
        cohortId: null,
        engagementId: rocket,
        sdgs: [Sdg.QUALITY_EDUCATION, Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES],
        attendanceNote: 'Attendance not in the public case.',
      },
    ];
    const eventOrganizations: Partial<EventOrganizationEntity>[] = [
      { eventId: demoEvents[0].id, organizationId: org.etic, role: EventOrganizationRole.ORGANIZER },
      { eventId: demoEvents[0].id, organizationId: org.nec, role: EventOrganizationRole.ORGANIZER },
      { eventId: demoEvents[1].id, organizationId: org.proBonoClub, role: EventOrganizationRole.ORGANIZER },
      { eventId: demoEvents[1].id, organizationId: org.kawasaki, role: EventOrganizationRole.PARTNER },
      { eventId: demoEvents[1].id, organizationId: org.tamagawa, role: EventOrganizationRole.PARTNER },
    ];

    // Outcomes and recognitions: the two recognitions DOMAIN.md names go to fictional graduates
    // (the public case does not name the ventures); every value is fictional.
    const metricId = Object.fromEntries((await manager.find(MetricDefinitionEntity)).map((m) => [m.code, m.id]));
    const graduated = ventures.filter((v) => v.name !== 'BANSO-CO Inc.' && enrollments.some((e) => e.ventureId === v.id && e.status === E.GRADUATED));
    const founderOf = (ventureId: string) => founders.find((x) => x.ventureId === ventureId)?.personId as string;
    const recognitions: Partial<RecognitionEntity>[] = [
      {
        name: 'Entrepreneur of the Year (youngest-ever recipient)',
        kind: RecognitionKind.AWARD,
        awardingOrganizationId: org.hbsClub,
        year: 2019,
        receivedOn: null,
        ventureId: graduated[10].id,
        personId: founderOf(graduated[10].id as string),
        description: 'Named in the public case; given here to a fictional graduate, and the year is illustrative.',
      },
      {
        name: 'Top 100 social entrepreneurs who change the world',
        kind: RecognitionKind.MEDIA_SELECTION,
        awardingOrganizationId: org.newsweek,
        year: 2016,
        receivedOn: null,
        ventureId: null,
        personId: founderOf(graduated[3].id as string),
        description: 'Named in the public case; given here to a fictional graduate, and the year is illustrative.',
      },
    ];
    const outcomes: Partial<OutcomeRecordEntity>[] = [];
    const outcome = (ventureId: string, code: string, value: number, dates: { asOf?: string; periodStart?: string; periodEnd?: string }, currency: Currency | null = null, supersededAt: Date | null = null, lineageId?: string) => {
      const id = randomUUID();
      outcomes.push({ id, lineageId: lineageId ?? id, ventureId, metricId: metricId[code], value, currency, asOf: dates.asOf ?? null, periodStart: dates.periodStart ?? null, periodEnd: dates.periodEnd ?? null, source: OutcomeSource.SURVEY, sourceReference: 'Fictional alumni survey', note: 'Fictional demo value.', supersededAt, recordedByUserId: null });
      return id;
    };
    graduated.slice(0, 12).forEach((v, k) => {
      const id = v.id as string;
      for (const year of [2022, 2023, 2024]) {
        outcome(id, 'FUNDING_RAISED', (k + 1) * 1_000_000 * (year - 2021), { periodStart: `${year}-04-01`, periodEnd: `${year + 1}-03-31` }, k % 4 === 3 ? Currency.USD : Currency.JPY);
        outcome(id, 'EMPLOYEES_FTE', 2 + k + (year - 2022) * 2, { asOf: `${year + 1}-03-31` });
      }
    });
    // One corrected value, so that history has something to show.
    const wrong = outcome(graduated[0].id as string, 'BENEFICIARIES_REACHED', 1200, { periodStart: '2024-04-01', periodEnd: '2025-03-31' }, null, new Date('2025-06-01T00:00:00Z'));
    outcome(graduated[0].id as string, 'BENEFICIARIES_REACHED', 2100, { periodStart: '2024-04-01', periodEnd: '2025-03-31' }, null, null, wrong);

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
    await chunked(CollaborationContactEntity, contacts);
    await chunked(SocialIssueEntity, issues);
    await chunked(ProBonoEngagementEntity, engagements);
    await chunked(EngagementSocialIssueEntity, engagementIssues);
    await chunked(EngagementStatusChangeEntity, statusChanges);
    await chunked(ProBonoVolunteerEntity, volunteers);
    await chunked(ProBonoVolunteerChangeEntity, volunteerChanges);
    await chunked(EventEntity, demoEvents);
    await chunked(EventOrganizationEntity, eventOrganizations);
    await chunked(RecognitionEntity, recognitions);
    await chunked(OutcomeRecordEntity, outcomes);
  }
}
