import type { EntityManager } from 'typeorm';
import { ValidationError } from '../common/errors/domain-errors.js';

/**
 * Every column that holds a person's or a venture's id, and how a merge moves it to the survivor.
 * test/merge.e2e-spec.ts compares the foreign keys in the database (pg_constraint) with the
 * `foreignKey` entries here: a new table that refers to people or ventures fails that test until
 * its rule is written down here. ($1 is the survivor's id, $2 the merged row's.)
 *
 * - `move`: every row moves (no unique constraint can collide).
 * - `fold`: where both sides have a row for the same thing (both founders of one venture, both
 *   contacts of one collaboration, both volunteers on one engagement) the survivor's row stays and
 *   takes what it lacks from the merged side's row, which then goes; the other rows move.
 * - `refuse`: a collision that cannot be resolved safely (two accounts, two mentor profiles, two
 *   enrollments in one cohort) refuses the whole merge with BAD_USER_INPUT on input.mergedId.
 */
export interface MergeReference {
  table: string;
  column: string;
  /** False for a column without a foreign key (a uuid array, a copy kept for speed). */
  foreignKey: boolean;
  /** Rows moved and rows folded into the survivor's. */
  merge(m: EntityManager, ids: [survivor: string, merged: string]): Promise<{ moved: number; folded: number }>;
}

/** Runs a data-modifying statement and counts the rows it touched. */
async function count(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await m.query<{ n: number }[]>(`WITH t AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM t`, params);
  return row.n;
}

const move = (table: string, column: string, foreignKey = true): MergeReference => ({
  table,
  column,
  foreignKey,
  merge: async (m, ids) => ({
    moved: await count(m, `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, ids),
    folded: 0,
  }),
});

/** `unique`: the other columns of the unique key; `fill`: nullable columns the survivor's row takes when it has none. */
const fold = (table: string, column: string, unique: string[], fill: string[] = [], before?: FoldStep): MergeReference => ({
  table,
  column,
  foreignKey: true,
  async merge(m, ids) {
    const same = unique.map((c) => `s."${c}" = d."${c}"`).join(' AND ');
    const pairs = `FROM "${table}" d WHERE s."${column}" = $1 AND d."${column}" = $2 AND ${same}`;
    for (const c of fill) await m.query(`UPDATE "${table}" s SET "${c}" = d."${c}" ${pairs} AND s."${c}" IS NULL`, ids);
    if (before) await before(m, ids);
    const folded = await count(
      m,
      `DELETE FROM "${table}" d USING "${table}" s WHERE s."${column}" = $1 AND d."${column}" = $2 AND ${same}`,
      ids,
    );
    const moved = await count(m, `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, ids);
    return { moved, folded };
  },
});
type FoldStep = (m: EntityManager, ids: [string, string]) => Promise<void>;

/** `what` names the colliding thing for the refusal: SQL selecting one text `what` for a colliding pair (s: survivor's row, d: merged's). */
const refuseBoth = (table: string, column: string, unique: string[], what: string, why: string): MergeReference => ({
  table,
  column,
  foreignKey: true,
  async merge(m, ids) {
    const same = unique.length ? unique.map((c) => `s."${c}" = d."${c}"`).join(' AND ') : 'TRUE';
    const [clash] = await m.query<{ what: string }[]>(
      `SELECT ${what} AS what FROM "${table}" s JOIN "${table}" d ON ${same} WHERE s."${column}" = $1 AND d."${column}" = $2 LIMIT 1`,
      ids,
    );
    if (clash) throw new ValidationError({ field: 'input.mergedId', message: `${why} (${clash.what}); resolve that first` });
    return { moved: await count(m, `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, ids), folded: 0 };
  },
});

/**
 * Both volunteers on one engagement: the survivor's volunteer row stays (its role), takes the merged
 * one's dated hour entries and change history, and the earlier joined_on. The engagement's hours
 * do not change.
 */
const foldVolunteers: FoldStep = async (m, ids) => {
  const pairs = `FROM pro_bono_volunteers s JOIN pro_bono_volunteers d ON d.engagement_id = s.engagement_id
                 WHERE s.person_id = $1 AND d.person_id = $2`;
  for (const child of ['pro_bono_hour_entries', 'pro_bono_volunteer_changes']) {
    await m.query(
      `UPDATE ${child} c SET volunteer_id = p.s_id FROM (SELECT s.id AS s_id, d.id AS d_id ${pairs}) p WHERE c.volunteer_id = p.d_id`,
      ids,
    );
  }
  await m.query(
    `UPDATE pro_bono_volunteers v SET joined_on = least(v.joined_on, p.joined_on), changed_on = greatest(v.changed_on, p.changed_on),
            version = v.version + 1, updated_at = now()
       FROM (SELECT s.id, d.joined_on, d.changed_on ${pairs}) p WHERE v.id = p.id`,
    ids,
  );
};

/** The attendees of a session: an array of person ids without a foreign key; the survivor once. */
const sessionAttendees: MergeReference = {
  table: 'mentoring_sessions',
  column: 'attendee_person_ids',
  foreignKey: false,
  merge: async (m, ids) => ({
    moved: await count(
      m,
      `UPDATE mentoring_sessions SET attendee_person_ids = CASE WHEN $1::uuid = ANY(attendee_person_ids)
              THEN array_remove(attendee_person_ids, $2::uuid) ELSE array_replace(attendee_person_ids, $2::uuid, $1::uuid) END
        WHERE $2::uuid = ANY(attendee_person_ids)`,
      ids,
    ),
    folded: 0,
  }),
};

export const PERSON_REFERENCES: readonly MergeReference[] = [
  move('people', 'merged_into_id'),
  move('affiliations', 'person_id'),
  fold('venture_founders', 'person_id', ['venture_id'], ['role']),
  refuseBoth('users', 'person_id', [], 's.email', 'both people have an account'),
  refuseBoth('mentors', 'person_id', [], 's.id::text', 'both people have a mentor profile'),
  move('follow_up_actions', 'owner_person_id'),
  fold('collaboration_contacts', 'person_id', ['collaboration_id']),
  fold('pro_bono_volunteers', 'person_id', ['engagement_id'], [], foldVolunteers),
  move('recognitions', 'person_id'),
  sessionAttendees,
];

export const VENTURE_REFERENCES: readonly MergeReference[] = [
  move('ventures', 'merged_into_id'),
  fold('venture_founders', 'venture_id', ['person_id'], ['role']),
  refuseBoth(
    'enrollments',
    'venture_id',
    ['cohort_id'],
    `(SELECT c.name FROM cohorts c WHERE c.id = s.cohort_id)`,
    'both ventures are enrolled in the same cohort, each with its own history',
  ),
  // A copy of the enrollment's venture kept on each session for speed: it follows the enrollments.
  move('mentoring_sessions', 'venture_id', false),
  move('collaborations', 'venture_id'),
  move('pro_bono_engagements', 'beneficiary_venture_id'),
  move('outcome_records', 'venture_id'),
  move('recognitions', 'venture_id'),
];
