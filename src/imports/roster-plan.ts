import type { EntityManager } from 'typeorm';
import { CohortStatus } from '../cohorts/cohort-status.enum.js';
import { fiscalYearBounds, todayIn } from '../common/dates.js';
import { EnrollmentStatus as S } from '../enrollments/enrollment-status.enum.js';
import { emptyCounts, type LikelyDuplicate, type ParsedRow, type PlanContext, type Planned, type ProblemSink } from './import-kind.js';
import { describeMoves, type Move, sameMoves } from './roster-moves.js';
import { planPeople } from './roster-people.js';
import {
  type CohortPlan,
  type EnrollmentPlan,
  NAME_KEY,
  nameKeys,
  normal,
  type PersonPlan,
  type Program,
  type RosterPlan,
  v,
  type VenturePlan,
} from './roster-types.js';
import { planVentures, type Ventures } from './roster-ventures.js';

export type { RosterPlan } from './roster-types.js';

export async function planRoster(all: ParsedRow[], { manager, problems, now }: PlanContext): Promise<Planned<RosterPlan>> {
  let rows = all.filter((r) => !r.failed);
  const programs = await manager.query<Program[]>(`SELECT id, name, time_zone, fiscal_year_start_month FROM programs`);
  const programByName = new Map(programs.map((p) => [normal(p.name), p]));
  const programOf = new Map<ParsedRow, Program>();
  for (const row of rows) {
    const program = programByName.get(normal(v<string>(row, 'program')!));
    if (program) programOf.set(row, program);
    else
      problems.error(
        row,
        'program',
        'UNKNOWN_PROGRAM',
        `no program is called this (programs: ${programs.map((p) => p.name).join(', ') || 'none'})`,
      );
  }
  checkDates(rows, programOf, problems, now);
  rows = rows.filter((r) => !r.failed);

  const keys = await nameKeys(
    manager,
    rows.flatMap((r) => [v<string>(r, 'venture')!, ...(r.values.founder ? [v<string>(r, 'founder')!] : [])]),
  );
  const cohorts = await planCohorts(manager, rows, programOf, now);
  const ventures = await planVentures(manager, rows, keys, problems);
  rows = rows.filter((r) => !r.failed);
  const { people, links } = await planPeople(manager, rows, keys, ventures, problems);
  const enrollments = await planEnrollments(manager, rows, cohorts, ventures, problems);
  const founders = planFounders(rows, ventures, people, links);
  const duplicates = await findDuplicates(manager, ventures, people);

  const count = <T>(items: T[], created: (t: T) => boolean, updated: (t: T) => boolean) => {
    const c = emptyCounts();
    for (const item of items) c[created(item) ? 'created' : updated(item) ? 'updated' : 'unchanged'] += 1;
    return c;
  };
  const cohortList = [...cohorts.byKey.values()];
  const ventureList = [...ventures.byKey.values()];
  const personList = [...people.values()];
  return {
    plan: { cohorts: cohortList, ventures: ventureList, people: personList, founders: founders.links, enrollments },
    entities: {
      cohorts: count(
        cohortList,
        (c) => !!c.create,
        () => false,
      ),
      ventures: count(
        ventureList,
        (x) => x.create,
        (x) => Object.keys(x.update).length > 0,
      ),
      people: count(
        personList,
        (x) => x.create,
        (x) => Object.keys(x.update).length > 0,
      ),
      founders: { created: founders.links.length, updated: 0, unchanged: founders.unchanged },
      enrollments: count(
        enrollments,
        (e) => !e.id,
        (e) => e.append.length > 0,
      ),
    },
    duplicates,
  };
}

/** No move in the future (the program's today); ACTIVE and GRADUATED not before a stored cohort's start (checked with cohorts). */
function checkDates(rows: ParsedRow[], programOf: Map<ParsedRow, Program>, problems: ProblemSink, now: Date) {
  for (const row of rows) {
    const program = programOf.get(row);
    if (!program) continue;
    const today = todayIn(program.time_zone, now);
    for (const m of (row.values.moves as Move[] | undefined) ?? []) {
      if (m.on > today) problems.error(row, m.column, 'BAD_DATE', `must not be in the future (today is ${today} in ${program.time_zone})`);
    }
  }
}

