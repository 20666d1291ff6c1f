import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { CollaborationStage } from '../src/collaborations/collaboration.enum.js';
import { Clock } from '../src/common/clock.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { expectError, expectOk } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

const LOG = `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id heldAt } }`;
const UPDATE = `mutation($input: UpdateMentoringSessionInput!) { updateMentoringSession(input: $input) { heldAt version } }`;
const START = `mutation($input: EnrollmentTransitionInput!) { startProgram(input: $input) { status statusOn } }`;
const STAGE = `mutation($input: ChangeCollaborationStageInput!) { changeCollaborationStage(input: $input) { stage stageOn } }`;
const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { year startsOn } }`;
const UPDATE_COHORT = `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { year startsOn } }`;
type Logged = { logMentoringSession: { id: string; heldAt: string } };

/**
 * The school's calendar: "today", "not in the future" and "which day" are read in the program's
 * time zone (Program.timeZone), DateTimes carry an offset, and a cohort's year is its fiscal year.
 */
describe('the school calendar', () => {
  const t = useTestApp();
  const f = t.f;
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** The app's clock stopped at `at`. */
  const pinClock = (at: string) => jest.spyOn(t.server.app.get(Clock), 'now').mockReturnValue(new Date(at));

  /** An ACTIVE enrollment in a new program's 2026 cohort (starting 2026-06-01) with the MENTOR account's assignment from `startsOn`. */
  const arrange = async (timeZone: string, startsOn = '2026-06-01') => {
    const program = await f.program({ timeZone });
    const cohort = await f.cohort(program.id, 2026, { startsOn: '2026-06-01', endsOn: '2027-03-31' });
    const venture = await f.venture();
    const enrollment = await f.enrollment(cohort.id, venture.id, [
      [E.APPLIED, '2026-04-10'],
      [E.ADMITTED, '2026-05-10'],
    ]);
    const mentor = await f.mentorOf(t.accounts.MENTOR.personId);
    const assignment = await f.assignment(mentor.id, enrollment.id, startsOn);
    return { program, cohort, venture, enrollment, assignment };
  };
  const session = (assignmentId: string, heldAt: string, over: Record<string, unknown> = {}) => ({
    input: { assignmentId, heldAt, durationMinutes: 60, format: 'ONLINE', ...over },
  });
  const sessionCount = () => f.count('mentoring_sessions');

  it('reads a session’s day in the program’s zone: 08:00 in Tokyo on the first day is that day, though still the day before in UTC', async () => {
    const { assignment } = await arrange('Asia/Tokyo');
    const mentor = t.as(Role.MENTOR);
    // The one-statement path (a plain log).
    const early = await mentor.gql<Logged>(LOG, session(assignment.id, '2026-06-01T08:00:00+09:00'));
    expect(expectOk(early).logMentoringSession.heldAt).toBe('2026-05-31T23:00:00.000Z');
    expectOk(await mentor.gql(LOG, session(assignment.id, '2026-06-01T10:00:00+09:00')));
    const before = await mentor.gql(LOG, session(assignment.id, '2026-05-31T23:30:00+09:00'));
    expect(expectError(before, 'CONFLICT', 'input.heldAt').message).toContain('on 2026-05-31 in Asia/Tokyo');
    // The transactional path (an idempotency key) applies the same rule.
    expectOk(await mentor.gql(LOG, session(assignment.id, '2026-06-01T08:15:00+09:00', { idempotencyKey: 'key-0001' })));
    expectError(
      await mentor.gql(LOG, session(assignment.id, '2026-05-31T23:45:00+09:00', { idempotencyKey: 'key-0002' })),
      'CONFLICT',
      'input.heldAt',
    );
    expect(await sessionCount()).toBe(3);
    // So does an edit of the time.
    const id = early.data!.logMentoringSession.id;
    expectError(await mentor.gql(UPDATE, { input: { id, heldAt: '2026-05-31T23:59:00+09:00' } }), 'CONFLICT', 'input.heldAt');
    const moved = await mentor.gql(UPDATE, { input: { id, heldAt: '2026-06-01T00:00:00+09:00' } });
    expect(expectOk(moved)).toEqual({ updateMentoringSession: { heldAt: '2026-05-31T15:00:00.000Z', version: 2 } });
    expect(await sessionCount()).toBe(3);
  });

  it('reads the same instant as the day before in a UTC program', async () => {
    const { assignment } = await arrange('UTC');
    const mentor = t.as(Role.MENTOR);
    expectError(await mentor.gql(LOG, session(assignment.id, '2026-06-01T08:00:00+09:00')), 'CONFLICT', 'input.heldAt');
    expectError(
      await mentor.gql(LOG, session(assignment.id, '2026-06-01T08:00:00+09:00', { idempotencyKey: 'key-0003' })),
      'CONFLICT',
      'input.heldAt',
    );
    expectOk(await mentor.gql(LOG, session(assignment.id, '2026-06-01T10:00:00+09:00')));
    expect(await sessionCount()).toBe(1);
  });

  it('takes "today" from the program’s zone: at 23:30 UTC on 1 Dec, Tokyo’s 2 Dec is today, UTC’s is tomorrow', async () => {
    pinClock('2026-12-01T23:30:00Z');
    const tokyo = await arrange('Asia/Tokyo');
    const utc = await arrange('UTC');
    const started = await t.gql(START, { input: { enrollmentId: tokyo.enrollment.id, on: '2026-12-02' } });
    expect(expectOk(started)).toEqual({ startProgram: { status: 'ACTIVE', statusOn: '2026-12-02' } });
    const refused = await t.gql(START, { input: { enrollmentId: utc.enrollment.id, on: '2026-12-02' } });
    expect(expectError(refused, 'BAD_USER_INPUT', 'input.on').message).toContain('today is 2026-12-01 in UTC');
    const events = await t.dataSource.query<{ to_status: string }[]>(
      `SELECT to_status FROM enrollment_events WHERE enrollment_id = $1 ORDER BY occurred_on`,
      [utc.enrollment.id],
    );
    expect(events.map((e) => e.to_status)).toEqual(['APPLIED', 'ADMITTED']);

    // A venture's own records follow its program: a collaboration of the UTC program's venture
    // cannot move on 2 Dec yet; one of a venture never enrolled is in the default zone (Tokyo here).
    const org = await f.organization();
    const ofUtc = await f.collaboration(utc.venture.id, org.id, [[CollaborationStage.EXPLORING, '2026-10-01']]);
    const unenrolled = await f.collaboration((await f.venture()).id, org.id, [[CollaborationStage.EXPLORING, '2026-10-01']]);
    const move = (collaborationId: string) => t.gql(STAGE, { input: { collaborationId, stage: 'PILOT', on: '2026-12-02' } });
    expectError(await move(ofUtc.id), 'BAD_USER_INPUT', 'input.on');
    expect(expectOk(await move(unenrolled.id))).toEqual({ changeCollaborationStage: { stage: 'PILOT', stageOn: '2026-12-02' } });

    // A session is an instant: not after the clock's now, whatever the zone.
    const mentor = t.as(Role.MENTOR);
    expectOk(await mentor.gql(LOG, session(tokyo.assignment.id, '2026-12-02T08:00:00+09:00')));
    expectError(await mentor.gql(LOG, session(tokyo.assignment.id, '2026-12-02T09:00:00+09:00')), 'BAD_USER_INPUT', 'input.heldAt');
  });

  it('refuses a DateTime without a UTC offset, naming the expected format', async () => {
    const { assignment } = await arrange('Asia/Tokyo');
    for (const heldAt of ['2026-06-01T08:00:00', '2026-06-01 08:00', '2026-06-01T08:00:00.000']) {
      const res = await t.as(Role.MENTOR).gql(LOG, session(assignment.id, heldAt));
      expect(expectError(res, 'BAD_USER_INPUT', 'input.heldAt').message).toContain('has no UTC offset');
      expect(res.errors![0].message).toContain('2026-06-01T08:00:00+09:00');
    }
    const garbage = await t.as(Role.MENTOR).gql(LOG, session(assignment.id, 'tomorrow'));
    expect(expectError(garbage, 'BAD_USER_INPUT', 'input.heldAt').message).toContain('ISO 8601 date-time with a UTC offset');
    expect(await sessionCount()).toBe(0);
  });

  it('makes a cohort’s year the fiscal year its start falls in, in its program’s fiscal calendar', async () => {
    const april = await f.program({ fiscalYearStartMonth: 4 });
    const january = await f.program({ fiscalYearStartMonth: 1 });
    const create = (input: Record<string, unknown>) => t.gql<{ createCohort: { year: number } }>(CREATE_COHORT, { input });

    const mismatch = await create({ programId: april.id, name: 'x', year: 2030, startsOn: '2026-10-01' });
    expect(expectError(mismatch, 'BAD_USER_INPUT', 'input.year').message).toBe(
      'input.year: must be 2026: startsOn 2026-10-01 falls in fiscal year 2026 (2026-04-01 to 2027-03-31)',
    );
    expectError(await create({ programId: april.id, name: 'x' }), 'BAD_USER_INPUT', 'input.year');
    expect(await f.count('cohorts')).toBe(0);

    // Left out, the year follows from startsOn: February is still the fiscal year that began in April.
    expect(expectOk(await create({ programId: april.id, name: 'Winter', startsOn: '2027-02-01' })).createCohort.year).toBe(2026);
    expect(expectOk(await create({ programId: january.id, name: 'Winter', startsOn: '2027-02-01' })).createCohort.year).toBe(2027);
    const spring = expectOk(
      await t.gql<{ createCohort: { year: number } }>(`mutation($input: CreateCohortInput!) { createCohort(input: $input) { id year } }`, {
        input: { programId: april.id, name: 'Spring', year: 2027, startsOn: '2027-04-01' },
      }),
    ).createCohort as { id: string; year: number };

    // An update that would leave year and startsOn apart is refused at the field it changed.
    expectError(await t.gql(UPDATE_COHORT, { input: { id: spring.id, startsOn: '2027-03-31' } }), 'BAD_USER_INPUT', 'input.startsOn');
    expectError(await t.gql(UPDATE_COHORT, { input: { id: spring.id, year: 2028 } }), 'BAD_USER_INPUT', 'input.year');
    const both = await t.gql(UPDATE_COHORT, { input: { id: spring.id, year: 2028, startsOn: '2028-06-01' } });
    expect(expectOk(both)).toEqual({ updateCohort: { year: 2028, startsOn: '2028-06-01' } });

    // A new fiscal start month must not move an existing cohort to another year.
    const month = await t.gql(`mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { fiscalYearStartMonth } }`, {
      input: { id: april.id, fiscalYearStartMonth: 1 },
    });
    expect(expectError(month, 'CONFLICT', 'input.fiscalYearStartMonth').message).toContain('"Winter" (year 2026, starting 2027-02-01)');
    const [{ fiscal_year_start_month: kept }] = await t.dataSource.query<{ fiscal_year_start_month: number }[]>(
      `SELECT fiscal_year_start_month FROM programs WHERE id = $1`,
      [april.id],
    );
    expect(kept).toBe(4);
  });
});
