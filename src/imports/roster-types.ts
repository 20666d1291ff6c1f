import type { EntityManager } from 'typeorm';
import type { CohortStatus } from '../cohorts/cohort-status.enum.js';
import type { EnrollmentStatus as S } from '../enrollments/enrollment-status.enum.js';
import type { ParsedRow } from './import-kind.js';
import type { Move } from './roster-moves.js';

/** search_key() (NFKC, hiragana as katakana, lower case) without whitespace, as likelyDuplicates compares names. */
export const NAME_KEY = (expr: string) => `regexp_replace(search_key(${expr}), '\\s+', '', 'g')`;

export interface CohortPlan {
  key: string;
  programId: string;
  year: number;
  id?: string;
  create?: { name: string; status: CohortStatus };
}

export interface Stored {
  id: string;
  name: string;
  reference: string | null;
}

export interface VenturePlan {
  key: string;
  ref?: string;
  name: string;
  nameKey: string;
  sector?: string;
  sdgs?: number[];
  rows: ParsedRow[];
  id?: string;
  create: boolean;
  update: Record<string, unknown>;
}

export interface PersonPlan {
  key: string;
  ref?: string;
  email?: string;
  name: string;
  nameKey: string;
  kana?: string;
  ventureKey: string;
  rows: ParsedRow[];
  id?: string;
  create: boolean;
  update: Record<string, unknown>;
}

export interface EnrollmentPlan {
  cohort: CohortPlan;
  venture: VenturePlan;
  id?: string;
  moves: Move[];
  /** The moves to record: all of them for a new enrollment, the ones after the stored history otherwise. */
  append: Move[];
  /** The stored status the appended moves start from (null: a new enrollment). */
  from: S | null;
}

export interface RosterPlan {
  cohorts: CohortPlan[];
  ventures: VenturePlan[];
  people: PersonPlan[];
  founders: { venture: VenturePlan; person: PersonPlan }[];
  enrollments: EnrollmentPlan[];
}

export interface Program {
  id: string;
  name: string;
  time_zone: string;
  fiscal_year_start_month: number;
}

export const v = <T>(row: ParsedRow, column: string) => row.values[column] as T | undefined;
export const normal = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** The file's names through the database's own normalisation, one statement. */
export async function nameKeys(manager: EntityManager, names: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(names)];
  if (!list.length) return new Map();
  const rows = await manager.query<{ name: string; key: string }[]>(`SELECT x AS name, ${NAME_KEY('x')} AS key FROM unnest($1::text[]) x`, [
    list,
  ]);
  return new Map(rows.map((r) => [r.name, r.key]));
}

/**
 * Matches the roster's rows to what is stored, by natural keys (program + fiscal year; the school's
 * reference, else the normalised name, for ventures; reference, else email, else the venture's
 * founder of that name, for people), and plans what to create, update or leave. Reads in a few
 * statements whatever the file's size; rows with errors are left out.
 */
