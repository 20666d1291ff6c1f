import { randomUUID } from 'node:crypto';
import { Sdg } from '../../common/graphql/sdg.enum.js';
import {
  EngagementSocialIssueEntity,
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
  SocialIssueEntity,
} from '../../pro-bono/pro-bono.entity.js';
import { EngagementStatus } from '../../pro-bono/pro-bono.enum.js';
import { addDays } from '../demo-calendar.js';
import type { BansoCase } from './collaborations.seeder.js';
import type { DemoSeed, OrgIds } from './demo-seed.js';
import type { DemoStaff } from './people.seeder.js';
import type { SchoolRows } from './school.seeder.js';

const P = EngagementStatus;
const ISSUE_NAMES = [
  'Healthy ageing and care',
  "Children's science education",
  'Regional revitalization',
  'Disaster recovery',
  'Employment and inclusion',
  'Community health',
];

/** An engagement with its social issues, status path and crew ([personId, role, hours]). */
type EngagementSpec = Omit<Partial<ProBonoEngagementEntity>, 'status'> & {
  issues: string[];
  path: [EngagementStatus, string][];
  crew?: [string, string, number][];
};

class ProBonoRows {
  readonly issues = ISSUE_NAMES.map((name) => ({ id: randomUUID(), name, description: null }));
  readonly engagements: Partial<ProBonoEngagementEntity>[] = [];
  readonly engagementIssues: Partial<EngagementSocialIssueEntity>[] = [];
  readonly statusChanges: Partial<EngagementStatusChangeEntity>[] = [];
  readonly volunteers: Partial<ProBonoVolunteerEntity>[] = [];
  readonly volunteerChanges: Partial<ProBonoVolunteerChangeEntity>[] = [];
  readonly hourEntries: Partial<ProBonoHourEntryEntity>[] = [];

  constructor(
    private readonly organizerId: string,
    private readonly today: string,
  ) {}

  engage(e: EngagementSpec): string {
    const id = randomUUID();
    const [status, statusOn] = e.path[e.path.length - 1];
    const started = e.path.find(([s]) => s === P.ACTIVE)?.[1] ?? e.path[0][1];
    const ended = status === P.COMPLETED || status === P.CANCELLED ? statusOn : null;
    const { issues: names, path, crew = [], ...fields } = e;
    this.engagements.push({
      description: null,
      beneficiaryOrganizationId: null,
      beneficiaryVentureId: null,
      organizerId: this.organizerId,
      intermediaryId: null,
      supportedCollaborationId: null,
      deliverables: null,
      ...fields,
      id,
      status,
      statusOn,
      startedOn: started,
      endedOn: ended,
    });
    names.forEach((n) => this.engagementIssues.push({ engagementId: id, socialIssueId: this.issues.find((i) => i.name === n)?.id }));
    path.forEach(([to, on], i) =>
      this.statusChanges.push({
        engagementId: id,
        fromStatus: i ? path[i - 1][0] : null,
        toStatus: to,
        changedOn: on,
        recordedByUserId: null,
      }),
    );
    crew.forEach(([personId, role, hours]) => {
      const volunteerId = randomUUID();
      this.volunteers.push({ id: volunteerId, engagementId: id, personId, role, joinedOn: started, changedOn: ended ?? started });
      monthlyShares(hours, started, ended ?? this.today).forEach(([workedOn, share]) =>
        this.hourEntries.push({ volunteerId, workedOn, hours: share, note: null, recordedByUserId: null }),
      );
      this.volunteerChanges.push({ volunteerId, role, hours: 0, changedOn: started, recordedByUserId: null });
      if (hours) this.volunteerChanges.push({ volunteerId, role, hours, changedOn: ended ?? started, recordedByUserId: null });
    });
    return id;
  }
}

/**
 * `hours` spread over the months from `from` to `to` as dated entries (the first day, then the 1st of
 * each later month), in hundredths that add up to exactly `hours`.
 */
