import type { EntityManager } from 'typeorm';
import type { ParsedRow, ProblemSink } from './import-kind.js';
import { NAME_KEY, type Stored, v, type VenturePlan } from './roster-types.js';

interface StoredVenture extends Stored {
  sector: string | null;
  sdgs: number[];
  key: string;
}

export async function planVentures(manager: EntityManager, rows: ParsedRow[], keys: Map<string, string>, problems: ProblemSink) {
  // A name given with one reference somewhere in the file means that venture on its other rows too.
  const refsOfName = new Map<string, Set<string>>();
  for (const row of rows) {
    const ref = v<string>(row, 'venture_ref');
    if (!ref) continue;
    const nameKey = keys.get(v<string>(row, 'venture')!)!;
    refsOfName.set(nameKey, (refsOfName.get(nameKey) ?? new Set()).add(ref));
  }
  const byKey = new Map<string, VenturePlan>();
  const ofRow = new Map<ParsedRow, VenturePlan>();
  for (const row of rows) {
    const name = v<string>(row, 'venture')!;
    const nameKey = keys.get(name)!;
    let ref = v<string>(row, 'venture_ref');
    if (!ref) {
      const refs = [...(refsOfName.get(nameKey) ?? [])];
      if (refs.length > 1) {
        problems.error(
          row,
          'venture',
          'AMBIGUOUS_VENTURE',
          `the file has ventures called this with references ${refs.join(', ')}: give venture_ref`,
        );
        continue;
      }
      ref = refs[0];
    }
    const key = ref ? `ref:${ref}` : `name:${nameKey}`;
    let plan = byKey.get(key);
    if (!plan) {
      plan = { key, ref, name, nameKey, rows: [], create: false, update: {} };
      byKey.set(key, plan);
    } else if (plan.nameKey !== nameKey) {
      problems.error(row, 'venture', 'CONFLICTING_VALUES', `venture_ref ${ref} is "${plan.name}" on line ${plan.rows[0].line}`);
      continue;
    }
    for (const column of ['sector', 'sdgs'] as const) {
      const value = row.values[column];
      if (value === undefined) continue;
      const known = plan[column];
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(value)) {
        problems.error(
          row,
          column,
          'CONFLICTING_VALUES',
          `the venture has ${column} "${row.raw[column]}" here but another value on line ${plan.rows[0].line}`,
        );
      } else (plan as unknown as Record<string, unknown>)[column] = value;
    }
    plan.rows.push(row);
    ofRow.set(row, plan);
  }

  const select = `SELECT id, name, reference, sector, sdgs, ${NAME_KEY('name')} AS key FROM ventures WHERE merged_into_id IS NULL`;
  const plans = [...byKey.values()];
  const byRef = new Map(
    (await manager.query<StoredVenture[]>(`${select} AND reference = ANY($1::text[])`, [plans.flatMap((p) => (p.ref ? [p.ref] : []))])).map(
      (s) => [s.reference!, s],
    ),
  );
  const byName = new Map<string, StoredVenture[]>();
  const nameKeysWanted = plans.map((p) => p.nameKey);
  for (const s of await manager.query<StoredVenture[]>(`SELECT * FROM (${select}) v WHERE key = ANY($1::text[])`, [nameKeysWanted])) {
    byName.set(s.key, [...(byName.get(s.key) ?? []), s]);
  }
  for (const plan of plans) {
    let stored = plan.ref ? byRef.get(plan.ref) : undefined;
    if (!stored) {
      // By name: among ventures without a reference when the file gives one (another reference is another venture).
      const candidates = (byName.get(plan.nameKey) ?? []).filter((s) => !plan.ref || s.reference === null);
      if (candidates.length > 1) {
        for (const row of plan.rows) {
          problems.error(
            row,
            'venture',
            'AMBIGUOUS_VENTURE',
            `${candidates.length} stored ventures have this name: give venture_ref, or merge them first (likelyDuplicates)`,
          );
        }
        byKey.delete(plan.key);
        continue;
      }
      stored = candidates[0];
    }
    if (!stored) {
      plan.create = true;
      continue;
    }
    plan.id = stored.id;
    if (plan.ref && stored.name !== plan.name && stored.reference === plan.ref) plan.update.name = plan.name;
    if (plan.ref && stored.reference === null) plan.update.reference = plan.ref;
    if (plan.sector !== undefined && plan.sector !== stored.sector) plan.update.sector = plan.sector;
    if (plan.sdgs !== undefined && JSON.stringify(plan.sdgs) !== JSON.stringify([...stored.sdgs].sort((a, b) => a - b)))
      plan.update.sdgs = plan.sdgs;
  }
  return { byKey, ofRow };
}

export type Ventures = Awaited<ReturnType<typeof planVentures>>;
