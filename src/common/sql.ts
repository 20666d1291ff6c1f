/** `'A', 'B', 'C'` for a CHECK constraint over an enum's values. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
