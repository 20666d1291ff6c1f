import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { todayIn } from '../src/common/dates.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const FOLLOW_UP = `id text dueOn done doneAt version owner { name }`;
const ADD = `mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { ${FOLLOW_UP} } }`;
const UPDATE = `mutation($input: UpdateFollowUpInput!) { updateFollowUp(input: $input) { ${FOLLOW_UP} } }`;
const DONE = `mutation($id: ID!, $done: Boolean!) { setFollowUpDone(input: { id: $id, done: $done }) { ${FOLLOW_UP} } }`;
type FollowUp = { id: string; text: string; dueOn: string | null; done: boolean; doneAt: string | null; version: number };

describe('follow-ups on a session already logged', () => {
  const t = useTestApp();
  const f = t.f;
  let sessionId: string;
  let theirSessionId: string;
  let founderId: string;
  beforeEach(async () => {
    const cohort = await f.cohort((await f.program()).id, 2025);
    const path: [E, string][] = [
      [E.APPLIED, '2025-03-01'],
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-06-01'],
    ];
    const mine = await f.venture({ name: 'Mine' });
    founderId = (await f.person({ name: 'Founder' })).id;
    await f.founder(mine.id, founderId);
    const mentor = await f.mentorOf(t.accounts.MENTOR.personId);
    const assignment = await f.assignment(mentor.id, (await f.enrollment(cohort.id, mine.id, path)).id, '2025-06-01');
    sessionId = (await f.session(assignment, { heldAt: '2025-07-01T01:00:00Z' })).id;
    // Another mentor's venture and session.
    const theirs = await f.assignment(
      (await f.mentor()).id,
      (await f.enrollment(cohort.id, (await f.venture()).id, path)).id,
      '2025-06-01',
    );
    theirSessionId = (await f.session(theirs, { heldAt: '2025-07-02T01:00:00Z' })).id;
  });

  const add = (caller: Role, over: Record<string, unknown> = {}) =>
    t.gqlAs<{ addFollowUp: FollowUp }>(caller, ADD, { input: { sessionId, text: 'Send the revised deck', ...over } });
  const rows = () =>
    t.dataSource.query(`SELECT text, owner_person_id, due_on::text, done, version FROM follow_up_actions ORDER BY created_at`);

  it("lets the session's mentor add, edit, reassign, complete and reopen a follow-up", async () => {
    const added = expectOk(await add(Role.MENTOR, { ownerPersonId: founderId, dueOn: '2025-07-08' })).addFollowUp;
    expect(added).toMatchObject({
      text: 'Send the revised deck',
      dueOn: '2025-07-08',
      done: false,
      version: 1,
      owner: { name: 'Founder' },
    });
    const read = await t.gqlAs<{ mentoringSession: { followUps: { text: string }[] } }>(
      Role.MENTOR,
      `query($id: ID!) { mentoringSession(id: $id) { followUps { text } } } `,
      { id: sessionId },
    );
    expect(expectOk(read).mentoringSession.followUps).toEqual([{ text: 'Send the revised deck' }]);

    const edited = await t.gqlAs<{ updateFollowUp: FollowUp }>(Role.MENTOR, UPDATE, {
      input: {
        id: added.id,
        version: 1,
        text: 'Send the deck and the budget',
        dueOn: '2025-07-15',
        ownerPersonId: t.accounts.MENTOR.personId,
      },
    });
    expect(expectOk(edited).updateFollowUp).toMatchObject({
      text: 'Send the deck and the budget',
      dueOn: '2025-07-15',
      version: 2,
      owner: { name: 'Test MENTOR' },
    });
    const cleared = await t.gqlAs<{ updateFollowUp: FollowUp }>(Role.MENTOR, UPDATE, {
      input: { id: added.id, dueOn: null, ownerPersonId: null },
    });
    expect(expectOk(cleared).updateFollowUp).toMatchObject({ dueOn: null, owner: null, version: 3 });

    const done = expectOk(await t.gqlAs<{ setFollowUpDone: FollowUp }>(Role.MENTOR, DONE, { id: added.id, done: true })).setFollowUpDone;
    expect(done).toMatchObject({ done: true, version: 4 });
    expect(done.doneAt).not.toBeNull();
    expect(expectOk(await t.gqlAs<{ myOpenFollowUps: unknown[] }>(Role.MENTOR, `{ myOpenFollowUps { id } }`)).myOpenFollowUps).toEqual([]);
    const reopened = expectOk(
      await t.gqlAs<{ setFollowUpDone: FollowUp }>(Role.MENTOR, DONE, { id: added.id, done: false }),
    ).setFollowUpDone;
    expect(reopened).toMatchObject({ done: false, doneAt: null, version: 5 });

    const audit = await t.dataSource.query(
      `SELECT operation, entity_ids, details FROM audit_log WHERE entity_ids @> ARRAY[$1] ORDER BY seq`,
      [added.id],
    );
    expect(audit).toEqual(
      ['addFollowUp', 'updateFollowUp', 'updateFollowUp', 'setFollowUpDone', 'setFollowUpDone'].map((operation) => ({
        operation,
        entity_ids: [added.id, sessionId],
        details: null,
      })),
    );
  });

  it('lets staff add to any session, recorded as on behalf of its mentor', async () => {
    const added = expectOk(await add(Role.STAFF, { sessionId: theirSessionId })).addFollowUp;
    const [entry] = await t.dataSource.query(`SELECT details FROM audit_log WHERE operation = 'addFollowUp'`);
    expect(entry.details).toHaveProperty('onBehalfOfMentorId');
    expect(
      expectOk(await t.gql<{ updateFollowUp: FollowUp }>(UPDATE, { input: { id: added.id, text: 'By staff' } })).updateFollowUp.text,
    ).toBe('By staff');
  });

  it("answers another mentor's session and follow-up like unknown ones, and writes nothing", async () => {
    const theirs = await f.followUp(theirSessionId, { text: 'Theirs' });
    const unknown = randomUUID();
    const [onTheirs, onUnknown] = [await add(Role.MENTOR, { sessionId: theirSessionId }), await add(Role.MENTOR, { sessionId: unknown })];
    expectError(onTheirs, 'NOT_FOUND', 'input.sessionId');
    expectError(onUnknown, 'NOT_FOUND', 'input.sessionId');
    expect(JSON.stringify(onTheirs.errors).replaceAll(theirSessionId, '<id>')).toBe(
      JSON.stringify(onUnknown.errors).replaceAll(unknown, '<id>'),
    );
    for (const input of [
      { id: theirs.id, text: 'Mine now' },
      { id: theirs.id, ownerPersonId: founderId },
    ]) {
      expectError(await t.gqlAs(Role.MENTOR, UPDATE, { input }), 'NOT_FOUND', 'input.id');
    }
    expectError(await t.gqlAs(Role.MENTOR, DONE, { id: theirs.id, done: true }), 'NOT_FOUND', 'input.id');
    expect(await rows()).toEqual([{ text: 'Theirs', owner_person_id: null, due_on: null, done: false, version: 1 }]);
  });

  it('refuses bad follow-ups with the field at fault and writes nothing', async () => {
    const existing = expectOk(await add(Role.MENTOR, { dueOn: '2025-07-08' })).addFollowUp;
    const adds: [Record<string, unknown>, string, string][] = [
      [{ text: '  ' }, 'BAD_USER_INPUT', 'input.text'],
      [{ text: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'input.text'],
      [{ dueOn: '2025-06-30' }, 'BAD_USER_INPUT', 'input.dueOn'],
      [{ dueOn: '2025-02-30' }, 'BAD_USER_INPUT', 'input.dueOn'],
      [{ ownerPersonId: randomUUID() }, 'NOT_FOUND', 'input.ownerPersonId'],
      [{ ownerPersonId: 'nobody' }, 'BAD_USER_INPUT', 'input.ownerPersonId'],
    ];
    for (const [over, code, field] of adds) {
      const r = await add(Role.MENTOR, over);
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    const updates: [Record<string, unknown>, string, string][] = [
      [{ text: '' }, 'BAD_USER_INPUT', 'input.text'],
      [{ text: null }, 'BAD_USER_INPUT', 'input.text'],
      [{ dueOn: '2025-06-01' }, 'BAD_USER_INPUT', 'input.dueOn'],
      [{ ownerPersonId: randomUUID() }, 'NOT_FOUND', 'input.ownerPersonId'],
      [{ version: 7, text: 'Stale' }, 'CONFLICT', 'input.version'],
    ];
    for (const [over, code, field] of updates) {
      const r = await t.gqlAs(Role.MENTOR, UPDATE, { input: { id: existing.id, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    await t.gqlAs(Role.MENTOR, `mutation($id: ID!) { deleteMentoringSession(input: { id: $id }) { id } }`, { id: sessionId });
    expectError(await add(Role.MENTOR), 'CONFLICT', 'input.sessionId');
    expect(await rows()).toEqual([{ text: 'Send the revised deck', owner_person_id: null, due_on: '2025-07-08', done: false, version: 1 }]);
  });
});

const AFFILIATION = `id role startsOn endsOn current version organization { name }`;
const END = `mutation($input: EndAffiliationInput!) { endAffiliation(input: $input) { ${AFFILIATION} } }`;
const CHANGE = `mutation($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { ${AFFILIATION} } }`;

describe('affiliations that end and change', () => {
  const t = useTestApp();
  const f = t.f;
  let personId: string;
  let necId: string;
  let affiliationId: string;
  const today = () => todayIn('Asia/Tokyo');
  beforeEach(async () => {
    personId = (await f.person({ name: 'Aoi Sato' })).id;
    necId = (await f.organization({ name: 'NEC' })).id;
    affiliationId = (await f.affiliation(personId, necId, { role: 'engineer', startsOn: '2020-04-01' })).id;
  });
  const stored = () =>
    t.dataSource.query(`SELECT organization_id, role, starts_on::text, ends_on::text, version FROM affiliations ORDER BY created_at`);

  it('ends an affiliation: it stays in the history, no longer current, beside the current one', async () => {
    const bodyCare = await f.organization({ name: 'NEC Body Care' });
    const added = await t.gql<{ addAffiliation: { id: string } }>(
      `mutation($input: AddAffiliationInput!) { addAffiliation(input: $input) { id } }`,
      { input: { personId, organizationId: bodyCare.id, role: 'product lead', startsOn: '2024-04-01' } },
    );
    expectOk(added);
    const ended = await t.gql<{ endAffiliation: unknown }>(END, { input: { id: affiliationId, version: 1, on: '2024-03-31' } });
    expect(expectOk(ended).endAffiliation).toMatchObject({ role: 'engineer', endsOn: '2024-03-31', current: false, version: 2 });
    const person = await t.gqlAs<{ person: { affiliations: unknown[] } }>(
      Role.ANALYST,
      `query($id: ID!) { person(id: $id) { affiliations { role startsOn endsOn current organization { name } } } }`,
      { id: personId },
    );
    expect(expectOk(person).person.affiliations).toEqual([
      { role: 'engineer', startsOn: '2020-04-01', endsOn: '2024-03-31', current: false, organization: { name: 'NEC' } },
      { role: 'product lead', startsOn: '2024-04-01', endsOn: null, current: true, organization: { name: 'NEC Body Care' } },
    ]);
    const [entry] = await t.dataSource.query(`SELECT entity_ids FROM audit_log WHERE operation = 'endAffiliation'`);
    expect(entry.entity_ids).toEqual([affiliationId, personId]);
    // Ending today is allowed (the zone is the school's default), and it is still current today.
    const other = await f.affiliation(personId, necId, { startsOn: '2021-01-01' });
    expect(expectOk(await t.gql<{ endAffiliation: unknown }>(END, { input: { id: other.id, on: today() } })).endAffiliation).toMatchObject({
      current: true,
    });
  });

  it('refuses an end in the future, before the start, twice, or on an unknown affiliation, and writes nothing', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ on: future }, 'BAD_USER_INPUT', 'input.on'],
      [{ on: '2020-03-31' }, 'BAD_USER_INPUT', 'input.on'],
      [{ on: '2023-02-29' }, 'BAD_USER_INPUT', 'input.on'],
      [{ on: '2024-03-31', version: 5 }, 'CONFLICT', 'input.version'],
      [{ on: '2024-03-31', id: randomUUID() }, 'NOT_FOUND', 'input.id'],
    ];
    for (const [over, code, field] of cases) {
      const r = await t.gql(END, { input: { id: affiliationId, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expect(await stored()).toEqual([{ organization_id: necId, role: 'engineer', starts_on: '2020-04-01', ends_on: null, version: 1 }]);
    expectOk(await t.gql(END, { input: { id: affiliationId, on: '2024-03-31' } }));
    expectError(await t.gql(END, { input: { id: affiliationId, on: '2024-06-30' } }), 'CONFLICT', 'input.id');
    expect(await stored()).toEqual([
      { organization_id: necId, role: 'engineer', starts_on: '2020-04-01', ends_on: '2024-03-31', version: 2 },
    ]);
  });

  it('changes role, organization and dates; dates out of order are refused and nothing is written', async () => {
    const bodyCare = await f.organization({ name: 'NEC Body Care' });
    const changed = await t.gql<{ updateAffiliation: unknown }>(CHANGE, {
      input: {
        id: affiliationId,
        version: 1,
        role: 'senior engineer',
        organizationId: bodyCare.id,
        startsOn: '2020-10-01',
        endsOn: '2025-03-31',
      },
    });
    expect(expectOk(changed).updateAffiliation).toMatchObject({
      role: 'senior engineer',
      startsOn: '2020-10-01',
      endsOn: '2025-03-31',
      current: false,
      version: 2,
      organization: { name: 'NEC Body Care' },
    });
    const reopened = await t.gql<{ updateAffiliation: unknown }>(CHANGE, { input: { id: affiliationId, endsOn: null, role: null } });
    expect(expectOk(reopened).updateAffiliation).toMatchObject({ role: null, endsOn: null, current: true, version: 3 });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: '2020-09-30' }, 'BAD_USER_INPUT', 'input.endsOn'],
      [{ startsOn: '2026-01-01', endsOn: '2025-12-31' }, 'BAD_USER_INPUT', 'input.endsOn'],
      [{ organizationId: randomUUID() }, 'NOT_FOUND', 'input.organizationId'],
      [{ organizationId: null }, 'BAD_USER_INPUT', 'input.organizationId'],
      [{ role: ' ' }, 'BAD_USER_INPUT', 'input.role'],
      [{ role: 'x', version: 1 }, 'CONFLICT', 'input.version'],
    ];
    for (const [over, code, field] of cases) {
      const r = await t.gql(CHANGE, { input: { id: affiliationId, ...over } });
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    await t.gql(CHANGE, { input: { id: affiliationId, endsOn: '2025-03-31' } });
    expectError(await t.gql(CHANGE, { input: { id: affiliationId, startsOn: '2025-04-01' } }), 'BAD_USER_INPUT', 'input.startsOn');
    expect(await stored()).toEqual([
      { organization_id: bodyCare.id, role: null, starts_on: '2020-10-01', ends_on: '2025-03-31', version: 4 },
    ]);
  });
});
