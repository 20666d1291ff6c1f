import { ValidationError } from '../errors/domain-errors.js';
import { isUuid } from '../persistence.js';

/** A keyset position: the sort value of a row and its id as the tie-breaker. */
export type CursorKey = [sortValue: string | number, id: string];

/** Opaque to clients: base64url of the keyset tuple. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return value as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError({ field, message: 'is not a cursor returned by this API' });
}
