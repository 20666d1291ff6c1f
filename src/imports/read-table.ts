import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';

/** What a file holds, told by its first bytes (an XLSX is a ZIP) or else by its Content-Type. */
export type FileType = 'csv' | 'xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Encodings a CSV may be stated in (`?encoding=`); anything else is refused before reading. */
export const CSV_ENCODINGS = ['utf-8', 'shift_jis', 'cp932'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** One row of the file: its line (CSV: the physical line it starts on; XLSX: the row number) and its cells as text. */
export interface TableRow {
  line: number;
  cells: string[];
  /** Cells (by index) whose text looks like a formula (= + - @ first): kept as text, reported as a warning. */
  formulaLike: number[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
  /** How the file was read: csv (utf-8, utf-8 with BOM, cp932) or xlsx and the sheet's name. */
  source: { type: FileType; encoding?: string; sheet?: string };
}

/** A file the reader cannot take as a table at all (no such sheet, a broken ZIP, an unclosed quote). */
export class UnreadableFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** By content first: a ZIP is an XLSX, text is CSV; a binary that is neither is undefined. */
export function sniffType(body: Buffer, contentType: string | undefined): FileType | undefined {
  if (ZIP_MAGIC.every((b, i) => body[i] === b)) return 'xlsx';
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === XLSX_TYPE) return undefined; // says XLSX but is not a ZIP
  // Text: no NUL byte in the first 8 kB (UTF-8 and Shift_JIS never have one).
  if (body.subarray(0, 8192).includes(0)) return undefined;
  return 'csv';
}

/** Looks like a formula to a spreadsheet (CSV injection): = + - @ first, or those after a tab/CR. A plain number (-3) does not. */
export function looksLikeFormula(text: string): boolean {
  if (!/^[=+\-@\t\r]/.test(text)) return false;
  return !/^[+-]?\d+(\.\d+)?$/.test(text);
}

/** CSV text: UTF-8 (a BOM is dropped), else Shift_JIS/CP932 when the bytes are not valid UTF-8, or as stated. */
export function decodeCsv(body: Buffer, stated?: CsvEncoding): { text: string; encoding: string } {
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  if (stated === 'shift_jis' || stated === 'cp932') return { text: iconv.decode(body, 'cp932'), encoding: 'cp932' };
  if (bom) return { text: body.subarray(3).toString('utf8'), encoding: 'utf-8 (BOM)' };
  if (stated === 'utf-8') return { text: body.toString('utf8'), encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'cp932'), encoding: 'cp932' };
  }
}

export function readCsv(body: Buffer, stated?: CsvEncoding): Table {
  const { text, encoding } = decodeCsv(body, stated);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: false, bom: true }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFileError(`not readable as CSV: ${(error as Error).message}`);
  }
  // info.lines is the line the record ends on; a record starts after the previous one ended.
  let nextLine = 1;
  const all: TableRow[] = records.map(({ record, info }) => {
    const row = { line: nextLine, cells: record, formulaLike: formulaCells(record) };
    nextLine = info.lines + 1;
    return row;
  });
  return splitHeader(all, { type: 'csv', encoding });
}

/**
 * The first sheet (or `sheet`) through exceljs' streaming reader: a formula cell gives its cached
 * result (never evaluated), a date cell its day (YYYY-MM-DD), rich text its plain text.
 */
export async function readXlsx(body: Buffer, sheet?: string): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const rows: TableRow[] = [];
  const names: string[] = [];
  let found: string | undefined;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as { name: string } & AsyncIterable<ExcelJS.Row>;
      names.push(ws.name);
      const wanted = sheet === undefined ? names.length === 1 : ws.name === sheet;
      if (!wanted) {
        for await (const _row of ws) void _row; // drained, not kept
        continue;
      }
      found = ws.name;
      for await (const row of ws) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellText(cell)));
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        rows.push({ line: row.number, cells, formulaLike: formulaCells(cells) });
      }
    }
  } catch (error) {
    throw new UnreadableFileError(`not readable as XLSX: ${(error as Error).message}`);
  }
  if (!found) {
    throw new UnreadableFileError(
      sheet === undefined ? 'the workbook has no sheet' : `no sheet named "${sheet}" (sheets: ${names.join(', ')})`,
    );
  }
  return splitHeader(rows, { type: 'xlsx', sheet: found });
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return resultText((value as ExcelJS.CellFormulaValue).result);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function resultText(result: ExcelJS.CellFormulaValue['result']): string {
  if (result === undefined || result === null) return '';
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === 'object') return 'error' in result ? String(result.error) : '';
  return String(result);
}

function formulaCells(cells: string[]): number[] {
  const out: number[] = [];
  cells.forEach((c, i) => {
    if (c && looksLikeFormula(c)) out.push(i);
  });
  return out;
}

/** The header is the first row with any non-empty cell; wholly empty rows after it are dropped. */
function splitHeader(rows: TableRow[], source: Table['source']): Table {
  const filled = (r: TableRow) => r.cells.some((c) => c.trim() !== '');
  const at = rows.findIndex(filled);
  if (at < 0) return { header: [], rows: [], source };
  return { header: rows[at].cells.map((c) => c.trim()), rows: rows.slice(at + 1).filter(filled), source };
}
