import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FORMULA_START } from './csv.js';

/**
 * A cell as the XLSX writer stores it. Text is always a text cell, never a formula; text a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) is written as an inline
 * string (`t="inlineStr"`, the text type proper), so it shows and re-imports exactly as typed.
 * Dates become ISO text, as in the CSV; numbers and booleans stay typed.
 */
export function xlsxCell(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(text) ? { richText: [{ text }] } : text;
}

/** Resolves when `out` can take more, or it closed (then the caller stops). */
export function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** The zip entry's PassThrough: a readable-stream 2 stream (archiver's), so its state has no public getters. */
interface SheetPipe {
  _writableState?: { needDrain?: boolean };
  once(event: 'drain', listener: () => void): unknown;
  off(event: 'drain', listener: () => void): unknown;
}

/**
 * Where exceljs' streaming writer sends a worksheet's XML: it buffers the sheet in a StreamBuf
 * piped into the zip entry's PassThrough (archiver's), and writes into that pipe without looking
 * at its return value, so a zip (and a client) slower than the cursor would pile the whole sheet
 * up there. Watching that pipe's `needDrain` is the only backpressure there is (exceljs 4.4;
 * issues #464, #734); undefined until archiver has taken the entry.
 */
function sheetPipe(sheet: ExcelJS.Worksheet): SheetPipe | undefined {
  return (sheet as unknown as { stream?: { pipes?: SheetPipe[] } }).stream?.pipes?.[0];
}

/** Resolves when the zip entry has taken what was written, or `out` closed. */
function entryDrained(pipe: SheetPipe, out: Writable): Promise<void> {
  if (!pipe._writableState?.needDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      pipe.off('drain', done);
      out.off('close', done);
      resolve();
    };
    pipe.once('drain', done);
    out.on('close', done);
  });
}

/** Rows committed between looks at the zip entry and the response. */
const BATCH = 100;

/**
 * Streams `rows` into `out` as one worksheet of an XLSX workbook (exceljs' streaming writer:
 * each row is committed, i.e. written towards the zip, as it comes; no shared strings, no
 * styles, so nothing grows with the row count). Every 100 rows it waits until the zip entry has
 * taken what was written and `out` can take more, so a slow zip or client slows the cursor
 * instead of filling memory.
 */
export async function writeXlsx(out: Writable, sheetName: string, columns: string[], rows: AsyncIterable<unknown[]> | Iterable<unknown[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns).commit();
  let n = 0;
  for await (const row of rows) {
    sheet.addRow(row.map(xlsxCell)).commit();
    if (++n % BATCH === 0) {
      const pipe = sheetPipe(sheet);
      if (pipe) await entryDrained(pipe, out);
      await drained(out);
      if (out.destroyed) throw Object.assign(new Error('client went away'), { code: 'ERR_STREAM_PREMATURE_CLOSE' });
    }
  }
  sheet.commit();
  await workbook.commit();
}
