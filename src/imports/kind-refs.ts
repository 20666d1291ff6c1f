import type { EntityManager } from 'typeorm';
import { CellProblem, emptyCounts, type EntityCounts, type ParsedRow, type ProblemSink } from './import-kind.js';
import { ventureProgramId } from '../programs/program-calendar.queries.js';
import { NAME_KEY, nameKeys, normal, type Program, v } from './roster-types.js';

/**
 * What the kinds after the roster share: the references a row makes to what is stored (program,
 * cohort, venture, person, organization, enrollment), each matched as the roster matches it — the
 * school's reference first, else the normalised name or the email, never a merged row — and an
 * UNKNOWN_* problem on the row's column when nothing matches.
 */

export type RowState = 'created' | 'updated' | 'unchanged';

export function countStates<T>(items: Iterable<T>, state: (item: T) => RowState): EntityCounts {
  const counts = emptyCounts();
  for (const item of items) counts[state(item)] += 1;
  return counts;
}

const live = (rows: ParsedRow[], column: string) => rows.filter((r) => !r.failed && r.values[column] !== undefined);

/** The program of each row that names one (NFKC, case-insensitive). */
export async function resolvePrograms(manager: EntityManager, rows: ParsedRow[], problems: ProblemSink, column = 'program') {
  const programs = await manager.query<Program[]>(`SELECT id, name, time_zone, fiscal_year_start_month FROM programs`);
  const byName = new Map(programs.map((p) => [normal(p.name), p]));
  const out = new Map<ParsedRow, Program>();
  for (const row of live(rows, column)) {
    const program = byName.get(normal(v<string>(row, column)!));
    if (program) out.set(row, program);
    else
      problems.error(
        row,
        column,
        'UNKNOWN_PROGRAM',
        `no program is called this (programs: ${programs.map((p) => p.name).join(', ') || 'none'})`,
      );
  }
  return out;
}

export interface CohortRef {
  id: string;
  program: Program;
  year: number;
}

/** The stored cohort of each row's program + fiscal_year (imports other than the roster never create cohorts). */
export async function resolveCohorts(manager: EntityManager, rows: ParsedRow[], programs: Map<ParsedRow, Program>, problems: ProblemSink) {
  const stored = await manager.query<{ id: string; program_id: string; year: number }[]>(
    `SELECT id, program_id, year FROM cohorts WHERE program_id = ANY($1::uuid[])`,
    [[...new Set([...programs.values()].map((p) => p.id))]],
  );
  const byKey = new Map(stored.map((c) => [`${c.program_id}:${c.year}`, c.id]));
  const out = new Map<ParsedRow, CohortRef>();
  for (const [row, program] of programs) {
    if (row.failed) continue;
    const year = v<number>(row, 'fiscal_year');
    if (year === undefined) continue;
    const id = byKey.get(`${program.id}:${year}`);
    if (id) out.set(row, { id, program, year });
    else problems.error(row, 'fiscal_year', 'UNKNOWN_COHORT', `${program.name} has no FY${year} cohort (import its roster first)`);
  }
  return out;
}

/** The venture of each row: by `refColumn` (the school's reference), else by normalised name; several of a name is ambiguous. */
export async function resolveVentures(
  manager: EntityManager,
  rows: ParsedRow[],
  problems: ProblemSink,
  column = 'venture',
  refColumn = 'venture_ref',
) {
  const named = live(rows, column);
  const keys = await nameKeys(
    manager,
    named.map((r) => v<string>(r, column)!),
  );
  const select = `SELECT id, name, reference, ${NAME_KEY('name')} AS key FROM ventures WHERE merged_into_id IS NULL`;
  const stored = await manager.query<{ id: string; name: string; reference: string | null; key: string }[]>(
    `SELECT * FROM (${select}) v WHERE key = ANY($1::text[]) OR reference = ANY($2::text[])`,
    [[...new Set(keys.values())], named.flatMap((r) => (r.values[refColumn] ? [v<string>(r, refColumn)!] : []))],
  );
  const out = new Map<ParsedRow, string>();
  for (const row of named) {
    const ref = v<string>(row, refColumn);
    if (ref) {
      const found = stored.find((s) => s.reference === ref);
      if (found) out.set(row, found.id);
      else problems.error(row, refColumn, 'UNKNOWN_VENTURE', 'no venture has this reference');
      continue;
    }
    const matches = stored.filter((s) => s.key === keys.get(v<string>(row, column)!));
    if (matches.length === 1) out.set(row, matches[0].id);
    else if (matches.length > 1)
      problems.error(row, column, 'AMBIGUOUS_VENTURE', `${matches.length} ventures have this name: give ${refColumn}, or merge them first`);
    else problems.error(row, column, 'UNKNOWN_VENTURE', 'no venture has this name');
  }
  return out;
}

export interface PersonRef {
  id: string;
  name: string;
  email: string | null;
  reference: string | null;
}

/**
 * The person of each row, by `<prefix>_ref` (the school's reference), else `<prefix>_email`
 * (case-insensitive). `required`: a row that names neither, or someone nobody is, has a problem;
 * otherwise unmatched rows are simply left out of the map (the kind may create the person).
 */
