import type { FormattedExecutionResult } from 'graphql';

/**
 * A result's `data` that PostgreSQL wrote as JSON text (compiled-reads), kept as that text on its
 * way through Apollo so that it is neither parsed nor serialized again: `stringifyResult` puts the
 * text into the response as it is. Anything else that serializes it (a plugin, a log) gets the same
 * JSON through `toJSON`.
 */
export class PrebuiltJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/**
 * Apollo's `stringifyResult`: what its default writes (`JSON.stringify` of errors, data and
 * extensions in that order, then a newline), with prebuilt `data` copied in as its text.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const data: unknown = result.data;
  if (!(data instanceof PrebuiltJson)) return `${JSON.stringify(result)}\n`;
  const errors = result.errors === undefined ? '' : `"errors":${JSON.stringify(result.errors)},`;
  const extensions = result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
  return `{${errors}"data":${data.text}${extensions}}\n`;
}
