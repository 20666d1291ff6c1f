import type { EntityManager } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity.js';
import { EnrollmentEntity, EnrollmentEventEntity } from '../enrollments/enrollment.entity.js';
import { PersonEntity } from '../people/person.entity.js';
import { VentureEntity, VentureFounderEntity } from '../ventures/venture.entity.js';
import type { WriteContext } from './import-kind.js';
import type { RosterPlan } from './roster-plan.js';

/** Rows per INSERT statement (well under PostgreSQL's 65,535 parameters for every table here). */
const CHUNK = 500;

async function insertAll<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T>[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < values.length; i += CHUNK) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values.slice(i, i + CHUNK) as never)
      .returning('id')
      .updateEntity(false)
      .execute();
    ids.push(...(result.raw as { id: string }[]).map((r) => r.id));
  }
  return ids;
}

async function insertRows<T extends object>(manager: EntityManager, entity: new () => T, values: Partial<T>[]): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(values.slice(i, i + CHUNK) as never)
      .updateEntity(false)
      .execute();
  }
}

/**
 * Carries a roster plan out in the import's transaction: cohorts, ventures and people created in
 * batches and updated one by one (their version advances), founder links, and each enrollment with
 * its dated moves as enrollVenture and the transitions would record them (the first move from
 * nothing, each next from the one before, recorded by the importing account).
 */
export async function writeRoster(plan: RosterPlan, { manager, actor }: WriteContext): Promise<void> {
  const newCohorts = plan.cohorts.filter((c) => c.create);
  const cohortIds = await insertAll(
    manager,
    CohortEntity,
    newCohorts.map((c) => ({ programId: c.programId, year: c.year, name: c.create!.name, status: c.create!.status })),
  );
  newCohorts.forEach((c, i) => (c.id = cohortIds[i]));

  const newVentures = plan.ventures.filter((x) => x.create);
  const ventureIds = await insertAll(
    manager,
    VentureEntity,
    newVentures.map((x) => ({ name: x.name, reference: x.ref ?? null, sector: x.sector ?? null, sdgs: x.sdgs ?? [] })),
  );
  newVentures.forEach((x, i) => (x.id = ventureIds[i]));
  for (const x of plan.ventures) if (!x.create && Object.keys(x.update).length) await manager.update(VentureEntity, x.id!, x.update);

  const newPeople = plan.people.filter((p) => p.create);
  const personIds = await insertAll(
    manager,
    PersonEntity,
    newPeople.map((p) => ({ name: p.name, nameKana: p.kana ?? null, email: p.email ?? null, reference: p.ref ?? null })),
  );
  newPeople.forEach((p, i) => (p.id = personIds[i]));
  for (const p of plan.people) if (!p.create && Object.keys(p.update).length) await manager.update(PersonEntity, p.id!, p.update);

  await insertRows(
    manager,
    VentureFounderEntity,
    plan.founders.map((f) => ({ ventureId: f.venture.id!, personId: f.person.id!, role: 'founder' })),
  );

  const newEnrollments = plan.enrollments.filter((e) => !e.id);
  const enrollmentIds = await insertAll(
    manager,
    EnrollmentEntity,
    newEnrollments.map((e) => ({
      cohortId: e.cohort.id!,
      ventureId: e.venture.id!,
      status: e.moves.at(-1)!.status,
      statusOn: e.moves.at(-1)!.on,
    })),
  );
  newEnrollments.forEach((e, i) => (e.id = enrollmentIds[i]));
  const events: Partial<EnrollmentEventEntity>[] = [];
  for (const e of plan.enrollments) {
    if (!e.append.length) continue;
    let from = e.from;
    for (const move of e.append) {
      events.push({
        enrollmentId: e.id!,
        fromStatus: from,
        toStatus: move.status,
        occurredOn: move.on,
        note: 'imported',
        recordedBy: actor.email,
      });
      from = move.status;
    }
    if (e.from !== null) await manager.update(EnrollmentEntity, e.id!, { status: e.append.at(-1)!.status, statusOn: e.append.at(-1)!.on });
  }
  await insertRows(manager, EnrollmentEventEntity, events);
}
