import type { DataSource } from 'typeorm';
import { decodeCursor } from '../common/pagination/cursor.js';
import { DuplicateKind, DuplicateReason } from './dto/merge.inputs.js';

/** search_key() (NFKC, hiragana as katakana, lower case) without any whitespace: 山田 太郎, 山田\u3000太郎 (a full-width space) and 山田太郎 meet. */
const key = (column: string) => `nullif(regexp_replace(search_key(${column}), '\\s+', '', 'g'), '')`;

/** Each group: its reason, the shared key, its ids oldest first; `sort` and `id` (the oldest) are the keyset. */
const GROUPS: Record<DuplicateKind, string> = {
  [DuplicateKind.PERSON]: `
    SELECT '${DuplicateReason.SAME_NAME}' AS reason, ${key('name')} AS key, array_agg(id ORDER BY created_at, id) AS ids
      FROM people WHERE merged_into_id IS NULL GROUP BY 2 HAVING count(*) > 1 AND ${key('name')} IS NOT NULL
    UNION ALL
    SELECT '${DuplicateReason.SAME_EMAIL}', ${key('email')}, array_agg(id ORDER BY created_at, id)
      FROM people WHERE merged_into_id IS NULL AND email IS NOT NULL GROUP BY 2 HAVING count(*) > 1 AND ${key('email')} IS NOT NULL`,
  [DuplicateKind.VENTURE]: `
    SELECT '${DuplicateReason.SAME_NAME}' AS reason, ${key('name')} AS key, array_agg(id ORDER BY created_at, id) AS ids
      FROM ventures WHERE merged_into_id IS NULL GROUP BY 2 HAVING count(*) > 1 AND ${key('name')} IS NOT NULL`,
};

export interface DuplicateGroupRow {
  id: string;
  reason: DuplicateReason;
  key: string;
  ids: string[];
  sort: string;
}

/**
 * One page of groups (one GROUP BY over the live rows, every call): ordered by reason and key,
 * keyset on (reason || key, oldest id), `first + 1` rows to know whether a next page exists.
 */
export async function findDuplicateGroups(ds: DataSource, kind: DuplicateKind, page: { first: number; after?: string }) {
  const params: unknown[] = [page.first + 1];
  let after = '';
  if (page.after) {
    const [sort, id] = decodeCursor(page.after);
    params.push(String(sort), id);
    after = `WHERE (sort, id) > ($2 COLLATE "C", $3::uuid)`;
  }
  return ds.query<DuplicateGroupRow[]>(
    `SELECT * FROM (SELECT reason, key, ids, ids[1] AS id, (reason || ':' || key) COLLATE "C" AS sort FROM (${GROUPS[kind]}) g) g
      ${after} ORDER BY sort, id LIMIT $1`,
    params,
  );
}

export async function countDuplicateGroups(ds: DataSource, kind: DuplicateKind): Promise<number> {
  const [row] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM (${GROUPS[kind]}) g`);
  return row.n;
}
