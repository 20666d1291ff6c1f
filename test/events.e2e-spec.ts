import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) {
  id title kind startsOn endsOn place online sdgs organizers { name } partners { name } program { name } cohort { year } engagement { title }
  attendance { inPerson online total students alumni employees families note } } }`;

describe('events', () => {
  const t = useTestApp();
  const f = t.f;
  let eticId: string;
  let necId: string;
  let programId: string;
  let cohortId: string;
  beforeEach(async () => {
    eticId = (await f.organization({ name: 'ETIC.' })).id;
    necId = (await f.organization({ name: 'NEC Corporation', kind: OrganizationKind.COMPANY })).id;
    programId = (await f.program({ name: 'NEC Social Entrepreneurship School' })).id;
    cohortId = (await f.cohort(programId, 2024)).id;
  });

  const forum = (over: Record<string, unknown> = {}) =>
    t.gql<{ createEvent: { id: string } }>(CREATE, {
      input: {
        title: 'NEC Social Entrepreneur Forum 2024',
        kind: 'FORUM',
        startsOn: '2024-11-20',
        place: 'Tokyo',
        online: true,
        organizerIds: [eticId, necId],
        programId,
        cohortId,
        sdgs: ['PARTNERSHIPS_FOR_THE_GOALS'],
        attendance: { inPerson: 40, online: 150, employees: 150, note: '150+ employees online' },
        ...over,
      },
    });

  it('records an event with organizers, attendance by group and its program', async () => {
    const r = await forum();
    expect(r.errors).toBeUndefined();
    expect(r.data?.createEvent).toMatchObject({
      kind: 'FORUM',
      startsOn: '2024-11-20',
      endsOn: '2024-11-20',
      online: true,
      organizers: [{ name: 'ETIC.' }, { name: 'NEC Corporation' }],
      partners: [],
      program: { name: 'NEC Social Entrepreneurship School' },
      cohort: { year: 2024 },
      engagement: null,
      attendance: {
        inPerson: 40,
        online: 150,
        total: 190,
        students: null,
        alumni: null,
        employees: 150,
        families: null,
        note: '150+ employees online',
      },
    });
    const id = expectOk(r).createEvent.id;
    const updated = await t.gql<{ updateEvent: unknown }>(
      `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { organizers { name } partners { name } attendance { total families } endsOn } }`,
      { input: { id, partnerIds: [eticId], organizerIds: [necId], attendance: { families: 12 }, endsOn: '2024-11-21' } },
    );
    expect(updated.data?.updateEvent).toEqual({
      organizers: [{ name: 'NEC Corporation' }],
      partners: [{ name: 'ETIC.' }],
      attendance: { total: null, families: 12 },
      endsOn: '2024-11-21',
    });
    expect((await t.gql<{ deleteEvent: string }>(`mutation($id: ID!) { deleteEvent(input: { id: $id }) }`, { id })).data?.deleteEvent).toBe(
      id,
    );
    expect(await f.count('event_organizations')).toBe(0);
  });

  it('refuses inconsistent events with the field at fault and writes nothing', async () => {
    const otherCohort = await f.cohort((await f.program()).id, 2024);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsOn: '2024-11-19' }, 'BAD_USER_INPUT', 'input.endsOn'],
      [{ place: null, online: false }, 'BAD_USER_INPUT', 'input.place'],
      [{ attendance: { online: -1 } }, 'BAD_USER_INPUT', 'input.attendance.online'],
      [{ cohortId: otherCohort.id }, 'BAD_USER_INPUT', 'input.cohortId'],
      [{ partnerIds: [eticId] }, 'BAD_USER_INPUT', 'input.partnerIds'],
      [{ partnerIds: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND', 'input.partnerIds.0'],
      [{ engagementId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.engagementId'],
      [{ startsOn: '2024-11-31' }, 'BAD_USER_INPUT', 'input.startsOn'],
      [{ kind: 'PARTY' }, 'BAD_USER_INPUT', 'input.kind'],
    ];
    for (const [over, code, field] of cases) {
      const r = await forum(over);
      expect([over, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([over, code, field]);
    }
    expect(await f.count('events')).toBe(0);
    expect(await f.count('event_organizations')).toBe(0);
  });

  it('filters events by kind, dates, organization, program and online', async () => {
    await forum();
    const kawasaki = await f.organization({ name: 'Kawasaki City' });
    await forum({
      title: 'Make Your Own Rocket!',
      kind: 'FESTIVAL_PROGRAM',
      startsOn: '2024-10-19',
      online: false,
      organizerIds: [],
      partnerIds: [kawasaki.id],
      programId: null,
      cohortId: null,
      attendance: null,
    });
    const titles = async (filter: Record<string, unknown>) =>
      (
        await t.gqlAs<{ events: { edges: { node: { title: string } }[] } }>(
          Role.ANALYST,
          `query($f: EventFilter) { events(filter: $f) { edges { node { title } } } }`,
          { f: filter },
        )
      ).data?.events.edges.map((e) => e.node.title);
    expect(await titles({})).toEqual(['NEC Social Entrepreneur Forum 2024', 'Make Your Own Rocket!']);
    expect(await titles({ kinds: ['FESTIVAL_PROGRAM'] })).toEqual(['Make Your Own Rocket!']);
    expect(await titles({ organizationId: kawasaki.id })).toEqual(['Make Your Own Rocket!']);
    expect(await titles({ from: '2024-11-01', to: '2024-11-30' })).toEqual(['NEC Social Entrepreneur Forum 2024']);
    expect(await titles({ programId })).toEqual(['NEC Social Entrepreneur Forum 2024']);
    expect(await titles({ online: false })).toEqual(['Make Your Own Rocket!']);
    const mentor = await t.gqlAs(Role.MENTOR, `{ events { totalCount } }`);
    expectError(mentor, 'FORBIDDEN');
  });
});
