import { isEmail } from 'class-validator';
import { CellProblem } from './import-kind.js';

/** Cell parsers shared by the kinds: each takes the trimmed, non-empty text and returns a value or throws CellProblem. */

export const text =
  (max: number) =>
  (value: string): string => {
    if (value.length > max) throw new CellProblem('TOO_LONG', `at most ${max} characters (this has ${value.length})`);
    return value;
  };

/** The school's own id: at most 64 characters, no control characters (as the GraphQL inputs take it). */
export const reference = (value: string): string => {
  if (value.length > 64) throw new CellProblem('TOO_LONG', `at most 64 characters (this has ${value.length})`);
  if (/\p{Cc}/u.test(value)) throw new CellProblem('BAD_VALUE', 'must not contain control characters');
  return value;
};

export const integer =
  (min: number, max: number, code = 'BAD_NUMBER') =>
  (value: string): number => {
    const normal = value.normalize('NFKC').replace(/^FY/i, '');
    if (!/^\d+$/.test(normal) || Number(normal) < min || Number(normal) > max) {
      throw new CellProblem(code, `must be a whole number from ${min} to ${max}`);
    }
    return Number(normal);
  };

/** YYYY-MM-DD (also YYYY/MM/DD and single-digit months or days, as Japanese Excel writes them), a real day. */
export const date = (value: string): string => {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.normalize('NFKC'));
  const day = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  if (!m || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)) {
    throw new CellProblem('BAD_DATE', 'must be a date (YYYY-MM-DD)');
  }
  return day;
};

export const email = (value: string): string => {
  if (value.length > 254 || !isEmail(value)) throw new CellProblem('BAD_EMAIL', 'must be an email address');
  return value;
};

/** Hiragana, katakana (full- or half-width), ー・ and spaces, as CreatePersonInput takes it. */
export const kana = (value: string): string => {
  if (value.length > 200 || !/^[\u3040-\u30ff\u31f0-\u31ff\uff65-\uff9f\s]+$/.test(value)) {
    throw new CellProblem('BAD_KANA', 'must be written in kana (katakana or hiragana)');
  }
  return value;
};

export const oneOf =
  <T extends string>(values: readonly T[], code: string) =>
  (value: string): T => {
    const upper = value.normalize('NFKC').toUpperCase() as T;
    if (!values.includes(upper)) throw new CellProblem(code, `must be one of ${values.join(', ')}`);
    return upper;
  };

/** SDG numbers 1–17 separated by ";" (or "," or spaces): `3;5;17`. Sorted, without repeats. */
export const sdgs = (value: string): number[] => {
  const parts = value
    .normalize('NFKC')
    .split(/[;,\s]+/)
    .filter(Boolean);
  const numbers = parts.map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 17)) {
    throw new CellProblem('BAD_SDG', 'must be SDG numbers 1–17 separated by ";" (e.g. 3;5;17)');
  }
  return [...new Set(numbers)].sort((a, b) => a - b);
};
