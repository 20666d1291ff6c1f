import type { EntityManager } from 'typeorm';
import { todayIn } from '../common/dates.js';
import { EngagementStatus } from '../pro-bono/pro-bono.enum.js';
import {
  EngagementStatusChangeEntity,
  ProBonoEngagementEntity,
  ProBonoHourEntryEntity,
  ProBonoVolunteerChangeEntity,
  ProBonoVolunteerEntity,
} from '../pro-bono/pro-bono.entity.js';
import { date, email, oneOf, reference, text } from './cell-parsers.js';
import {
  CellProblem,
  type ImportColumn,
  type ImportKind,
  type ParsedRow,
  type PlanContext,
  type Planned,
  type ProblemSink,
  type WriteContext,
} from './import-kind.js';
import { countStates, ventureFacts, resolveOrganizations, resolvePeople, resolveVentures } from './kind-refs.js';
import { nameKeys, v } from './roster-types.js';

/** Hours as the entry column keeps them: more than 0, at most 2 decimals, under 100,000. */
const hours = (value: string): number => {
  const normal = value.normalize('NFKC');
  if (!/^\d+(\.\d{1,2})?$/.test(normal) || Number(normal) <= 0 || Number(normal) >= 100000) {
    throw new CellProblem('BAD_NUMBER', 'must be a number of hours above 0 with at most 2 decimals');
  }
  return Number(normal);
};

export const PRO_BONO_COLUMNS: readonly ImportColumn[] = [
  {
    name: 'engagement',
    required: true,
    example: 'Accounting clinic',
    description: 'the engagement title (with organization, the key)',
    parse: text(200),
  },
  {
    name: 'organization',
    required: true,
    example: 'Partner Corp',
    description: 'the organizing organization (normalised name)',
    parse: text(200),
  },
  {
    name: 'beneficiary_venture',
    required: false,
    example: 'BANSO-CO',
    description: 'the venture it serves (or beneficiary_organization)',
    parse: text(200),
  },
  {
    name: 'beneficiary_venture_ref',
    required: false,
    example: '',
    description: "the school's own id for that venture (matched first)",
    parse: reference,
  },
  {
    name: 'beneficiary_organization',
    required: false,
    example: '',
    description: 'the organization it serves (or a venture)',
    parse: text(200),
  },
  {
    name: 'started_on',
    required: true,
    example: '2024-05-01',
    description: 'the day it started (not before the venture was founded)',
    parse: date,
  },
  {
    name: 'status',
    required: false,
    example: 'ACTIVE',
    description: 'PROPOSED or ACTIVE when it is created (empty: ACTIVE); later moves in the app',
    parse: oneOf([EngagementStatus.PROPOSED, EngagementStatus.ACTIVE], 'BAD_STATUS'),
  },
  { name: 'person_email', required: false, example: 'kenji@example.org', description: 'the volunteer (or person_ref)', parse: email },
  {
    name: 'person_ref',
    required: false,
    example: '',
    description: "the school's own id for the volunteer (matched first)",
    parse: reference,
  },
  { name: 'role', required: true, example: 'Accountant', description: "the volunteer's role (taken when they join)", parse: text(100) },
  {
    name: 'worked_on',
    required: true,
    example: '2024-05-10',
    description: 'the day worked (not before they joined, not in the future)',
    parse: date,
  },
  { name: 'hours', required: true, example: '3.5', description: 'hours that day (above 0, 2 decimals)', parse: hours },
  { name: 'note', required: false, example: '', description: 'a note on the entry', parse: text(2000) },
];

interface EngagementPlan {
  key: string;
  id?: string;
  line: number;
  fields: {
    title: string;
    organizerId: string;
    beneficiaryVentureId: string | null;
    beneficiaryOrganizationId: string | null;
    startedOn: string;
    status: EngagementStatus;
    statusOn: string;
  };
}
interface VolunteerPlan {
  key: string;
  engagement: EngagementPlan;
  id?: string;
  personId: string;
  role: string;
  joinedOn: string;
}
interface EntryPlan {
  volunteer: VolunteerPlan;
  workedOn: string;
  hours: number;
  note: string | null;
  stored?: { id: string; hours: number };
}
export interface ProBonoPlan {
  engagements: EngagementPlan[];
  volunteers: VolunteerPlan[];
  entries: EntryPlan[];
}

async function loadStored(manager: EntityManager, organizerIds: string[]) {
  const engagements = await manager.query<{ id: string; title: string; organizer_id: string }[]>(
    `SELECT id, title, organizer_id FROM pro_bono_engagements WHERE organizer_id = ANY($1::uuid[])`,
    [organizerIds],
  );
  const volunteers = await manager.query<{ id: string; engagement_id: string; person_id: string; joined_on: string }[]>(
    `SELECT id, engagement_id, person_id, to_char(joined_on, 'YYYY-MM-DD') AS joined_on FROM pro_bono_volunteers WHERE engagement_id = ANY($1::uuid[])`,
    [engagements.map((e) => e.id)],
  );
  const entries = await manager.query<{ id: string; volunteer_id: string; worked_on: string; hours: string; n: number }[]>(
    `SELECT min(id::text) AS id, volunteer_id, to_char(worked_on, 'YYYY-MM-DD') AS worked_on, sum(hours)::text AS hours, count(*)::int AS n
       FROM pro_bono_hour_entries WHERE volunteer_id = ANY($1::uuid[]) GROUP BY volunteer_id, worked_on`,
    [volunteers.map((x) => x.id)],
  );
  return { engagements, volunteers, entries };
}

