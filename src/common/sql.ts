/** `'A', 'B', 'C'` for a CHECK constraint over an enum's values. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Positional parameters for hand-written SQL: `params.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
