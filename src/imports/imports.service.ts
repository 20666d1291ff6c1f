import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuditActor } from '../audit/audited-work.js';
import { Clock } from '../common/clock.js';
import { NotFoundError } from '../common/errors/domain-errors.js';
import type { ImportKind, ImportReport, ParsedRow } from './import-kind.js';
import { emptyReport, matchHeader, parseRows, ProblemList } from './import-run.js';
import { type CsvEncoding, readCsv, readXlsx, type FileType, type Table, UnreadableFileError } from './read-table.js';
import { collaborationsKind } from './collaborations.kind.js';
import { mentorsKind } from './mentors.kind.js';
import { outcomesKind } from './outcomes.kind.js';
import { proBonoKind } from './pro-bono.kind.js';
import { rosterKind } from './roster.kind.js';
import { sessionsKind } from './sessions.kind.js';

/** The kinds of import, by the name in `/imports/<kind>` and `npm run import -- <kind>`. */
export const IMPORT_KINDS: Record<string, ImportKind> = {
  roster: rosterKind,
  mentors: mentorsKind,
  outcomes: outcomesKind,
  sessions: sessionsKind,
  collaborations: collaborationsKind,
  'pro-bono': proBonoKind,
};

/** One import at a time, across processes: a transaction-scoped advisory lock (released by COMMIT or ROLLBACK). */
const IMPORT_LOCK = `SELECT pg_advisory_xact_lock(hashtext('alumni-graph:imports'))`;

export type ImportStage = 'read' | 'check' | 'plan' | 'write' | 'done';

/** Who the command line's history rows name as recorder (it has no account). */
export const COMMAND_LINE = 'import (command line)';

export interface ImportOptions {
  dryRun: boolean;
  type: FileType;
  encoding?: CsvEncoding;
  sheet?: string;
  /** Told as the import goes: rows checked so far, then each stage as it starts (the CLI's progress bar). */
  onProgress?: (stage: ImportStage, rows: number) => void;
}

/**
 * Imports a file of one kind: reads it (CSV in UTF-8 or Shift_JIS, or XLSX), checks its header
 * and every cell, plans what it would create, update or leave by natural keys, and — unless it is
 * a dry run or found errors — writes the plan in one audited transaction under an advisory lock.
 * The report is the same either way.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  kind(name: string): ImportKind {
    const kind = Object.hasOwn(IMPORT_KINDS, name) ? IMPORT_KINDS[name] : undefined;
    if (!kind) throw new NotFoundError('Import kind', name, 'kind');
    return kind;
  }

  async run(kindName: string, body: Buffer, options: ImportOptions, actor: AuditActor): Promise<ImportReport> {
    const kind = this.kind(kindName);
    const problems = new ProblemList();
    const { report, rows } = await this.readRows(kind, body, options, problems);
    if (!rows) return report;

    const planAndWrite = async (manager: EntityManager, write: boolean) => {
      options.onProgress?.('plan', rows.length);
      const planned = await kind.plan(rows, { manager, problems, now: this.clock.now() });
      const result: ImportReport = { ...report, entities: planned.entities, duplicates: planned.duplicates, problems: problems.sorted() };
      if (!write || problems.hasErrors) return result;
      options.onProgress?.('write', rows.length);
      await kind.write(planned.plan, { manager, actor, recordedBy: actor?.email ?? COMMAND_LINE });
      return { ...result, committed: true };
    };

    if (options.dryRun) {
      // Read-only: a dry run cannot write, whatever a kind's planner does.
      const result = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        return planAndWrite(manager, false);
      });
      options.onProgress?.('done', rows.length);
      return result;
    }
    const result = await this.audit.transaction(actor, `import:${kind.name}`, async (manager, entry) => {
      await manager.query(IMPORT_LOCK);
      const outcome = await planAndWrite(manager, true);
      if (!outcome.committed) entry.skip();
      entry.entityIds();
      entry.details({ kind: kind.name, source: outcome.source, rowsRead: outcome.rowsRead, entities: outcome.entities });
      return outcome;
    });
    options.onProgress?.('done', rows.length);
    return result;
  }

  /**
   * The file read, its header matched and its rows parsed (no rows: the report says why). The
   * table is not kept: the parsed rows hold what the plan needs, so the file's cells are not held
   * through the plan and the write.
   */
  private async readRows(
    kind: ImportKind,
    body: Buffer,
    options: ImportOptions,
    problems: ProblemList,
  ): Promise<{ report: ImportReport; rows?: ParsedRow[] }> {
    let table: Table | null = null;
    try {
      table = options.type === 'xlsx' ? await readXlsx(body, options.sheet) : await readCsv(body, options.encoding);
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.error(null, null, 'UNREADABLE_FILE', error.message, null);
    }
    const report = emptyReport(kind, options.dryRun, table, body.length);
    const index = table && matchHeader(kind, table, problems);
    if (!table || !index) return { report: { ...report, problems: problems.sorted() } };
    options.onProgress?.('read', table.rows.length);
    return { report, rows: parseRows(kind, table, index, problems, (n) => options.onProgress?.('check', n)) };
  }

  /** The kind's template: its header and one example row, as CSV (UTF-8 with a BOM, so Excel reads it as UTF-8) or XLSX. */
  async template(kindName: string, type: FileType): Promise<Buffer> {
    const kind = this.kind(kindName);
    const header = kind.columns.map((c) => c.name);
    const example = kind.columns.map((c) => c.example);
    if (type === 'csv') {
      const line = (cells: string[]) => cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
      return Buffer.from(`\uFEFF${line(header)}\r\n${line(example)}\r\n`, 'utf8');
    }
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(kind.name);
    sheet.addRow(header).font = { bold: true };
    sheet.addRow(example);
    // Text cells: Excel must not turn 2024-04-10 into a serial number or 3;8 into something else.
    sheet.columns.forEach((column) => {
      column.numFmt = '@';
      column.width = 18;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