function monthlyShares(hours: number, from: string, to: string): [string, number][] {
  const days = [from];
  for (let d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`); ;) {
    d.setUTCMonth(d.getUTCMonth() + 1);
    const day = d.toISOString().slice(0, 10);
    if (day > to) break;
    days.push(day);
  }
  const cents = Math.round(hours * 100);
  const base = Math.floor(cents / days.length);
  return days
    .map((day, i): [string, number] => [day, (base + (i === days.length - 1 ? cents - base * days.length : 0)) / 100])
    .filter(([, share]) => share > 0);
}

/**
 * Pro bono after graduation: the Pro Bono Club engagement supporting the BANSO-CO collaboration,
 * the festival program, and fictional ones. Dates and hours the public case does not give are
 * illustrative; fictional rows say so. Returns the festival engagement's id.
 */
export async function seedProBono(
  seed: DemoSeed,
  org: OrgIds,
  school: SchoolRows,
  staff: DemoStaff,
  marketingMentorPersonId: string,
  { banso, collaboration }: BansoCase,
): Promise<string> {
  const rows = new ProBonoRows(org.proBonoClub, seed.calendar.today);
  const { volunteerEngineer, volunteerDesigner, serviceGrantPm } = staff;
  if (banso?.id && collaboration) {
    rows.engage({
      title: 'NEC Pro Bono Club support for the BANSO-CO × NEC Body Care collaboration',
      description:
        'NEC Pro Bono Club volunteers support the partnership between BANSO-CO and NEC Body Care. Dates, hours and deliverables are illustrative.',
      beneficiaryVentureId: banso.id,
      supportedCollaborationId: collaboration.id,
      sdgs: [Sdg.GOOD_HEALTH_AND_WELL_BEING, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
      skills: ['user research', 'service design', 'marketing'],
      deliverables: 'Interviews with care workers and a service brochure for the demonstration project (illustrative).',
      issues: ['Healthy ageing and care', 'Community health'],
      path: [
        [P.PROPOSED, '2023-11-01'],
        [P.ACTIVE, '2024-01-15'],
        [P.COMPLETED, '2024-07-31'],
      ],
      crew: [
        [volunteerEngineer, 'project lead', 48],
        [volunteerDesigner, 'service designer', 36],
        [marketingMentorPersonId, 'marketing advisor (also a mentor)', 20.5],
      ],
    });
  }
  const rocket = rows.engage({
    title: 'Kawasaki SDGs Partner Festival 2024: family science program',
    description:
      'The NEC Pro Bono Club prepared and ran "Make Your Own Rocket!" at NEC Tamagawa Plant, one of dozens of programs of the festival held with Kawasaki City for its centenary.',
    beneficiaryOrganizationId: org.kawasaki,
    sdgs: [Sdg.QUALITY_EDUCATION, Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES, Sdg.PARTNERSHIPS_FOR_THE_GOALS],
    skills: ['science education', 'event operations'],
    issues: ["Children's science education", 'Regional revitalization'],
    path: [
      [P.ACTIVE, '2024-08-01'],
      [P.COMPLETED, '2024-10-31'],
    ],
    crew: [
      [volunteerEngineer, 'program lead (space business)', 12],
      [volunteerDesigner, 'materials', 6],
    ],
  });
  rows.engage({
    title: 'Fictional: recovery communication plan for Fukushima Prefecture',
    description: 'Fictional demo engagement matched through Service Grant.',
    beneficiaryOrganizationId: org.fukushima,
    intermediaryId: org.serviceGrant,
    sdgs: [Sdg.SUSTAINABLE_CITIES_AND_COMMUNITIES],
    skills: ['communication planning'],
    issues: ['Disaster recovery', 'Regional revitalization'],
    path: [
      [P.ACTIVE, '2022-05-01'],
      [P.COMPLETED, '2022-11-30'],
    ],
    crew: [
      [volunteerDesigner, 'copywriter', 30],
      [serviceGrantPm, 'coordinator', 10],
    ],
  });
  const otherAlumnus = school.ventures.find((v) => v.sector === 'education' && school.graduated(v));
  if (otherAlumnus?.id) {
    rows.engage({
      title: 'Fictional: website renewal for an alumni venture',
      description: 'Fictional demo engagement for an alumni venture, still proposed.',
      beneficiaryVentureId: otherAlumnus.id,
      sdgs: [Sdg.QUALITY_EDUCATION],
      skills: ['web design'],
      issues: ['Employment and inclusion'],
      path: [[P.PROPOSED, addDays(seed.calendar.today, -30)]],
    });
  }
  await insertProBono(seed, rows);
  return rocket;
}

async function insertProBono(seed: DemoSeed, rows: ProBonoRows): Promise<void> {
  await seed.insert(SocialIssueEntity, rows.issues);
  await seed.insert(ProBonoEngagementEntity, rows.engagements);
  await seed.insert(EngagementSocialIssueEntity, rows.engagementIssues);
  await seed.insert(EngagementStatusChangeEntity, rows.statusChanges);
  await seed.insert(ProBonoVolunteerEntity, rows.volunteers);
  await seed.insert(ProBonoVolunteerChangeEntity, rows.volunteerChanges);
  await seed.insert(ProBonoHourEntryEntity, rows.hourEntries);
}
