import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { DemoDataService } from '../src/demo/demo.service.js';
import { demoClient } from './utils/demo-accounts.js';
import { useTestApp } from './utils/use-test-app.js';

/** The comment line that marks an example whose variables come from the answers before it. */
const NEEDS_IDS = '# needs ids from above';

interface Example {
  doc: string;
  section: string;
  as: Role | 'ANONYMOUS';
}

/** Every ```graphql block of the README, with the role its section signs in as (staff unless it says otherwise). */
function readmeExamples(): Example[] {
  const examples: Example[] = [];
  let section = '';
  for (const [, heading, doc] of readFileSync('README.md', 'utf8').matchAll(/^## (.*)$|^```graphql\n([\s\S]*?)^```$/gm)) {
    if (heading !== undefined) section = heading;
    else {
      const as = /\blogin\(/.test(doc)
        ? 'ANONYMOUS'
        : /Analytics/.test(section)
          ? Role.ANALYST
          : /Mentoring/.test(section)
            ? Role.MENTOR
            : Role.STAFF;
      examples.push({ doc, section, as });
    }
  }
  return examples;
}

/** The first `id` inside a value, depth first. */
function firstId(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(firstId).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' ? v.id : Object.values(v).map(firstId).find(Boolean);
}

/** `$fooId`: the first id under the nearest field whose name holds "foo", in the latest answer that has one. */
function idFrom(answers: unknown[], variable: string): string | undefined {
  const stem = variable.replace(/Id$/, '').toLowerCase();
  for (const answer of [...answers].reverse()) {
    const queue: unknown[] = [answer];
    for (let value = queue.shift(); value !== undefined; value = queue.shift()) {
      if (!value || typeof value !== 'object') continue;
      for (const [key, child] of Object.entries(value)) {
        const id = key.toLowerCase().includes(stem) ? firstId(child) : undefined;
        if (id) return id;
        queue.push(child);
      }
    }
  }
  return undefined;
}

/** A top-level answer has rows: not null, and a list or connection (or a report's lists) not empty. */
function hasRows(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object') return true;
  if ('edges' in value) return (value.edges as unknown[]).length > 0;
  const lists = Object.values(value).filter((x) => Array.isArray(x) || (x !== null && typeof x === 'object' && 'edges' in x));
  return lists.length === 0 || lists.some(hasRows);
}

/**
 * The README's examples work as written: every ```graphql block runs, in order, against a freshly
 * loaded demo, as the role its section says, without errors and with data in every answer.
 * Blocks marked `# needs ids from above` get their `$…Id` variables from the answers before them,
 * `$on` as today and `$heldAt` as now; the others run verbatim, without variables.
 */
describe('the README examples on a fresh demo', () => {
  const t = useTestApp();

  it('all run as written and answer with data', async () => {
    // The server dates "today" in UTC: lay the demo around the same day.
    const today = new Date().toISOString().slice(0, 10);
    await t.server.app.get(DemoDataService).load({ today });
    const clients = new Map<Role | 'ANONYMOUS', Awaited<ReturnType<typeof demoClient>>>();
    const examples = readmeExamples();
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.filter((e) => e.doc.includes(NEEDS_IDS)).length).toBeLessThanOrEqual(3);
    const answers: unknown[] = [];
    for (const { doc, section, as } of examples) {
      let variables: Record<string, unknown> | undefined;
      if (doc.includes(NEEDS_IDS)) {
        const names = [...new Set([...doc.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]))];
        const now = new Date(Date.now() - 60_000).toISOString();
        variables = Object.fromEntries(names.map((n) => [n, n === 'on' ? today : n === 'heldAt' ? now : idFrom(answers, n)]));
        expect([doc, Object.values(variables).every(Boolean)]).toEqual([doc, true]);
      }
      if (!clients.has(as)) clients.set(as, await demoClient(t, as));
      const res = await clients.get(as)!.gql<Record<string, unknown>>(doc, variables);
      expect({ section, doc, errors: res.errors }).toEqual({ section, doc, errors: undefined });
      const data = res.data as Record<string, unknown>;
      const fields = Object.entries(data).flatMap(([k, v]) => (k === 'analytics' ? Object.entries(v as object) : [[k, v] as const]));
      expect({ doc, empty: fields.filter(([, v]) => !hasRows(v)).map(([k]) => k) }).toEqual({ doc, empty: [] });
      answers.push(data);
    }
  });
});
