import { describe, expect, it } from '@jest/globals';
import { auditValue, changeList, unorderedList } from './audit-changes.js';
import { AuditDraft } from './audited-work.js';

describe('audit changes', () => {
  it('keeps values as JSON: instants as ISO strings, undefined as null, object keys sorted', () => {
    expect(auditValue(new Date('2025-07-01T01:00:00Z'))).toBe('2025-07-01T01:00:00.000Z');
    expect(auditValue(undefined)).toBeNull();
    expect(JSON.stringify(auditValue({ b: 1, a: [new Date(0)] }))).toBe('{"a":["1970-01-01T00:00:00.000Z"],"b":1}');
    expect(unorderedList(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('track: compares the row when tracked with the row when the work returns; bookkeeping left out', () => {
    const entry = new AuditDraft();
    const row = { id: 'x', name: 'A', tags: ['t'], notes: 'n', version: 1, updatedAt: new Date(0) };
    entry.track(row);
    Object.assign(row, { name: 'B', tags: ['t'], version: 2, updatedAt: new Date() });
    expect(AuditDraft.settle(entry, row)).toEqual({ entityIds: ['x'], details: { changes: { name: { old: 'A', new: 'B' } } } });
  });

  it('redacts private notes whatever the caller says, and other fields when asked', () => {
    const entry = new AuditDraft();
    const row = { id: 'x', privateNotes: 'secret', summary: 's' };
    entry.track(row, { redact: ['summary'] });
    Object.assign(row, { privateNotes: 'other', summary: 't' });
    expect(AuditDraft.settle(entry, row)?.details).toEqual({ changes: { privateNotes: { redacted: true }, summary: { redacted: true } } });
  });

  it("merges with the work's own details, including changes it wrote itself", () => {
    const entry = new AuditDraft();
    entry.details({ onBehalfOfMentorId: 'm', changes: { done: { old: false, new: true } } });
    entry.change('dueOn', '2025-01-01', '2025-01-02');
    entry.change('owner', 'p', 'p');
    entry.replaced('ids', { old: ['a', 'b'], new: ['b', 'a'] });
    const details = AuditDraft.settle(entry, 'x')?.details ?? null;
    expect(details).toEqual({
      onBehalfOfMentorId: 'm',
      changes: { done: { old: false, new: true }, dueOn: { old: '2025-01-01', new: '2025-01-02' } },
    });
    expect(changeList(details).map((c) => c.field)).toEqual(['done', 'dueOn']);
  });

  it('a skipped entry stays skipped', () => {
    const entry = new AuditDraft();
    entry.track({ id: 'x' });
    entry.skip();
    expect(AuditDraft.settle(entry, 'x')).toBeNull();
  });
});
