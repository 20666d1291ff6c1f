import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor codec', () => {
  it('round-trips a keyset tuple through an opaque string', () => {
    const cursor = encodeCursor([2021, '3f1c0f7e-0000-4000-8000-000000000000']);
    expect(cursor).not.toContain('2021');
    expect(decodeCursor(cursor)).toEqual([2021, '3f1c0f7e-0000-4000-8000-000000000000']);
  });

  // The last: 36 characters of hex digits and dashes that are not a UUID (PostgreSQL would refuse it).
  it.each([
    '',
    'garbage',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor(['x', '------------------------------------']),
  ])('refuses %j with BAD_USER_INPUT on the argument', (bad) => {
    expect(() => decodeCursor(bad)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    );
  });
});
