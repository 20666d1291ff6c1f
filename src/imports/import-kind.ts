import type { EntityManager } from 'typeorm';
import type { AuditActor } from '../audit/audited-work.js';

/** error: the row cannot be imported (a commit is refused); warning: imported, but look at it. */
export type Severity = 'error' | 'warning';

/** One line-level finding of a dry run or a refused commit. */
export interface ImportProblem {
  /** The file's line (CSV: where the row starts; XLSX: the row number); null for the file as a whole. */
  line: number | null;
  /** The column's name (as the template spells it); null for the row as a whole. */
  column: string | null;
  code: string;
  message: string;
  /** The value seen, as text (null when there was none). */
  value: string | null;
  severity: Severity;
}

export interface EntityCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Rows that look like one record but are kept apart (same normalised name, or an email on an existing row). */
export interface LikelyDuplicate {
  entity: 'person' | 'venture';
  line: number;
  name: string;
  reason: 'SAME_NAME' | 'SAME_EMAIL';
  /** The existing rows it resembles, or the other lines of the file. */
  existing: { id: string; name: string }[];
  lines: number[];
}

export interface ImportReport {
  kind: string;
  dryRun: boolean;
  /** Whether the changes were written (a dry run: false; a commit: false when it found errors). */
  committed: boolean;
  rowsRead: number;
  source: { type: string; encoding?: string; sheet?: string; bytes: number };
  entities: Record<string, EntityCounts>;
  problems: ImportProblem[];
  duplicates: LikelyDuplicate[];
  /** The columns the kind expects, in the template's order (named whenever a header is missing). */
  expectedColumns: string[];
}

/** A cell the column's parser refuses: the problem's code and message. */
export class CellProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One column of a kind's file: its header name, whether a row needs it, how its text becomes a value. */
export interface ImportColumn {
  name: string;
  required: boolean;
  /** What the template's example row holds. */
  example: string;
  /** One line for the README's table. */
  description: string;
  /** The trimmed, non-empty text to a value; throws CellProblem when it cannot be one. */
  parse(text: string): unknown;
}

/** A row after its cells were parsed: the values by column name (absent when empty or refused). */
export interface ParsedRow {
  line: number;
  values: Record<string, unknown>;
  /** The trimmed text of each filled column (an empty one is absent), for problems that quote it. */
  raw: Record<string, string>;
  /** Whether any error was found on the row so far (it is left out of the plan). */
  failed: boolean;
}

/** Where problems go; `error`/`warn` mark the row so the planner and the commit know. */
export interface ProblemSink {
  error(row: ParsedRow | null, column: string | null, code: string, message: string, value?: string | null): void;
  warn(row: ParsedRow | null, column: string | null, code: string, message: string, value?: string | null): void;
}

export interface PlanContext {
  manager: EntityManager;
  problems: ProblemSink;
  now: Date;
}

export interface WriteContext {
  manager: EntityManager;
  /** Who imports (null: the command line, recorded as such). */
  actor: AuditActor;
  /** Whom dated history rows name as recorder (the account's email, or the command line). */
  recordedBy: string;
}

export interface Planned<P> {
  plan: P;
  entities: Record<string, EntityCounts>;
  duplicates: LikelyDuplicate[];
}

/**
 * A kind of import (roster, ...): its columns, a check across one row's values, a planner that
 * matches the rows to what is stored by natural keys (create / update / unchanged) and a writer
 * that carries the plan out inside the import's transaction.
 */
export interface ImportKind<P = unknown> {
  name: string;
  /** The entities the report counts, in order. */
  entities: readonly string[];
  columns: readonly ImportColumn[];
  validateRow(row: ParsedRow, problems: ProblemSink): void;
  plan(rows: ParsedRow[], context: PlanContext): Promise<Planned<P>>;
  write(plan: P, context: WriteContext): Promise<void>;
}

export const emptyCounts = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0 });