async function planCohorts(manager: EntityManager, rows: ParsedRow[], programOf: Map<ParsedRow, Program>, now: Date) {
  const stored = await manager.query<{ id: string; program_id: string; year: number; starts_on: string | null }[]>(
    `SELECT id, program_id, year, to_char(starts_on, 'YYYY-MM-DD') AS starts_on FROM cohorts WHERE program_id = ANY($1::uuid[])`,
    [[...new Set([...programOf.values()].map((p) => p.id))]],
  );
  const byKey = new Map<string, CohortPlan & { startsOn: string | null }>();
  for (const c of stored)
    byKey.set(`${c.program_id}:${c.year}`, {
      key: `${c.program_id}:${c.year}`,
      programId: c.program_id,
      year: c.year,
      id: c.id,
      startsOn: c.starts_on,
    });
  const used = new Map<string, CohortPlan & { startsOn: string | null }>();
  const ofRow = new Map<ParsedRow, CohortPlan & { startsOn: string | null }>();
  for (const row of rows) {
    const program = programOf.get(row)!;
    const year = v<number>(row, 'fiscal_year')!;
    const key = `${program.id}:${year}`;
    let cohort = byKey.get(key);
    if (!cohort) {
      const { from, to } = fiscalYearBounds(year, program.fiscal_year_start_month);
      const today = todayIn(program.time_zone, now);
      const status = to < today ? CohortStatus.COMPLETED : from <= today ? CohortStatus.ACTIVE : CohortStatus.PLANNED;
      cohort = { key, programId: program.id, year, startsOn: null, create: { name: `${program.name} FY${year}`, status } };
      byKey.set(key, cohort);
    }
    used.set(key, cohort);
    ofRow.set(row, cohort);
  }
  return { byKey: used, ofRow };
}

type Cohorts = Awaited<ReturnType<typeof planCohorts>>;

async function planEnrollments(manager: EntityManager, rows: ParsedRow[], cohorts: Cohorts, ventures: Ventures, problems: ProblemSink) {
  const byKey = new Map<string, EnrollmentPlan & { row: ParsedRow }>();
  for (const row of rows.filter((r) => !r.failed)) {
    const cohort = cohorts.ofRow.get(row)!;
    const venture = ventures.ofRow.get(row);
    if (!venture || !ventures.byKey.has(venture.key)) continue;
    const moves = row.values.moves as Move[];
    const key = `${cohort.key}/${venture.key}`;
    const plan = byKey.get(key);
    if (plan) {
      if (!sameMoves(plan.moves, moves)) {
        problems.error(
          row,
          'status',
          'CONFLICTING_VALUES',
          `line ${plan.row.line} gives this enrollment other moves (${describeMoves(plan.moves)})`,
        );
      }
      continue;
    }
    const startsOn = (cohort as { startsOn?: string | null }).startsOn;
    const early = moves.find((m) => (m.status === S.ACTIVE || m.status === S.GRADUATED) && startsOn && m.on < startsOn);
    if (early) {
      problems.error(row, early.column, 'BEFORE_COHORT_START', `must not be before the cohort starts (${startsOn})`);
      continue;
    }
    byKey.set(key, { cohort, venture, moves, append: moves, from: null, row });
  }
  const plans = [...byKey.values()];
  const ventureIds = [...new Set(plans.flatMap((p) => (p.venture.id ? [p.venture.id] : [])))];
  const stored = await manager.query<{ id: string; cohort_id: string; venture_id: string; moves: { status: S; on: string }[] }[]>(
    `SELECT e.id, e.cohort_id, e.venture_id,
            coalesce((SELECT json_agg(json_build_object('status', ev.to_status, 'on', to_char(ev.occurred_on, 'YYYY-MM-DD'))
                                ORDER BY ev.occurred_on, array_position(ARRAY['APPLIED','ADMITTED','ACTIVE','GRADUATED','WITHDRAWN'], ev.to_status), ev.recorded_at)
                        FROM enrollment_events ev WHERE ev.enrollment_id = e.id AND ev.voided_at IS NULL AND ev.kind <> 'UNDO'), '[]') AS moves
       FROM enrollments e WHERE e.venture_id = ANY($1::uuid[])`,
    [ventureIds],
  );
  const storedByKey = new Map(stored.map((s) => [`${s.cohort_id}/${s.venture_id}`, s]));
  const out: EnrollmentPlan[] = [];
  for (const plan of plans) {
    const existing = plan.cohort.id && plan.venture.id ? storedByKey.get(`${plan.cohort.id}/${plan.venture.id}`) : undefined;
    if (existing) {
      const conflict = compareHistory(existing.moves, plan.moves);
      if (conflict) {
        problems.error(plan.row, conflict.column, conflict.code, conflict.message);
        continue;
      }
      plan.id = existing.id;
      plan.append = plan.moves.slice(existing.moves.length);
      plan.from = existing.moves.at(-1)?.status ?? null;
    }
    out.push(plan);
  }
  return out;
}

