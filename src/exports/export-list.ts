import type { Role } from '../access/role.enum.js';
import type { Viewer } from '../access/viewer.js';

/** The file formats every list downloads as. */
export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

/** The rows of one download: cells in column order, from memory or from a database cursor. */
export interface ExportRows {
  columns: string[];
  rows: AsyncIterable<unknown[]> | Iterable<unknown[]>;
  /** Frees what the rows hold (a cursor's connection); called once the download ends, however it ends. */
  release?: () => Promise<void>;
}

/**
 * One downloadable list. `roles` is the rule of the GraphQL field it mirrors (ADMIN always
 * passes); rules per row or per column (a mentor's ventures, private notes) are applied by
 * `open`, the same way the field resolvers apply them.
 */
export interface ExportList<A extends object = object> {
  /** The file name without its extension: `/exports/<name>.csv`. */
  name: string;
  description: string;
  roles: readonly Role[];
  /** The arguments, validated like the GraphQL field's (BAD_USER_INPUT with the field). */
  args: new () => A;
  /** Reads from a database cursor: counts against the limit of downloads at once. */
  streamed: boolean;
  open(args: A, viewer: Viewer): Promise<ExportRows>;
}

/** A list of some arguments (the registry holds lists of every kind). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExportList = ExportList<any>;

/** Bounded rows built in memory (reports, mentors). */
export const inMemory = (columns: string[], rows: unknown[][]): ExportRows => ({ columns, rows });
