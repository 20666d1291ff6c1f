import { describe, expect, it } from '@jest/globals';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { MetricKind } from '../src/outcomes/outcome.enum.js';
import { EngagementStatus } from '../src/pro-bono/pro-bono.enum.js';
import { useTestApp } from './utils/use-test-app.js';
import { expectError, expectOk } from './utils/expect.js';

type Change = { field: string; old: unknown; new: unknown; redacted: boolean };
type Entry = { operation: string; entityIds: string[]; details: Record<string, unknown> | null; changes: Change[] };

const UPDATE_VENTURE = `mutation($input: UpdateVentureInput!) { updateVenture(input: $input) { id version } }`;

describe('audit log: old and new values of every update', () => {
  const t = useTestApp();
  const f = t.f;

  /** The entries naming `entityId`, newest first, as staff read them over HTTP. */
  const entries = async (entityId: string, operations?: string[]): Promise<Entry[]> => {
    const res = await t.gql<{ auditLog: { edges: { node: Entry }[] } }>(
      `query($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { operation entityIds details changes { field old new redacted } } } } }`,
      { f: { entityId, operations } },
    );
    return expectOk(res).auditLog.edges.map((e) => e.node);
  };
  const latest = async (entityId: string, operation: string) => (await entries(entityId, [operation]))[0];

  it('updateVenture: the changed fields with old and new values, unchanged and bookkeeping fields absent', async () => {
    const venture = await f.venture({ name: 'BANSO-CO', sector: 'healthcare', description: 'Stays', foundedOn: '2020-04-01', sdgs: [3] });
    const res = await t.gql(UPDATE_VENTURE, {
      input: {
        id: venture.id,
        version: 1,
        name: 'BANSO-CO Inc.',
        sector: 'healthcare',
        foundedOn: '2021-02-01',
        website: 'https://banso.example',
        sdgs: ['INDUSTRY_INNOVATION_AND_INFRASTRUCTURE', 'GOOD_HEALTH_AND_WELL_BEING'],
      },
    });
    expect(expectOk(res)).toEqual({ updateVenture: { id: venture.id, version: 2 } });
    const entry = await latest(venture.id, 'updateVenture');
    expect(entry.entityIds).toEqual([venture.id]);
    expect(entry.changes).toEqual([
      { field: 'foundedOn', old: '2020-04-01', new: '2021-02-01', redacted: false },
      { field: 'name', old: 'BANSO-CO', new: 'BANSO-CO Inc.', redacted: false },
      { field: 'sdgs', old: [3], new: [3, 9], redacted: false },
      { field: 'website', old: null, new: 'https://banso.example', redacted: false },
    ]);
    // The stored shape, the one every mutation writes: details.changes = { field: { old, new } }.
    expect(entry.details).toEqual({
      changes: {
        foundedOn: { old: '2020-04-01', new: '2021-02-01' },
        name: { old: 'BANSO-CO', new: 'BANSO-CO Inc.' },
        sdgs: { old: [3], new: [3, 9] },
        website: { old: null, new: 'https://banso.example' },
      },
    });
  });

  it('an update that changes nothing records an empty list of changes', async () => {
    const venture = await f.venture({ name: 'Same', sdgs: [3, 9] });
    expectOk(
      await t.gql(UPDATE_VENTURE, {
        input: { id: venture.id, name: 'Same', sdgs: ['INDUSTRY_INNOVATION_AND_INFRASTRUCTURE', 'GOOD_HEALTH_AND_WELL_BEING'] },
      }),
    );
    const entry = await latest(venture.id, 'updateVenture');
    expect([entry.changes, entry.details]).toEqual([[], { changes: {} }]);
  });

  it('a list replaced (founders) is logged old and new, compared as a set', async () => {
    const venture = await f.venture();
    const [a, b, c] = [await f.person(), await f.person(), await f.person()];
    await f.founder(venture.id, a.id, 'CEO');
    await f.founder(venture.id, b.id, 'CTO');
    const byId = (list: { personId: string; role: string | null }[]) => [...list].sort((x, y) => x.personId.localeCompare(y.personId));

    // The same founders in another order: no change.
    const reordered = [
      { personId: b.id, role: 'CTO' },
      { personId: a.id, role: 'CEO' },
    ];
    expectOk(await t.gql(UPDATE_VENTURE, { input: { id: venture.id, founders: reordered } }));
    expect((await latest(venture.id, 'updateVenture')).changes).toEqual([]);

    expectOk(await t.gql(UPDATE_VENTURE, { input: { id: venture.id, founders: [{ personId: a.id, role: 'CEO' }, { personId: c.id }] } }));
    const [change] = (await latest(venture.id, 'updateVenture')).changes;
    expect(change).toEqual({
      field: 'founders',
      old: byId([
        { personId: a.id, role: 'CEO' },
        { personId: b.id, role: 'CTO' },
      ]),
      new: byId([
        { personId: a.id, role: 'CEO' },
        { personId: c.id, role: null },
      ]),
      redacted: false,
    });
  });

  it('program partners and engagement social issues: lists old and new, the same SDGs absent', async () => {
    const [p1, p2] = [await f.organization(), await f.organization()];
    const program = await f.program();
    expectOk(
      await t.gql(`mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { id } }`, {
        input: { id: program.id, partners: [{ organizationId: p1.id, role: 'sponsor' }, { organizationId: p2.id }] },
      }),
    );
    const partners = (await latest(program.id, 'updateProgram')).changes;
    expect(partners).toEqual([
      {
        field: 'partners',
        old: [],
        new: [
          { organizationId: p1.id, role: 'sponsor' },
          { organizationId: p2.id, role: null },
        ].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
        redacted: false,
      },
    ]);

    const [i1, i2] = [await f.socialIssue(), await f.socialIssue()];
    const engagement = await f.engagement([[EngagementStatus.ACTIVE, '2024-05-01']], { socialIssueIds: [i1.id], sdgs: [4] });
    expectOk(
      await t.gql(`mutation($input: UpdateProBonoEngagementInput!) { updateProBonoEngagement(input: $input) { id } }`, {
        input: { id: engagement.id, socialIssueIds: [i2.id, i1.id, i2.id], sdgs: ['QUALITY_EDUCATION'], title: 'Renamed' },
      }),
    );
    expect((await latest(engagement.id, 'updateProBonoEngagement')).changes).toEqual([
      { field: 'socialIssueIds', old: [i1.id], new: [i1.id, i2.id].sort(), redacted: false },
      { field: 'title', old: 'G', new: 'Renamed', redacted: false },
    ]);
  });

  it('updateMentoringSession: private notes are redacted, whoever edits; other fields keep their values', async () => {
    const cohort = await f.cohort((await f.program()).id, 2025);
    const venture = await f.venture();
    const enrollment = await f.enrollment(cohort.id, venture.id, [
      [E.ADMITTED, '2025-04-01'],
      [E.ACTIVE, '2025-06-01'],
    ]);
    const mentor = await f.mentor({ personId: t.accounts.MENTOR.personId });
    const assignment = await f.assignment(mentor.id, enrollment.id, '2025-06-01');
    const secret = 'Founder seems tired; check in next week.';
    const logged = await t.gqlAs<{ logMentoringSession: { id: string } }>(
      Role.MENTOR,
      `mutation($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id } }`,
      {
        input: {
          assignmentId: assignment.id,
          heldAt: '2025-07-01T10:00:00+09:00',
          durationMinutes: 60,
          format: 'ONLINE',
          summary: 'Pricing.',
          privateNotes: secret,
        },
      },
    );
    const id = expectOk(logged).logMentoringSession.id;
    const update = `mutation($input: UpdateMentoringSessionInput!) { updateMentoringSession(input: $input) { id } }`;
    const newer = 'Much better; raise the price.';
    expectOk(
      await t.gqlAs(Role.MENTOR, update, {
        input: { id, privateNotes: newer, heldAt: '2025-07-01T11:00:00+09:00', durationMinutes: 90 },
      }),
    );
    expect((await latest(id, 'updateMentoringSession')).changes).toEqual([
      { field: 'durationMinutes', old: 60, new: 90, redacted: false },
      { field: 'heldAt', old: '2025-07-01T01:00:00.000Z', new: '2025-07-01T02:00:00.000Z', redacted: false },
      { field: 'privateNotes', old: null, new: null, redacted: true },
    ]);
    // Staff on the mentor's behalf: the same redaction, beside the existing details.
    expectOk(await t.gql(update, { input: { id, privateNotes: 'Staff wrote this.' } }));
    const byStaff = await latest(id, 'updateMentoringSession');
    expect(byStaff.details).toEqual({ onBehalfOfMentorId: mentor.id, changes: { privateNotes: { redacted: true } } });
    // No text of the notes anywhere in the log.
    const leaked = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE details::text ~ $1`, [
      'tired|raise the price|Staff wrote',
    ]);
    expect(leaked[0].n).toBe(0);
    expect(await entries(id, ['updateMentoringSession'])).toHaveLength(2);
  });

  it('a failed update writes no audit entry and changes nothing', async () => {
    const venture = await f.venture({ name: 'Kept' });
    const before = await f.count('audit_log');
    const unknownFounder = await t.gql(UPDATE_VENTURE, {
      input: { id: venture.id, name: 'Lost', founders: [{ personId: '00000000-0000-4000-8000-000000000009' }] },
    });
    expectError(unknownFounder, 'NOT_FOUND', 'input.founders.0.personId');
    const stale = await t.gql(UPDATE_VENTURE, { input: { id: venture.id, version: 7, name: 'Lost' } });
    expectError(stale, 'CONFLICT', 'input.version');
    expect(await f.count('audit_log')).toBe(before);
    expect(await entries(venture.id)).toEqual([]);
    const [row] = await t.dataSource.query(`SELECT name, version FROM ventures WHERE id = $1`, [venture.id]);
    expect(row).toEqual({ name: 'Kept', version: 1 });
  });

  it('status moves, end dates and corrections record their changes too (dates as YYYY-MM-DD, decimals as numbers)', async () => {
    const cohort = await f.cohort((await f.program()).id, 2024, { startsOn: '2024-06-01' });
    const venture = await f.venture();
    const enrollment = await f.enrollment(cohort.id, venture.id, [[E.APPLIED, '2024-03-01']]);
    expectOk(
      await t.gql(`mutation($input: EnrollmentTransitionInput!) { admitVenture(input: $input) { id } }`, {
        input: { enrollmentId: enrollment.id, on: '2024-04-01' },
      }),
    );
    expect((await latest(enrollment.id, 'admitVenture')).changes).toEqual([
      { field: 'status', old: 'APPLIED', new: 'ADMITTED', redacted: false },
      { field: 'statusOn', old: '2024-03-01', new: '2024-04-01', redacted: false },
    ]);

    const metric = await f.metric({ kind: MetricKind.STOCK });
    const record = await f.outcome(venture.id, metric.code, 1.5);
    const corrected = await t.gql<{ correctOutcome: { id: string } }>(
      `mutation($input: CorrectOutcomeInput!) { correctOutcome(input: $input) { id } }`,
      { input: { id: record.id, value: 2.25, note: 'Typo' } },
    );
    const entry = await latest(expectOk(corrected).correctOutcome.id, 'correctOutcome');
    expect(entry.changes).toEqual([
      { field: 'note', old: null, new: 'Typo', redacted: false },
      { field: 'value', old: 1.5, new: 2.25, redacted: false },
    ]);
  });

  it('operations other than updates have no changes; only staff read the log', async () => {
    const created = await t.gql<{ createOrganization: { id: string } }>(
      `mutation { createOrganization(input: { name: "New", kind: COMPANY }) { id } }`,
    );
    const entry = await latest(expectOk(created).createOrganization.id, 'createOrganization');
    expect([entry.changes, entry.details]).toEqual([[], null]);
    const asAnalyst = await t.gqlAs(Role.ANALYST, `{ auditLog { edges { node { changes { field } } } } }`);
    expectError(asAnalyst, 'FORBIDDEN');
  });
});
