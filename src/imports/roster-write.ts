import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EnrollmentEntity } from '../enrollments/enrollment.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { VentureEntity } from '../ventures/venture.entity.js';
import type { WriteContext } from './import-kind.js';
import type { RosterPlan } from './roster-plan.js';

/** Rows per INSERT: each column is one array parameter, so the statement's size, not its parameter count, is the limit. */
const CHUNK = 5000;

/** A column of a bulk insert: its name and the SQL type of one value (an array column goes as text and is cast). */
type Column = [name: string, type: 'uuid' | 'text' | 'int' | 'date' | 'smallint[]'];

/**
 * Inserts `rows` (one value per column, in order) with `INSERT … SELECT FROM unnest($1::type[], …)`:
 * one parameter per column instead of one per cell, and no query builder per chunk. What the row
 * does not name takes the column's default (created_at, version 1, kind MOVE), as TypeORM's insert did.
 */
async function insertUnnest(manager: EntityManager, table: string, columns: Column[], rows: unknown[][]): Promise<void> {
  const list = columns.map(([name]) => `"${name}"`).join(', ');
  // An array per row cannot be an element of a parameter array: it goes as its text ('{3,8}') and is cast back.
  const select = columns.map(([name, type]) => (type === 'smallint[]' ? `"${name}"::smallint[]` : `"${name}"`)).join(', ');
  const params = columns.map(([, type], i) => `$${i + 1}::${type === 'smallint[]' ? 'text' : type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${select} FROM unnest(${params}) AS t(${list})`;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    await manager.query(
      sql,
      columns.map((_, c) => chunk.map((row) => row[c])),
    );
  }
}

const pgArray = (items: number[]) => `{${items.join(',')}}`;

/**
 * Carries a roster plan out in the import's transaction: cohorts, ventures and people created in
 * batches and updated one by one (their version advances), founder links, and each enrollment with
 * its dated moves as enrollVenture and the transitions would record them (the first move from
 * nothing, each next from the one before, recorded by the importing account).
 */
export async function writeRoster(plan: RosterPlan, { manager, recordedBy }: WriteContext): Promise<void> {
  // Ids are made here (v4, as gen_random_uuid() would), so the rows that point at them need no RETURNING.
  const newCohorts = plan.cohorts.filter((c) => c.create);
  for (const c of newCohorts) c.id = randomUUID();
  await insertUnnest(
    manager,
    'cohorts',
    [
      ['id', 'uuid'],
      ['program_id', 'uuid'],
      ['year', 'int'],
      ['name', 'text'],
      ['status', 'text'],
    ],
    newCohorts.map((c) => [c.id, c.programId, c.year, c.create!.name, c.create!.status]),
  );

  const newVentures = plan.ventures.filter((x) => x.create);
  for (const x of newVentures) x.id = randomUUID();
  await insertUnnest(
    manager,
    'ventures',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['reference', 'text'],
      ['sector', 'text'],
      ['sdgs', 'smallint[]'],
    ],
    newVentures.map((x) => [x.id, x.name, x.ref ?? null, x.sector ?? null, pgArray(x.sdgs ?? [])]),
  );
  for (const x of plan.ventures) if (!x.create && Object.keys(x.update).length) await manager.update(VentureEntity, x.id!, x.update);

  const newPeople = plan.people.filter((p) => p.create);
  for (const p of newPeople) p.id = randomUUID();
  await insertUnnest(
    manager,
    'people',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['name_kana', 'text'],
      ['email', 'text'],
      ['reference', 'text'],
    ],
    newPeople.map((p) => [p.id, p.name, p.kana ?? null, p.email ?? null, p.ref ?? null]),
  );
  for (const p of plan.people) if (!p.create && Object.keys(p.update).length) await manager.update(PersonEntity, p.id!, p.update);

  await insertUnnest(
    manager,
    'venture_founders',
    [
      ['venture_id', 'uuid'],
      ['person_id', 'uuid'],
      ['role', 'text'],
    ],
    plan.founders.map((f) => [f.venture.id!, f.person.id!, 'founder']),
  );

  const newEnrollments = plan.enrollments.filter((e) => !e.id);
  for (const e of newEnrollments) e.id = randomUUID();
  await insertUnnest(
    manager,
    'enrollments',
    [
      ['id', 'uuid'],
      ['cohort_id', 'uuid'],
      ['venture_id', 'uuid'],
      ['status', 'text'],
      ['status_on', 'date'],
    ],
    newEnrollments.map((e) => [e.id, e.cohort.id!, e.venture.id!, e.moves.at(-1)!.status, e.moves.at(-1)!.on]),
  );
  const events: unknown[][] = [];
  for (const e of plan.enrollments) {
    if (!e.append.length) continue;
    let from = e.from;
    for (const move of e.append) {
      events.push([e.id!, from, move.status, move.on, 'imported', recordedBy]);
      from = move.status;
    }
    if (e.from !== null) await manager.update(EnrollmentEntity, e.id!, { status: e.append.at(-1)!.status, statusOn: e.append.at(-1)!.on });
  }
  await insertUnnest(
    manager,
    'enrollment_events',
    [
      ['enrollment_id', 'uuid'],
      ['from_status', 'text'],
      ['to_status', 'text'],
      ['occurred_on', 'date'],
      ['note', 'text'],
      ['recorded_by', 'text'],
    ],
    events,
  );
}