/** The stored history must be the start of the file's: same moves, same days; the file may add later moves. */
function compareHistory(stored: { status: S; on: string }[], file: Move[]) {
  for (const [i, s] of stored.entries()) {
    const f = file[i];
    if (!f) {
      return {
        column: 'status',
        code: 'STATUS_OUT_OF_ORDER',
        message: `already recorded further (${describeMoves(stored)}); the file says ${file.at(-1)!.status}: a move back is made as a correction in the console`,
      };
    }
    if (f.status !== s.status) {
      return {
        column: f.column,
        code: 'STATUS_OUT_OF_ORDER',
        message: `recorded as ${describeMoves(stored)}; the file has ${f.status} in place of ${s.status}`,
      };
    }
    if (f.on !== s.on) {
      return {
        column: f.column,
        code: 'DATE_CONFLICT',
        message: `recorded as ${s.status} on ${s.on}: re-date a recorded move in the console (a correction with a reason)`,
      };
    }
  }
  return null;
}

/** Founder links the file names: new ones, and how many are stored already. */
function planFounders(rows: ParsedRow[], ventures: Ventures, people: Map<string, PersonPlan>, stored: Set<string>) {
  const links = new Map<string, { venture: VenturePlan; person: PersonPlan }>();
  const rowsOfPerson = new Map<ParsedRow, PersonPlan>();
  for (const p of people.values()) for (const r of p.rows) rowsOfPerson.set(r, p);
  for (const row of rows) {
    const venture = ventures.ofRow.get(row);
    const person = rowsOfPerson.get(row);
    if (!venture || !person || row.failed || !ventures.byKey.has(venture.key)) continue;
    links.set(`${venture.key}/${person.key}`, { venture, person });
  }
  const all = [...links.values()];
  const isStored = (l: (typeof all)[number]) => !!l.venture.id && !!l.person.id && stored.has(`${l.venture.id}/${l.person.id}`);
  return { links: all.filter((l) => !isStored(l)), unchanged: all.filter(isStored).length };
}

async function findDuplicates(manager: EntityManager, ventures: Ventures, people: Map<string, PersonPlan>): Promise<LikelyDuplicate[]> {
  const out: LikelyDuplicate[] = [];
  const newVentures = [...ventures.byKey.values()].filter((x) => x.create);
  const newPeople = [...people.values()].filter((x) => x.create);
  const stored = async (table: string, keysWanted: string[]) => {
    const found = await manager.query<{ id: string; name: string; key: string }[]>(
      `SELECT * FROM (SELECT id, name, ${NAME_KEY('name')} AS key FROM ${table} WHERE merged_into_id IS NULL) t WHERE key = ANY($1::text[]) ORDER BY name, id`,
      [keysWanted],
    );
    const map = new Map<string, { id: string; name: string }[]>();
    for (const f of found) map.set(f.key, [...(map.get(f.key) ?? []), { id: f.id, name: f.name }]);
    return map;
  };
  const add = (
    entity: 'person' | 'venture',
    items: { name: string; nameKey: string; rows: ParsedRow[] }[],
    existing: Map<string, { id: string; name: string }[]>,
  ) => {
    const inFile = new Map<string, typeof items>();
    for (const item of items) inFile.set(item.nameKey, [...(inFile.get(item.nameKey) ?? []), item]);
    for (const item of items) {
      const same = existing.get(item.nameKey) ?? [];
      const others = inFile.get(item.nameKey)!.filter((o) => o !== item);
      if (!same.length && !others.length) continue;
      out.push({
        entity,
        line: item.rows[0].line,
        name: item.name,
        reason: 'SAME_NAME',
        existing: same,
        lines: others.map((o) => o.rows[0].line),
      });
    }
  };
  add(
    'venture',
    newVentures,
    await stored(
      'ventures',
      newVentures.map((x) => x.nameKey),
    ),
  );
  add(
    'person',
    newPeople,
    await stored(
      'people',
      newPeople.map((x) => x.nameKey),
    ),
  );
  return out.sort((a, b) => a.line - b.line);
}
