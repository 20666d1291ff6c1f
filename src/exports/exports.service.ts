import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hasAnyRole, type Viewer } from '../access/viewer.js';
import { ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from '../common/errors/domain-errors.js';
import { exportRows } from '../common/metrics.js';
import { csvStream } from './csv.js';
import { DomainExports } from './domain-exports.js';
import { parseArgs } from './export-args.js';
import { type AnyExportList, ExportFormat, type ExportRows } from './export-list.js';
import { ReportExports } from './report-exports.js';
import { writeXlsx } from './xlsx.js';

/** Streaming downloads at once (each holds a database connection while it runs). */
const MAX_STREAMS = 3;
/** A client that reads nothing for this long loses its download (and frees the connection). */
const STALL_MS = 30_000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.CSV]: 'text/csv; charset=utf-8',
  [ExportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** `cohort-roster.xlsx` → the list and the format; anything else is NOT_FOUND (404). */
export interface ExportFile {
  list: AnyExportList;
  format: ExportFormat;
  file: string;
}

/**
 * The registry of downloadable lists and the one path every download takes, with a bearer token
 * (`/exports/…`) or a signed link (`/downloads/…`): find the list, check the caller's roles
 * against its rule, validate its arguments, open its rows, write them as CSV or XLSX.
 */
@Injectable()
export class ExportsService {
  private readonly lists: Map<string, AnyExportList>;
  private streams = 0;

  constructor(reports: ReportExports, domain: DomainExports) {
    this.lists = new Map([...reports.lists(), ...domain.lists()].map((l) => [l.name, l]));
  }

  names(): string[] {
    return [...this.lists.keys()];
  }

  /** The list behind a file name, or NOT_FOUND. */
  file(file: string): ExportFile {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(file);
    const list = match && this.lists.get(match[1]);
    if (!match || !list) throw new NotFoundError('Export', file);
    return { list, format: match[2] as ExportFormat, file };
  }

  /** The list by name for a link (input.export), or BAD_USER_INPUT naming the lists there are. */
  named(name: string, field: string): AnyExportList {
    const list = this.lists.get(name);
    if (!list) throw new ValidationError({ field, message: `must be one of ${this.names().join(', ')}` });
    return list;
  }

  /** FORBIDDEN unless the viewer has one of the list's roles (the GraphQL field's rule). */
  assertMayRead(list: AnyExportList, viewer: Viewer): void {
    if (!hasAnyRole(viewer, list.roles))
      throw new ForbiddenError(`The ${list.name} export needs one of the roles ${list.roles.join(', ')}`);
  }

  /** Answers one download: checks, then streams the rows into `res` in the file's format. */
  async send(res: Response, { list, format, file }: ExportFile, rawArgs: unknown, viewer: Viewer): Promise<void> {
    this.assertMayRead(list, viewer);
    const args = (await parseArgs(list.args, rawArgs)) as object;
    // Leave most of the pool to the API: a few cursors at a time, and none that stalls forever.
    if (list.streamed && this.streams >= MAX_STREAMS) throw new TooManyRequestsError(5);
    if (list.streamed) this.streams += 1;
    let opened: ExportRows | undefined;
    try {
      opened = await list.open(args, viewer);
      res.setTimeout(STALL_MS, () => res.destroy());
      res.setHeader('Content-Type', CONTENT_TYPES[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${file}"`);
      res.setHeader('Cache-Control', 'no-store');
      const counted = exportRows.labels(file);
      const rows = countRows(opened.rows, () => counted.inc());
      if (format === ExportFormat.CSV) await pipeline(Readable.from(rows), csvStream(opened.columns), res);
      else await writeXlsx(res, list.name, opened.columns, rows);
    } finally {
      if (list.streamed) this.streams -= 1;
      await opened?.release?.();
    }
  }
}

async function* countRows(rows: AsyncIterable<unknown[]> | Iterable<unknown[]>, each: () => void): AsyncGenerator<unknown[]> {
  for await (const row of rows) {
    each();
    yield row;
  }
}
