import {
  CellProblem,
  emptyCounts,
  type ImportKind,
  type ImportProblem,
  type ImportReport,
  type ParsedRow,
  type ProblemSink,
} from './import-kind.js';
import { looksLikeFormula, type Table } from './read-table.js';

/** The problems of one run, and which rows have errors. */
export class ProblemList implements ProblemSink {
  readonly items: ImportProblem[] = [];

  error(row: ParsedRow | null, column: string | null, code: string, message: string, value?: string | null): void {
    if (row) row.failed = true;
    this.add(row, column, code, message, value, 'error');
  }

  warn(row: ParsedRow | null, column: string | null, code: string, message: string, value?: string | null): void {
    this.add(row, column, code, message, value, 'warning');
  }

  get hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }

  /** Sorted by line, then column order as found. */
  sorted(): ImportProblem[] {
    return this.items
      .map((p, i) => ({ p, i }))
      .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
      .map(({ p }) => p);
  }

  private add(
    row: ParsedRow | null,
    column: string | null,
    code: string,
    message: string,
    value: string | null | undefined,
    severity: 'error' | 'warning',
  ) {
    const seen = value !== undefined ? value : column && row ? (row.raw[column] ?? null) : null;
    this.items.push({ line: row?.line ?? null, column, code, message, value: seen === '' ? null : seen, severity });
  }
}

/** A header cell as a column name: NFKC, trimmed, lower case, spaces as "_" (so "Fiscal Year" is fiscal_year). */
const headerName = (cell: string) => cell.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '_');

/**
 * The header against the kind's columns. None of them recognised: one MISSING_HEADER naming all the
 * expected columns (the first row was probably data, or another kind's file). Some required ones
 * missing: one MISSING_HEADER each. Unknown columns are a warning (they are not read).
 */
export function matchHeader(kind: ImportKind, table: Table, problems: ProblemList): Map<string, number> | null {
  const index = new Map<string, number>();
  table.header.forEach((cell, i) => {
    const name = headerName(cell);
    if (kind.columns.some((c) => c.name === name) && !index.has(name)) index.set(name, i);
    else if (cell.trim()) problems.warn(null, cell, 'UNKNOWN_COLUMN', `not a column of a ${kind.name} file: ignored`, cell);
  });
  const expected = kind.columns.map((c) => c.name).join(', ');
  if (index.size === 0) {
    problems.items.length = 0;
    problems.error(
      null,
      null,
      'MISSING_HEADER',
      `no recognisable header row: a ${kind.name} file starts with the columns ${expected}`,
      table.header.join(',') || null,
    );
    return null;
  }
  const missing = kind.columns.filter((c) => c.required && !index.has(c.name));
  for (const column of missing) {
    problems.error(null, column.name, 'MISSING_HEADER', `the header has no ${column.name} column (expected: ${expected})`, null);
  }
  return missing.length ? null : index;
}

/** Each row's cells through the column parsers, then the kind's check across the row. */
export function parseRows(
  kind: ImportKind,
  table: Table,
  index: Map<string, number>,
  problems: ProblemList,
  progress?: (rows: number) => void,
): ParsedRow[] {
  return table.rows.map((tableRow, i) => {
    if (progress && i % 500 === 499) progress(i + 1);
    const row: ParsedRow = { line: tableRow.line, values: {}, raw: {}, failed: false };
    for (const column of kind.columns) {
      const at = index.get(column.name);
      const text = at === undefined ? '' : (tableRow.cells[at] ?? '').trim();
      if (!text) {
        if (column.required) problems.error(row, column.name, 'REQUIRED', `${column.name} is required`, null);
        continue;
      }
      // As the cell stands (a leading tab counts) and as read.
      if (at !== undefined && looksLikeFormula(tableRow.cells[at]) && looksLikeFormula(text)) {
        problems.warn(row, column.name, 'FORMULA_AS_TEXT', 'looks like a formula: stored as text, never evaluated', text);
      }
      row.raw[column.name] = text;
      try {
        row.values[column.name] = column.parse(text);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        problems.error(row, column.name, error.code, error.message, text);
      }
    }
    if (!row.failed) kind.validateRow(row, problems);
    return row;
  });
}

export function emptyReport(kind: ImportKind, dryRun: boolean, table: Table | null, bytes: number): ImportReport {
  return {
    kind: kind.name,
    dryRun,
    committed: false,
    rowsRead: table?.rows.length ?? 0,
    source: { ...(table?.source ?? { type: 'unknown' }), bytes },
    entities: Object.fromEntries(kind.entities.map((e) => [e, emptyCounts()])),
    problems: [],
    duplicates: [],
    expectedColumns: kind.columns.map((c) => c.name),
  };
}