/** One beneficiary, as createProBonoEngagement takes it. */
function checkRow(row: ParsedRow, problems: ProblemSink) {
  const venture = row.values.beneficiary_venture !== undefined || row.values.beneficiary_venture_ref !== undefined;
  if (venture === (row.values.beneficiary_organization !== undefined))
    problems.error(row, 'beneficiary_organization', 'BENEFICIARY', 'give exactly one of beneficiary_venture and beneficiary_organization');
}

type StoredVolunteer = { id: string; joined_on: string };

/** The row's volunteer (joined on their first day in the file when new); a day before a stored one joined is a problem. */
function volunteerOf(
  row: ParsedRow,
  volunteers: Map<string, VolunteerPlan>,
  stored: Map<string, StoredVolunteer>,
  engagement: EngagementPlan,
  personId: string,
  problems: ProblemSink,
): VolunteerPlan | null {
  const workedOn = v<string>(row, 'worked_on')!;
  const key = `${engagement.id ?? engagement.key}/${personId}`;
  let volunteer = volunteers.get(key);
  if (!volunteer) {
    const s = engagement.id ? stored.get(`${engagement.id}/${personId}`) : undefined;
    volunteer = { key, engagement, id: s?.id, personId, role: v<string>(row, 'role')!, joinedOn: s?.joined_on ?? workedOn };
    volunteers.set(key, volunteer);
  }
  if (volunteer.id && workedOn < volunteer.joinedOn) {
    problems.error(row, 'worked_on', 'BAD_DATE', `must not be before the volunteer joined (${volunteer.joinedOn})`);
    return null;
  }
  if (!volunteer.id && workedOn < volunteer.joinedOn) volunteer.joinedOn = workedOn;
  return volunteer;
}

const storedState = (x: { id?: string }) => (x.id ? 'unchanged' : 'created');

async function planProBono(all: ParsedRow[], { manager, problems, now }: PlanContext): Promise<Planned<ProBonoPlan>> {
  const organizers = await resolveOrganizations(manager, all, problems, 'organization');
  const beneficiaryOrgs = await resolveOrganizations(manager, all, problems, 'beneficiary_organization');
  const ventures = await resolveVentures(manager, all, problems, 'beneficiary_venture', 'beneficiary_venture_ref');
  const people = await resolvePeople(manager, all, problems, 'person', true);
  const facts = await ventureFacts(manager, ventures.values());
  const stored = await loadStored(manager, [...new Set(organizers.values())]);
  const titleKeys = await nameKeys(manager, [
    ...stored.engagements.map((e) => e.title),
    ...all.flatMap((r) => (r.values.engagement ? [v<string>(r, 'engagement')!] : [])),
  ]);
  const engagementKey = (organizerId: string, title: string) => `${organizerId}/${titleKeys.get(title)}`;
  const storedEngagements = new Map(stored.engagements.map((e) => [engagementKey(e.organizer_id, e.title), e.id]));
  const storedVolunteers = new Map(stored.volunteers.map((x) => [`${x.engagement_id}/${x.person_id}`, x]));
  const storedEntries = new Map(stored.entries.map((x) => [`${x.volunteer_id}/${x.worked_on}`, x]));

  const engagements = new Map<string, EngagementPlan>();
  const volunteers = new Map<string, VolunteerPlan>();
  const entries = new Map<string, EntryPlan>();
  const lineOf = new Map<string, number>();
  for (const row of all) {
    const organizerId = organizers.get(row);
    const person = people.get(row);
    const ventureId = ventures.get(row) ?? null;
    const orgId = beneficiaryOrgs.get(row) ?? null;
    if (row.failed || !organizerId || !person || (!ventureId && !orgId)) continue;
    const fact = ventureId ? facts.get(ventureId) : undefined;
    const today = todayIn(fact?.zone ?? 'Pacific/Kiritimati', now);
    const startedOn = v<string>(row, 'started_on')!;
    const status = v<EngagementStatus>(row, 'status') ?? EngagementStatus.ACTIVE;
    const workedOn = v<string>(row, 'worked_on')!;
    if (fact?.founded_on && startedOn < fact.founded_on)
      problems.error(row, 'started_on', 'BAD_DATE', `must not be before the venture was founded (${fact.founded_on})`);
    if (workedOn > today) problems.error(row, 'worked_on', 'BAD_DATE', `must not be in the future (today is ${today})`);
    if (row.failed) continue;
    const key = engagementKey(organizerId, v<string>(row, 'engagement')!);
    let engagement = engagements.get(key);
    const fields = {
      title: v<string>(row, 'engagement')!,
      organizerId,
      beneficiaryVentureId: ventureId,
      beneficiaryOrganizationId: orgId,
      startedOn,
      status,
      statusOn: status === EngagementStatus.ACTIVE ? startedOn : [startedOn, today].sort()[0],
    };
    if (!engagement) {
      if (status === EngagementStatus.ACTIVE && startedOn > today)
        problems.error(row, 'started_on', 'BAD_DATE', `an ACTIVE engagement must not start in the future (today is ${today})`);
      if (row.failed) continue;
      engagement = { key, id: storedEngagements.get(key), line: row.line, fields };
      engagements.set(key, engagement);
    } else if (
      !engagement.id &&
      (engagement.fields.startedOn !== startedOn ||
        engagement.fields.status !== status ||
        engagement.fields.beneficiaryVentureId !== ventureId ||
        engagement.fields.beneficiaryOrganizationId !== orgId)
    ) {
      problems.error(
        row,
        'engagement',
        'CONFLICTING_ROW',
        `line ${engagement.line} gives this engagement another beneficiary, start or status`,
      );
      continue;
    }
    const volunteer = volunteerOf(row, volunteers, storedVolunteers, engagement, person.id, problems);
    if (!volunteer) continue;
    const vKey = volunteer.key;
    const eKey = `${vKey}/${workedOn}`;
    if (lineOf.has(eKey)) {
      problems.error(row, 'worked_on', 'DUPLICATE_ROW', `line ${lineOf.get(eKey)} has hours of this volunteer on this day already`);
      continue;
    }
    lineOf.set(eKey, row.line);
    const s = volunteer.id ? storedEntries.get(`${volunteer.id}/${workedOn}`) : undefined;
    if (s && s.n > 1) {
      problems.error(row, 'worked_on', 'AMBIGUOUS_ENTRY', `${s.n} entries are stored for this day: correct them in the app`);
      continue;
    }
    entries.set(eKey, {
      volunteer,
      workedOn,
      hours: v<number>(row, 'hours')!,
      note: v<string>(row, 'note') ?? null,
      stored: s && { id: s.id, hours: Number(s.hours) },
    });
  }
  return {
    plan: { engagements: [...engagements.values()], volunteers: [...volunteers.values()], entries: [...entries.values()] },
    entities: {
      engagements: countStates(engagements.values(), storedState),
      volunteers: countStates(volunteers.values(), storedState),
      hours: countStates(entries.values(), (e) => (!e.stored ? 'created' : e.stored.hours !== e.hours ? 'updated' : 'unchanged')),
    },
    duplicates: [],
  };
}

