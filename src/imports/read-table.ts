import ExcelJS from 'exceljs';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

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

/** Bytes fed to the CSV parser at a time (the file is never decoded into one string). */
const CSV_CHUNK = 64 * 1024;

/**
 * How the CSV's bytes are text: UTF-8 (a BOM is dropped), else Shift_JIS/CP932 when the bytes are
 * not valid UTF-8, or as stated. `chunks` gives the file in pieces, as bytes for the parser to
 * decode as UTF-8 (it joins a character split between pieces) or as text decoded from CP932.
 */
export function csvSource(body: Buffer, stated?: CsvEncoding): { encoding: string; chunks: () => Generator<Buffer | string> } {
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  const slices = function* (bytes: Buffer) {
    for (let at = 0; at < bytes.length; at += CSV_CHUNK) yield bytes.subarray(at, at + CSV_CHUNK);
  };
  const cp932 = function* () {
    const decoder = iconv.getDecoder('cp932');
    for (const slice of slices(body)) yield decoder.write(slice);
    const rest = decoder.end();
    if (rest) yield rest;
  };
  if (stated === 'shift_jis' || stated === 'cp932') return { encoding: 'cp932', chunks: cp932 };
  if (bom) return { encoding: 'utf-8 (BOM)', chunks: () => slices(body.subarray(3)) };
  if (stated === 'utf-8' || isUtf8(body)) return { encoding: 'utf-8', chunks: () => slices(body) };
  return { encoding: 'cp932', chunks: cp932 };
}

/**
 * The CSV through csv-parse's streaming parser, each record kept only as its line and cells: the
 * file is never one decoded string, and no record objects pile up beside the rows.
 */
export async function readCsv(body: Buffer, stated?: CsvEncoding): Promise<Table> {
  const { encoding, chunks } = csvSource(body, stated);
  const all: TableRow[] = [];
  // info.lines is the line the record ends on; a record starts after the previous one ended.
  let nextLine = 1;
  try {
    await pipeline(
      Readable.from(chunks(), { objectMode: false }),
      parse({ info: true, relax_column_count: true, skip_empty_lines: false, bom: true }),
      async (records: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
        for await (const { record, info } of records) {
          all.push({ line: nextLine, cells: record });
          nextLine = info.lines + 1;
        }
      },
    );
  } catch (error) {
    throw new UnreadableFileError(`not readable as CSV: ${(error as Error).message}`);
  }
  return splitHeader(all, { type: 'csv', encoding });
}

/**
 * exceljs 4.4's streaming reader decodes each inflated chunk on its own, so a character whose UTF-8
 * bytes straddle two chunks becomes U+FFFD (exceljs issues #2063, #2084; unfixed). Its shared
 * strings (where Excel keeps the text cells) are read here from an entry that decodes as a stream.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown {
    entry.setEncoding('utf8');
    return (
      ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as { _parseSharedStrings(e: unknown): unknown }
    )._parseSharedStrings.call(this, entry);
  }
}

/** Whatever the stream left broken anyway (text kept inside a worksheet's XML): the whole-file reader, which decodes each part at once. */
async function readXlsxWhole(body: Buffer, sheet: string | undefined): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`not readable as XLSX: ${(error as Error).message}`);
  }
  const names = workbook.worksheets.map((w) => w.name);
  const ws = sheet === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name === sheet);
  if (!ws)
    throw new UnreadableFileError(
      sheet === undefined ? 'the workbook has no sheet' : `no sheet named "${sheet}" (sheets: ${names.join(', ')})`,
    );
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push(rowOf(row)));
  return splitHeader(rows, { type: 'xlsx', sheet: ws.name });
}

function rowOf(row: ExcelJS.Row): TableRow {
  const cells: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellText(cell)));
  for (let i = 0; i < cells.length; i++) cells[i] ??= '';
  return { line: row.number, cells };
}

/**
 * The first sheet (or `sheet`) through exceljs' streaming reader: a formula cell gives its cached
 * result (never evaluated), a date cell its day (YYYY-MM-DD), rich text its plain text.
 */
export async function readXlsx(body: Buffer, sheet?: string): Promise<Table> {
  const reader = new Utf8WorkbookReader(Readable.from([body]), {
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
      for await (const row of ws) rows.push(rowOf(row));
    }
  } catch (error) {
    throw new UnreadableFileError(`not readable as XLSX: ${(error as Error).message}`);
  }
  if (!found) {
    throw new UnreadableFileError(
      sheet === undefined ? 'the workbook has no sheet' : `no sheet named "${sheet}" (sheets: ${names.join(', ')})`,
    );
  }
  if (rows.some((r) => r.cells.some((c) => c.includes('\uFFFD')))) return readXlsxWhole(body, sheet);
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

/** The header is the first row with any non-empty cell; wholly empty rows after it are dropped. */
function splitHeader(rows: TableRow[], source: Table['source']): Table {
  const filled = (r: TableRow) => r.cells.some((c) => c.trim() !== '');
  const at = rows.findIndex(filled);
  if (at < 0) return { header: [], rows: [], source };
  return { header: rows[at].cells.map((c) => c.trim()), rows: rows.slice(at + 1).filter(filled), source };
}
