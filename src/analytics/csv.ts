import { type Stringifier, stringify } from 'csv-stringify';

/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, or a leading tab / carriage return)
 * get a leading apostrophe, as OWASP recommends against CSV injection. Numbers stay numbers.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV stream: UTF-8 with a byte-order mark (so spreadsheets read Japanese names right), a
 * header row from `columns`, CRLF line ends, every string cell made spreadsheet-safe.
 */
export function csvStream(columns: string[]): Stringifier {
  return stringify({
    header: true,
    columns,
    bom: true,
    record_delimiter: 'windows',
    cast: {
      string: (value) => spreadsheetSafe(value),
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => value.toISOString(),
      object: (value) => spreadsheetSafe(JSON.stringify(value)),
    },
  });
}