/** createProBonoEngagement, addProBonoVolunteer (joined on their first day) and addProBonoHourEntry / updateProBonoHourEntry, in that order. */
async function writeProBono(plan: ProBonoPlan, { manager, actor }: WriteContext): Promise<void> {
  for (const g of plan.engagements.filter((x) => !x.id)) {
    const { statusOn, ...fields } = g.fields;
    const saved = await manager.save(manager.create(ProBonoEngagementEntity, { ...fields, statusOn, endedOn: null }));
    g.id = saved.id;
    await manager.insert(EngagementStatusChangeEntity, {
      engagementId: saved.id,
      fromStatus: null,
      toStatus: fields.status,
      changedOn: statusOn,
      recordedByUserId: actor?.userId ?? null,
    });
  }
  for (const x of plan.volunteers.filter((y) => !y.id)) {
    const saved = await manager.save(
      manager.create(ProBonoVolunteerEntity, {
        engagementId: x.engagement.id!,
        personId: x.personId,
        role: x.role,
        joinedOn: x.joinedOn,
        changedOn: x.joinedOn,
      }),
    );
    x.id = saved.id;
    const total = plan.entries.filter((e) => e.volunteer === x).reduce((sum, e) => sum + e.hours, 0);
    await manager.insert(ProBonoVolunteerChangeEntity, {
      volunteerId: saved.id,
      role: x.role,
      hours: Math.round(total * 100) / 100,
      changedOn: x.joinedOn,
      recordedByUserId: actor?.userId ?? null,
    });
  }
  const created = plan.entries.filter((e) => !e.stored);
  for (let i = 0; i < created.length; i += 500)
    await manager.insert(
      ProBonoHourEntryEntity,
      created.slice(i, i + 500).map((e) => ({
        volunteerId: e.volunteer.id!,
        workedOn: e.workedOn,
        hours: e.hours,
        note: e.note,
        recordedByUserId: actor?.userId ?? null,
      })),
    );
  for (const e of plan.entries.filter((x) => x.stored && x.stored.hours !== x.hours)) {
    const entry = await manager.findOneByOrFail(ProBonoHourEntryEntity, { id: e.stored!.id });
    entry.hours = e.hours;
    if (e.note !== null) entry.note = e.note;
    await manager.save(entry);
  }
}

/** Pro bono engagements with volunteers and dated hours: one row per hour entry. */
export const proBonoKind: ImportKind<ProBonoPlan> = {
  name: 'pro-bono',
  entities: ['engagements', 'volunteers', 'hours'],
  columns: PRO_BONO_COLUMNS,
  validateRow: checkRow,
  plan: planProBono,
  write: writeProBono,
};
