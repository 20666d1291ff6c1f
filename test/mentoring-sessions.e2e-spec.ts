import { beforeEach, describe, expect, it } from '@jest/globals';
import { AuthService } from '../src/auth/auth.service.js';
import { Role } from '../src/access/role.enum.js';
import { dataVersion } from '../src/common/data-version.js';
import { CohortStatus } from '../src/cohorts/cohort-status.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { AssignmentRole } from '../src/mentoring/assignment-role.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';
import type { GqlResult } from './utils/test-app.js';

const LOG = `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) {
  id heldAt durationMinutes format topics tags summary privateNotes onBehalf version
  attendees { name } followUps { text dueOn done owner { name } } venture { name } mentor { id } } }`;
type Logged = { logMentoringSession: { id: string; onBehalf: boolean } };
/** A body posted by hand (as a user without a test account). */
type Posted = { errors: { extensions: { code: string } }[] };

describe('mentoring sessions', () => {
  const t = useTestApp();
  const f = t.f;
  let mentorId: string;
  let assignmentId: string;
  let enrollmentId: string;
  let ventureId: string;
  let cohortId: string;
  let founderId: string;
  beforeEach(async () => {
    cohortId = (await f.cohort((await f.program()).id, 2025)).id;
    const venture = await f.venture({ name: 'BANSO-CO Inc.' });
    ventureId = venture.id;
    founderId = (await f.person({ name: 'Founder' })).id;
    await f.founder(venture.id, founderId);
    enrollmentId = (
      await f.enrollment(cohortId, venture.id, [
        [E.APPLIED, '2025-03-01'],
        [E.ADMITTED, '2025-04-01'],
        [E.ACTIVE, '2025-06-01'],
      ])
    ).id;
    mentorId = (await f.mentor({ personId: t.accounts.MENTOR.personId })).id;
    assignmentId = (await f.assignment(mentorId, enrollmentId, '2025-06-01')).id;
    await t.gql(`mutation { createMentoringTopic(input: { name: "Fundraising" }) { id } }`);
  });

  const input = (over: Record<string, unknown> = {}) => ({
    assignmentId,
    heldAt: '2025-07-01T10:00:00+09:00',
    durationMinutes: 90,
    format: 'IN_PERSON',
    topics: ['Fundraising'],
    tags: ['seed round'],
    attendeePersonIds: [founderId],
    summary: 'Prepared the pitch for NEC Body Care.',
    privateNotes: 'Founder seems tired; check in next week.',
    followUps: [{ text: 'Send the revised deck', ownerPersonId: founderId, dueOn: '2025-07-08' }],
    ...over,
  });

  it('lets a mentor log a session under their running assignment, with attendees and follow-ups', async () => {
    const r = await t.gqlAs<Logged>(Role.MENTOR, LOG, { input: input() });
    expect(expectOk(r).logMentoringSession).toMatchObject({
      heldAt: '2025-07-01T01:00:00.000Z',
      durationMinutes: 90,
      topics: ['Fundraising'],
      onBehalf: false,
      version: 1,
      privateNotes: 'Founder seems tired; check in next week.',
      attendees: [{ name: 'Founder' }],
      followUps: [{ text: 'Send the revised deck', dueOn: '2025-07-08', done: false, owner: { name: 'Founder' } }],
      venture: { name: 'BANSO-CO Inc.' },
      mentor: { id: mentorId },
    });
    const mine = await t.gqlAs(Role.MENTOR, `{ mySessions { totalCount edges { node { summary } } } myOpenFollowUps { text } }`);
    expect(mine.data).toEqual({
      mySessions: { totalCount: 1, edges: [{ node: { summary: 'Prepared the pitch for NEC Body Care.' } }] },
      myOpenFollowUps: [{ text: 'Send the revised deck' }],
    });
    const [audit] = await t.dataSource.query(`SELECT operation, actor_user_id FROM audit_log WHERE operation = 'logMentoringSession'`);
    expect(audit.actor_user_id).toBe(t.accounts.MENTOR.userId);
  });

  it('shows private notes to the mentor and staff only: analysts and other mentors get null and FORBIDDEN', async () => {
    const id = expectOk(await t.gqlAs<Logged>(Role.MENTOR, LOG, { input: input() })).logMentoringSession.id;
    const Q = `query($id: ID!) { mentoringSession(id: $id) { summary privateNotes } }`;
    type Session = { mentoringSession: { privateNotes: string | null } };
    expect(expectOk(await t.gqlAs<Session>(Role.MENTOR, Q, { id })).mentoringSession.privateNotes).toContain('tired');
    expect(expectOk(await t.gqlAs<Session>(Role.STAFF, Q, { id })).mentoringSession.privateNotes).toContain('tired');
    expect(expectOk(await t.gqlAs<Session>(Role.ADMIN, Q, { id })).mentoringSession.privateNotes).toContain('tired');
    const analyst = await t.gqlAs<Session>(Role.ANALYST, Q, { id });
    expect(analyst.data?.mentoringSession).toEqual({ summary: 'Prepared the pitch for NEC Body Care.', privateNotes: null });
    expect(analyst.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['mentoringSession', 'privateNotes'], 'FORBIDDEN']]);
    // Through lists too, and revisions (which hold the notes) are for staff only.
    const list = await t.gqlAs<{ mentoringSessions: { edges: { node: unknown }[] } }>(
      Role.ANALYST,
      `{ mentoringSessions { edges { node { privateNotes revisions { version } } } } }`,
    );
    expect(list.data?.mentoringSessions.edges[0].node).toEqual({ privateNotes: null, revisions: null });
    const audit = await t.gqlAs<{ venture: { mentoringSessions: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { venture(id: $id) { mentoringSessions { privateNotes } } }`,
      { id: ventureId },
    );
    expect(audit.data?.venture.mentoringSessions).toEqual([{ privateNotes: null }]);

    // Another mentor: the session does not exist for them.
    const other = await f.user([Role.MENTOR]);
    const token = (await t.server.app.get(AuthService).issueAccessToken(other)).accessToken;
    const response = await t.post(JSON.stringify({ query: Q, variables: { id } }), { authorization: `Bearer ${token}` });
    expect(((await response.json()) as Posted).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses bad sessions with the field and code, writing nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ durationMinutes: 0 }, 'BAD_USER_INPUT', 'input.durationMinutes'],
      [{ durationMinutes: 601 }, 'BAD_USER_INPUT', 'input.durationMinutes'],
      [{ heldAt: '2999-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'input.heldAt'],
      [{ heldAt: '2025-05-01T10:00:00Z' }, 'CONFLICT', 'input.heldAt'],
      [{ topics: ['Astrology'] }, 'BAD_USER_INPUT', 'input.topics'],
      [{ attendeePersonIds: [t.accounts.STAFF.personId] }, 'BAD_USER_INPUT', 'input.attendeePersonIds'],
      [{ followUps: [{ text: '' }] }, 'BAD_USER_INPUT', 'input.followUps.0.text'],
      [{ assignmentId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.assignmentId'],
    ];
    for (const [over, code, field] of cases) {
      const r = await t.gqlAs(Role.MENTOR, LOG, { input: input(over) });
      expect([JSON.stringify(over), r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.field]).toEqual([
        JSON.stringify(over),
        code,
        field,
      ]);
    }
    const format = await t.gqlAs(Role.MENTOR, LOG, { input: input({ format: 'CARRIER_PIGEON' }) });
    expectError(format, 'BAD_USER_INPUT');
    for (const table of ['mentoring_sessions', 'mentoring_session_revisions', 'follow_up_actions']) expect(await f.count(table)).toBe(0);
  });

  it("refuses a mentor logging under someone else's assignment; staff may, recorded as on behalf", async () => {
    const other = await f.user([Role.MENTOR]);
    const token = (await t.server.app.get(AuthService).issueAccessToken(other)).accessToken;
    const response = await t.post(JSON.stringify({ query: LOG, variables: { input: input() } }), { authorization: `Bearer ${token}` });
    expect(((await response.json()) as Posted).errors[0].extensions.code).toBe('FORBIDDEN');
    const staff = expectOk(await t.gqlAs<Logged>(Role.STAFF, LOG, { input: input() }));
    expect(staff.logMentoringSession.onBehalf).toBe(true);
    // Nor can another mentor edit or delete it.
    for (const doc of [
      `mutation($id: ID!) { updateMentoringSession(input: { id: $id, summary: "mine now" }) { id } }`,
      `mutation($id: ID!) { deleteMentoringSession(input: { id: $id }) { id } }`,
    ]) {
      const r = await t.post(JSON.stringify({ query: doc, variables: { id: staff.logMentoringSession.id } }), {
        authorization: `Bearer ${token}`,
      });
      expect(((await r.json()) as Posted).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const [row] = await t.dataSource.query(`SELECT summary, deleted_at FROM mentoring_sessions`);
    expect(row).toEqual({ summary: 'Prepared the pitch for NEC Body Care.', deleted_at: null });
    const [audit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE operation = 'logMentoringSession'`);
    expect(audit.details).toEqual({ onBehalfOfMentorId: mentorId });
  });

  it('logs an everyday session (no topics, attendees, follow-ups or key) in one statement, with the same checks', async () => {
    const plain = (over: Record<string, unknown> = {}) => ({
      assignmentId,
      heldAt: '2025-07-01T10:00:00+09:00',
      durationMinutes: 60,
      format: 'ONLINE',
      ...over,
    });
    const written = async () => [
      await f.count('mentoring_sessions'),
      await f.count('mentoring_session_revisions'),
      await f.count(`audit_log WHERE operation = 'logMentoringSession'`),
    ];
    const versionBefore = dataVersion();
    let r: GqlResult<Logged> | undefined;
    // One statement: assignment, session, revision and audit entry together (the caller's account is not counted).
    expect(
      await t.countSql(
        async () =>
          (r = await t.gqlAs<Logged>(
            Role.MENTOR,
            `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id } }`,
            { input: plain({ tags: ['seed'] }) },
          )),
      ),
    ).toBe(1);
    const id = expectOk(r!).logMentoringSession.id;
    expect(dataVersion()).toBeGreaterThan(versionBefore); // cached reports see the new session
    const read = await t.gql<{ mentoringSession: unknown }>(
      `query($id: ID!) { mentoringSession(id: $id) { heldAt durationMinutes format topics tags summary privateNotes onBehalf version venture { name } mentor { id }
      revisions { version snapshot } } }`,
      { id },
    );
    expect(read.data?.mentoringSession).toEqual({
      heldAt: '2025-07-01T01:00:00.000Z',
      durationMinutes: 60,
      format: 'ONLINE',
      topics: [],
      tags: ['seed'],
      summary: '',
      privateNotes: '',
      onBehalf: false,
      version: 1,
      venture: { name: 'BANSO-CO Inc.' },
      mentor: { id: mentorId },
      revisions: [
        {
          version: 1,
          snapshot: {
            heldAt: '2025-07-01T01:00:00.000Z',
            durationMinutes: 60,
            format: 'ONLINE',
            topics: [],
            tags: ['seed'],
            attendeePersonIds: [],
            summary: '',
            privateNotes: '',
          },
        },
      ],
    });
    const [audit] = await t.dataSource.query(
      `SELECT actor_user_id, actor_email, entity_ids, details FROM audit_log WHERE operation = 'logMentoringSession'`,
    );
    expect(audit).toEqual({
      actor_user_id: t.accounts.MENTOR.userId,
      actor_email: t.accounts.MENTOR.email,
      entity_ids: [id, assignmentId],
      details: null,
    });
    expect(await written()).toEqual([1, 1, 1]);

    // Each refusal writes nothing.
    const other = await f.user([Role.MENTOR]);
    const otherToken = (await t.server.app.get(AuthService).issueAccessToken(other)).accessToken;
    const refused = await t.post(JSON.stringify({ query: LOG, variables: { input: plain({ heldAt: '2025-08-01T10:00:00Z' }) } }), {
      authorization: `Bearer ${otherToken}`,
    });
    expect(((await refused.json()) as Posted).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'CONFLICT', 'input.heldAt'], // the same start again
      [{ heldAt: '2999-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'input.heldAt'],
      [{ heldAt: '2025-05-31T14:30:00Z' }, 'CONFLICT', 'input.heldAt'], // 23:30 in Tokyo (the program's zone), the day before the assignment starts
      [{ assignmentId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.assignmentId'],
    ];
    for (const [over, code, field] of cases) {
      const e = await t.gqlAs(Role.MENTOR, LOG, { input: plain(over) });
      expect([JSON.stringify(over), e.errors?.[0].extensions?.code, e.errors?.[0].extensions?.field]).toEqual([
        JSON.stringify(over),
        code,
        field,
      ]);
    }
    expect(await written()).toEqual([1, 1, 1]);

    // Staff log for the mentor: on behalf, and the audit entry says for whom.
    const staff = expectOk(await t.gqlAs<Logged>(Role.STAFF, LOG, { input: plain({ heldAt: '2025-06-01T00:00:00Z' }) }));
    expect(staff.logMentoringSession.onBehalf).toBe(true);
    const [behalf] = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE operation = 'logMentoringSession' AND $1 = ANY(entity_ids)`,
      [staff.logMentoringSession.id],
    );
    expect(behalf.details).toEqual({ onBehalfOfMentorId: mentorId });
  });

  it('keeps every edit as a revision; deletes softly; staff restore', async () => {
    const id = expectOk(await t.gqlAs<Logged>(Role.MENTOR, LOG, { input: input() })).logMentoringSession.id;
    const edited = await t.gqlAs<{ updateMentoringSession: unknown }>(
      Role.MENTOR,
      `mutation($input: UpdateMentoringSessionInput!) { updateMentoringSession(input: $input) { version summary durationMinutes } }`,
      {
        input: { id, summary: 'Pitch and pricing.', durationMinutes: 120 },
      },
    );
    expect(edited.data?.updateMentoringSession).toEqual({ version: 2, summary: 'Pitch and pricing.', durationMinutes: 120 });
    // Staff correct it on the mentor's behalf: the audit says so.
    await t.gql(`mutation($id: ID!) { updateMentoringSession(input: { id: $id, tags: ["corrected"] }) { id } }`, { id });
    const audit = await t.dataSource.query(
      `SELECT actor_user_id, details FROM audit_log WHERE operation = 'updateMentoringSession' ORDER BY seq`,
    );
    expect(audit).toEqual([
      {
        actor_user_id: t.accounts.MENTOR.userId,
        details: {
          changes: {
            summary: { old: 'Prepared the pitch for NEC Body Care.', new: 'Pitch and pricing.' },
            durationMinutes: { old: 90, new: 120 },
          },
        },
      },
      {
        actor_user_id: t.accounts.STAFF.userId,
        details: { onBehalfOfMentorId: mentorId, changes: { tags: { old: ['seed round'], new: ['corrected'] } } },
      },
    ]);
    type Revision = { version: number; snapshot: { summary: string; durationMinutes: number } };
    const revisions = await t.gql<{ mentoringSession: { revisions: Revision[] } }>(
      `query($id: ID!) { mentoringSession(id: $id) { revisions { version snapshot } } }`,
      { id },
    );
    expect(expectOk(revisions).mentoringSession.revisions.map((r) => [r.version, r.snapshot.summary, r.snapshot.durationMinutes])).toEqual([
      [1, 'Prepared the pitch for NEC Body Care.', 90],
      [2, 'Pitch and pricing.', 120],
      [3, 'Pitch and pricing.', 120],
    ]);

    const deleted = await t.gqlAs(Role.MENTOR, `mutation($id: ID!) { deleteMentoringSession(input: { id: $id }) { id } }`, { id });
    expectOk(deleted);
    expect(
      expectOk(await t.gqlAs<{ mySessions: { totalCount: number } }>(Role.MENTOR, `{ mySessions { totalCount } }`)).mySessions.totalCount,
    ).toBe(0);
    expect(await f.count('mentoring_sessions')).toBe(1);
    const withDeleted = await t.gql<{ mentoringSessions: { edges: { node: { deletedAt: string | null } }[] } }>(
      `{ mentoringSessions(filter: { includeDeleted: true }) { edges { node { deletedAt } } } }`,
    );
    expect(expectOk(withDeleted).mentoringSessions.edges[0].node.deletedAt).not.toBeNull();
    const editDeleted = await t.gqlAs(
      Role.MENTOR,
      `mutation($id: ID!) { updateMentoringSession(input: { id: $id, summary: "x" }) { id } }`,
      { id },
    );
    expectError(editDeleted, 'CONFLICT');
    const restored = await t.gql<{ restoreMentoringSession: { deletedAt: string | null } }>(
      `mutation($id: ID!) { restoreMentoringSession(input: { id: $id }) { deletedAt } }`,
      { id },
    );
    expect(expectOk(restored).restoreMentoringSession.deletedAt).toBeNull();
    expect(
      expectOk(await t.gqlAs<{ mySessions: { totalCount: number } }>(Role.MENTOR, `{ mySessions { totalCount } }`)).mySessions.totalCount,
    ).toBe(1);
    // Staff restored the mentor's session: the audit says on whose behalf, as for edits.
    const [restoreAudit] = await t.dataSource.query(`SELECT details FROM audit_log WHERE operation = 'restoreMentoringSession'`);
    expect(restoreAudit.details).toEqual({
      onBehalfOfMentorId: mentorId,
      changes: { deletedAt: { old: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), new: null } },
    });
  });

  it('does not create two rows for a double submit: idempotency keys and one session per start time', async () => {
    const withKey = input({ idempotencyKey: 'client-key-123456' });
    const [a, b] = await Promise.all([
      t.gqlAs<Logged>(Role.MENTOR, LOG, { input: withKey }),
      t.gqlAs<Logged>(Role.MENTOR, LOG, { input: withKey }),
    ]);
    expect(expectOk(a).logMentoringSession.id).toBe(expectOk(b).logMentoringSession.id);
    const again = await t.gqlAs(Role.MENTOR, LOG, { input: input() });
    expectError(again, 'CONFLICT', 'input.heldAt');
    expect(await f.count('mentoring_sessions')).toBe(1);
    expect(await f.count('follow_up_actions')).toBe(1);
  });

  it('marks follow-ups done and sums mentoring per cohort in SQL', async () => {
    await t.gqlAs(Role.MENTOR, LOG, { input: input() });
    await t.gqlAs(Role.MENTOR, LOG, { input: input({ heldAt: '2025-08-01T10:00:00Z', durationMinutes: 30, followUps: [] }) });
    type Open = { myOpenFollowUps: { id: string }[] };
    const [followUp] = expectOk(await t.gqlAs<Open>(Role.MENTOR, `{ myOpenFollowUps { id } }`)).myOpenFollowUps;
    const done = await t.gqlAs<{ setFollowUpDone: { done: boolean } }>(
      Role.MENTOR,
      `mutation($id: ID!) { setFollowUpDone(input: { id: $id, done: true }) { done doneAt } }`,
      { id: followUp.id },
    );
    expect(expectOk(done).setFollowUpDone.done).toBe(true);
    expect(expectOk(await t.gqlAs<Open>(Role.MENTOR, `{ myOpenFollowUps { id } }`)).myOpenFollowUps).toEqual([]);
    const summary = await t.gqlAs<{ cohort: { mentoringSummary: unknown } }>(
      Role.ANALYST,
      `query($id: ID!) { cohort(id: $id) { mentoringSummary { sessionCount totalMinutes ventureCount lastHeldAt } } }`,
      { id: cohortId },
    );
    expect(expectOk(summary).cohort.mentoringSummary).toEqual({
      sessionCount: 2,
      totalMinutes: 120,
      ventureCount: 1,
      lastHeldAt: '2025-08-01T10:00:00.000Z',
    });
  });

  it('logs 200 concurrent sessions from 20 mentors: exactly 200 rows and 200 audit entries', async () => {
    const auth = t.server.app.get(AuthService);
    const mentors = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const user = await f.user([Role.MENTOR]);
        const m = await f.mentor({ personId: user.personId });
        const a = await f.assignment(m.id, enrollmentId, '2025-06-01', { role: AssignmentRole.SUPPORT });
        return { token: (await auth.issueAccessToken(user)).accessToken, assignmentId: a.id };
      }),
    );
    const results = await Promise.all(
      mentors.flatMap((m) =>
        Array.from({ length: 10 }, async (_, k) => {
          const body = JSON.stringify({
            query: `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id } }`,
            variables: {
              input: {
                assignmentId: m.assignmentId,
                heldAt: `2025-07-${String(k + 1).padStart(2, '0')}T09:00:00Z`,
                durationMinutes: 45,
                format: 'ONLINE',
              },
            },
          });
          return (await t.post(body, { authorization: `Bearer ${m.token}` })).json() as Promise<Omit<GqlResult<Logged>, 'status'>>;
        }),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data?.logMentoringSession.id)).size).toBe(200);
    expect(await f.count('mentoring_sessions')).toBe(200);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'logMentoringSession'`);
    expect(n).toBe(200);
  });
});