export async function resolvePeople(manager: EntityManager, rows: ParsedRow[], problems: ProblemSink, prefix: string, required: boolean) {
  const [refCol, emailCol] = [`${prefix}_ref`, `${prefix}_email`];
  const open = rows.filter((r) => !r.failed);
  const refs = open.flatMap((r) => (r.values[refCol] ? [v<string>(r, refCol)!] : []));
  const emails = open.flatMap((r) => (r.values[emailCol] ? [v<string>(r, emailCol)!.toLowerCase()] : []));
  const stored = await manager.query<PersonRef[]>(
    `SELECT id, name, email, reference FROM people
      WHERE merged_into_id IS NULL AND (reference = ANY($1::text[]) OR lower(email) = ANY($2::text[]))`,
    [refs, emails],
  );
  const out = new Map<ParsedRow, PersonRef>();
  for (const row of open) {
    const ref = v<string>(row, refCol);
    const mail = v<string>(row, emailCol)?.toLowerCase();
    if (!ref && !mail) {
      problems.error(row, emailCol, 'REQUIRED', `${emailCol} or ${refCol} is required`, null);
      continue;
    }
    const byRef = ref ? stored.find((s) => s.reference === ref) : undefined;
    const byEmail = mail ? stored.find((s) => s.email?.toLowerCase() === mail) : undefined;
    if (byRef && byEmail && byRef.id !== byEmail.id) {
      problems.error(
        row,
        emailCol,
        'DUPLICATE_PERSON',
        `this email belongs to "${byEmail.name}", not to ${refCol} ${ref} ("${byRef.name}")`,
      );
      continue;
    }
    if (!byRef && ref && byEmail?.reference) {
      problems.error(row, emailCol, 'DUPLICATE_PERSON', `this email belongs to the person with reference ${byEmail.reference}, not ${ref}`);
      continue;
    }
    const found = byRef ?? byEmail;
    if (found) out.set(row, found);
    else if (required) {
      const column = ref ? refCol : emailCol;
      problems.error(row, column, 'UNKNOWN_PERSON', `no person has this ${ref ? 'reference' : 'email'}`);
    }
  }
  return out;
}

/** The organization of each row that names one (normalised name, as likelyDuplicates compares them). */
export async function resolveOrganizations(manager: EntityManager, rows: ParsedRow[], problems: ProblemSink, column: string) {
  const named = live(rows, column);
  const keys = await nameKeys(
    manager,
    named.map((r) => v<string>(r, column)!),
  );
  const stored = await manager.query<{ id: string; key: string }[]>(
    `SELECT * FROM (SELECT id, ${NAME_KEY('name')} AS key FROM organizations) o WHERE key = ANY($1::text[])`,
    [[...new Set(keys.values())]],
  );
  const out = new Map<ParsedRow, string>();
  for (const row of named) {
    const matches = stored.filter((s) => s.key === keys.get(v<string>(row, column)!));
    if (matches.length === 1) out.set(row, matches[0].id);
    else if (matches.length > 1) problems.error(row, column, 'AMBIGUOUS_ORGANIZATION', `${matches.length} organizations have this name`);
    else problems.error(row, column, 'UNKNOWN_ORGANIZATION', 'no organization has this name');
  }
  return out;
}

export interface EnrollmentRef {
  id: string;
  status: string;
  cohort: CohortRef;
  ventureId: string;
}

/** The enrollment of each row's venture in its cohort; NOT_ENROLLED on the venture column when there is none. */
export async function resolveEnrollments(
  manager: EntityManager,
  rows: ParsedRow[],
  cohorts: Map<ParsedRow, CohortRef>,
  ventures: Map<ParsedRow, string>,
  problems: ProblemSink,
) {
  const stored = await manager.query<{ id: string; cohort_id: string; venture_id: string; status: string }[]>(
    `SELECT id, cohort_id, venture_id, status FROM enrollments WHERE venture_id = ANY($1::uuid[])`,
    [[...new Set(ventures.values())]],
  );
  const byKey = new Map(stored.map((e) => [`${e.cohort_id}/${e.venture_id}`, e]));
  const out = new Map<ParsedRow, EnrollmentRef>();
  for (const row of rows) {
    const cohort = cohorts.get(row);
    const ventureId = ventures.get(row);
    if (row.failed || !cohort || !ventureId) continue;
    const e = byKey.get(`${cohort.id}/${ventureId}`);
    if (e) out.set(row, { id: e.id, status: e.status, cohort, ventureId });
    else problems.error(row, 'venture', 'NOT_ENROLLED', `the venture is not enrolled in ${cohort.program.name} FY${cohort.year}`);
  }
  return out;
}

/** ";"-separated words (trimmed, without repeats, in the file's order), each 1..max characters. */
export const wordList =
  (max: number, most = 30) =>
  (value: string): string[] => {
    const words = [
      ...new Set(
        value
          .split(/[;\n]/)
          .map((w) => w.trim())
          .filter(Boolean),
      ),
    ];
    if (words.length > most) throw new CellProblem('TOO_MANY', `at most ${most} entries (this has ${words.length})`);
    const long = words.find((w) => w.length > max);
    if (long) throw new CellProblem('TOO_LONG', `each entry at most ${max} characters ("${long.slice(0, 20)}…")`);
    return words;
  };

/** Each venture's founding day and its program's time zone (null without a program): what dated rules about a venture need. */
export async function ventureFacts(manager: EntityManager, ventureIds: Iterable<string>) {
  const rows = await manager.query<{ id: string; founded_on: string | null; zone: string | null }[]>(
    `SELECT v.id, to_char(v.founded_on, 'YYYY-MM-DD') AS founded_on,
            (SELECT p.time_zone FROM programs p WHERE p.id = ${ventureProgramId('v.id')}) AS zone
       FROM ventures v WHERE v.id = ANY($1::uuid[])`,
    [[...new Set(ventureIds)]],
  );
  return new Map(rows.map((f) => [f.id, f]));
}
