import { type Stringifier, stringify } from 'csv-stringify';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab / carriage return)
 * gets a leading apostrophe, as OWASP recommends against CSV injection: at the start of the
 * cell and of every line inside it (a reader that splits rows on a bare line break would
 * otherwise start a row with it). Numbers stay numbers.
 */
export function spreadsheetSafe(value: string): string {
  return value.replace(/(^|[\r\n])(?=[=+\-@\t\r])/g, "$1'");
}

/** Text that starts the way a formula does (the XLSX writer stores it as inline text). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV stream: UTF-8 with a byte-order mark (so spreadsheets read Japanese names right), a
 * header row from `columns`, CRLF line ends, every string cell made spreadsheet-safe and quoted
 * when it holds a line break.
 */
export function csvStream(columns: string[]): Stringifier {
  return stringify({
    header: true,
    columns,
    bom: true,
    record_delimiter: 'windows',
    // The delimiter and quotes are quoted anyway; a bare CR or LF must be too, or a row splits.
    quoted_match: /[\r\n]/,
    cast: {
      string: (value) => spreadsheetSafe(value),
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => value.toISOString(),
      object: (value) => spreadsheetSafe(JSON.stringify(value)),
    },
  });
}