describe('mentoring reports', () => {
  const t = useTestApp({}, { reset: 'none' });
  const f = t.f;

  it('sums sessions and hours per cohort, mentor, topic and month; finds neglected ventures and mentor load', async () => {
    await t.reset();
    const program = await f.program();
    const c2024 = await f.cohort(program.id, 2024, { status: CohortStatus.COMPLETED });
    const c2025 = await f.cohort(program.id, 2025, { status: CohortStatus.ACTIVE });
    const active = (cohortId: string, name: string) =>
      f.venture({ name }).then((v) =>
        f.enrollment(cohortId, v.id, [
          [E.APPLIED, '2024-03-01'],
          [E.ADMITTED, '2024-04-01'],
          [E.ACTIVE, '2024-06-01'],
        ]),
      );
    const [e1, e2, e3] = [await active(c2024.id, 'Old'), await active(c2025.id, 'Seen'), await active(c2025.id, 'Alone')];
    const aoi = await f.person({ name: 'Aoi' });
    const ren = await f.person({ name: 'Ren' });
    const m1 = await f.mentor({ personId: aoi.id, capacity: 1 });
    const m2 = await f.mentor({ personId: ren.id, capacity: 3 });
    const a1 = await f.assignment(m1.id, e1.id, '2024-06-01');
    const a2 = await f.assignment(m2.id, e2.id, '2024-06-01');
    await f.assignment(m1.id, e3.id, '2024-06-01'); // Aoi is now over capacity (2 running assignments, capacity 1)
    await f.session(a1, { heldAt: '2024-07-10T10:00:00Z', durationMinutes: 60, topics: ['Fundraising', 'Pricing'] });
    await f.session(a1, { heldAt: '2024-08-10T10:00:00Z', durationMinutes: 30, topics: ['Pricing'] });
    await f.session(a2, { heldAt: new Date(), durationMinutes: 90 });

    const stats = async (groupBy: string) =>
      expectOk(
        await t.gqlAs<{ mentoringStats: { label: string; sessionCount: number; hours: number }[] }>(
          Role.ANALYST,
          `query($g: MentoringStatsGroup!) { mentoringStats(groupBy: $g) { label sessionCount hours ventureCount } }`,
          { g: groupBy },
        ),
      ).mentoringStats;
    expect(await stats('COHORT')).toEqual([
      { label: expect.stringMatching(/^2024 cohort \(Program/), sessionCount: 2, hours: 1.5, ventureCount: 1 },
      { label: expect.stringMatching(/^2025 cohort \(Program/), sessionCount: 1, hours: 1.5, ventureCount: 1 },
    ]);
    expect((await stats('MENTOR')).map((r) => [r.label, r.sessionCount, r.hours])).toEqual([
      ['Aoi', 2, 1.5],
      ['Ren', 1, 1.5],
    ]);
    expect(await stats('TOPIC')).toEqual([
      { label: 'Fundraising', sessionCount: 1, hours: 1, ventureCount: 1 },
      { label: 'Pricing', sessionCount: 2, hours: 1.5, ventureCount: 1 },
    ]);
    expect((await stats('MONTH')).slice(0, 2)).toEqual([
      { label: '2024-07', sessionCount: 1, hours: 1, ventureCount: 1 },
      { label: '2024-08', sessionCount: 1, hours: 0.5, ventureCount: 1 },
    ]);

    const neglected = await t.gql<{ neglectedVentures: unknown }>(`{ neglectedVentures(days: 30) { lastSessionAt venture { name } } }`);
    expect(expectOk(neglected).neglectedVentures).toEqual([{ lastSessionAt: null, venture: { name: 'Alone' } }]);
    const bad = await t.gql(`{ neglectedVentures(days: 0) { cohortId } }`);
    expectError(bad, 'BAD_USER_INPUT', 'days');
    const over = await t.gql<{ mentorLoad: unknown }>(
      `{ mentorLoad(filter: { status: OVER }) { capacity activeVentures mentor { person { name } } } }`,
    );
    expect(expectOk(over).mentorLoad).toEqual([{ capacity: 1, activeVentures: 2, mentor: { person: { name: 'Aoi' } } }]);
    const under = await t.gql<{ mentorLoad: unknown }>(`{ mentorLoad(filter: { status: UNDER }) { mentor { person { name } } } }`);
    expect(expectOk(under).mentorLoad).toEqual([{ mentor: { person: { name: 'Ren' } } }]);
  });
});
