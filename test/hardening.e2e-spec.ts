import { randomUUID } from 'node:crypto';
import { describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { Role } from '../src/access/role.enum.js';
import { EnrollmentStatus as E } from '../src/enrollments/enrollment-status.enum.js';
import { OrganizationKind } from '../src/organizations/organization-kind.enum.js';
import { expectError } from './utils/expect.js';
import { useTestApp } from './utils/use-test-app.js';

/** Issue 13: partial results, error messages that say nothing about the schema or the tables, timeouts, ownership. */
describe('hardening', () => {
  const t = useTestApp();

  describe('partial results', () => {
    it('every root Query and Mutation field is nullable, so one failing field does not null the others', async () => {
      type Fields = { __schema: { queryType: Root; mutationType: Root } };
      type Root = { fields: { name: string; type: { kind: string } }[] };
      const r = await t.gql<Fields>(
        `{ __schema { queryType { fields { name type { kind } } } mutationType { fields { name type { kind } } } } }`,
      );
      const roots = [...r.data!.__schema.queryType.fields, ...r.data!.__schema.mutationType.fields];
      expect(roots.length).toBeGreaterThan(90);
      expect(roots.filter((f) => f.type.kind === 'NON_NULL').map((f) => f.name)).toEqual([]);
    });

    it('a query answers its good fields next to a field that fails', async () => {
      const program = await t.f.program({ name: 'Kept' });
      const r = await t.gql<{ programs: { edges: { node: { name: string } }[] }; cohort: unknown }>(
        `{ programs { edges { node { name } } } cohort(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      );
      expect(r.data?.programs.edges.map((e) => e.node.name)).toEqual([program.name]);
      expect(r.data?.cohort).toBeNull();
      expectError(r, 'NOT_FOUND');
      expect(r.errors?.[0].path).toEqual(['cohort']);
    });

    it('two aliased mutations where the second fails: the first one committed and its id comes back', async () => {
      const r = await t.gql<{ a: { id: string } | null; b: unknown }>(
        `mutation { a: createOrganization(input: { name: "First", kind: NPO }) { id }
                    b: deleteOrganization(input: { id: "00000000-0000-4000-8000-000000000000" }) }`,
      );
      expectError(r, 'NOT_FOUND');
      expect(r.data?.b).toBeNull();
      const id = r.data?.a?.id;
      expect(id).toEqual(expect.any(String));
      const [row] = await t.dataSource.query<unknown[]>(`SELECT name, kind FROM organizations WHERE id = $1`, [id]);
      expect(row).toEqual({ name: 'First', kind: OrganizationKind.NPO });
    });
  });

  describe('unique violations the database notices', () => {
    /** Neither the message nor the extensions name a constraint, an index or a table. */
    const expectNoSchemaNames = (error: { message: string; extensions?: Record<string, unknown> }, table: string) => {
      const said = JSON.stringify(error);
      expect(said).not.toMatch(/\b(uq|idx|pk|fk|ck)_/);
      expect(said).not.toContain(table);
      expect(error.extensions).not.toHaveProperty('constraint');
    };

    it('a program name taken already: CONFLICT on input.name, in plain words', async () => {
      const organizer = await t.f.organization();
      await t.f.program({ name: 'Social Entrepreneurship School', organizerId: organizer.id });
      const r = await t.gql(
        `mutation($o: ID!) { createProgram(input: { name: "Social Entrepreneurship School", organizerId: $o }) { id } }`,
        {
          o: organizer.id,
        },
      );
      const error = expectError(r, 'CONFLICT', 'input.name');
      expect(error.message).toBe('A program with this name exists already');
      expectNoSchemaNames(error, 'programs');
    });

    it('a race: the cohort the check did not see yet reaches the unique index, and the answer names the field', async () => {
      const program = await t.f.program();
      const other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, application_name: 'hardening-race' });
      await other.connect();
      try {
        await other.query('BEGIN');
        // Uncommitted: the service's check does not see it, its INSERT waits on the index.
        await other.query(`INSERT INTO cohorts (program_id, year, name, status) VALUES ($1, 2031, 'First', 'PLANNED')`, [program.id]);
        const answer = t.gql(`mutation($p: ID!) { createCohort(input: { programId: $p, year: 2031, name: "Second" }) { id } }`, {
          p: program.id,
        });
        await waitForLockWait();
        await other.query('COMMIT');
        const error = expectError(await answer, 'CONFLICT', 'input.year');
        expect(error.message).toBe('The program already has a cohort for this year');
        expectNoSchemaNames(error, 'cohorts');
      } finally {
        await other.end();
      }
    });

    /** Until one of the app's connections waits for a lock. */
    async function waitForLockWait() {
      for (let i = 0; i < 200; i++) {
        const [{ n }] = await t.dataSource.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'alumni-graph' AND wait_event_type = 'Lock'`,
        );
        if (n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the app never waited on the uncommitted row');
    }
  });

  describe('internal errors', () => {
    it('are logged with the id of the request they happened in', async () => {
      const error = jest.spyOn(t.server.logger, 'error');
      try {
        await t.dataSource.query(`ALTER TABLE organizations RENAME TO organizations_hidden`);
        try {
          expectError(await t.gql(`{ organizations { totalCount } }`), 'INTERNAL_SERVER_ERROR');
        } finally {
          await t.dataSource.query(`ALTER TABLE organizations_hidden RENAME TO organizations`);
        }
        const index = error.mock.calls.findIndex((call) => call[1] === 'internal error in a GraphQL operation');
        expect(error.mock.calls.filter((call) => call[1] === 'internal error in a GraphQL operation')).toHaveLength(1);
        expect(error.mock.calls[index][0]).toMatchObject({ path: ['organizations'] });
        // Written through the request's own child logger, whose bindings put the request's id on the line.
        const requestLogger = error.mock.contexts[index] as { bindings(): Record<string, unknown> };
        expect(requestLogger.bindings()).toMatchObject({ req: { id: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
      } finally {
        error.mockRestore();
      }
    });
  });

  describe('database sessions', () => {
    it('end a transaction left idle for a minute (idle_in_transaction_session_timeout)', async () => {
      const [row] = await t.dataSource.query<Record<string, string>[]>(`SHOW idle_in_transaction_session_timeout`);
      expect(row.idle_in_transaction_session_timeout).toBe('1min');
    });
  });

  describe('setFollowUpDone', () => {
    it("answers another mentor's follow-up exactly like an unknown one: NOT_FOUND on input.id", async () => {
      const program = await t.f.program();
      const cohort = await t.f.cohort(program.id, 2019, { startsOn: '2019-06-01', endsOn: '2020-02-28' });
      const venture = await t.f.venture();
      const enrollment = await t.f.enrollment(cohort.id, venture.id, [
        [E.APPLIED, '2019-04-01'],
        [E.ADMITTED, '2019-05-01'],
        [E.ACTIVE, '2019-06-01'],
      ]);
      const assignment = await t.f.assignment((await t.f.mentor()).id, enrollment.id, '2019-06-01');
      const session = await t.f.session(assignment, { heldAt: '2019-07-01T10:00:00Z' });
      const theirs = await t.f.followUp(session.id);
      await t.f.mentorOf(t.accounts.MENTOR.personId);

      const DONE = `mutation($id: ID!) { setFollowUpDone(input: { id: $id, done: true }) { id } }`;
      const unknownId = randomUUID();
      const [other, unknown] = [await t.gqlAs(Role.MENTOR, DONE, { id: theirs.id }), await t.gqlAs(Role.MENTOR, DONE, { id: unknownId })];
      const otherError = expectError(other, 'NOT_FOUND', 'input.id');
      const unknownError = expectError(unknown, 'NOT_FOUND', 'input.id');
      const [theirsSaid, unknownSaid] = [otherError, unknownError].map((e) => JSON.stringify(e));
      expect(theirsSaid.replaceAll(theirs.id, '<id>')).toBe(unknownSaid.replaceAll(unknownId, '<id>'));
      expect(theirsSaid).not.toContain(session.id);
      const [row] = await t.dataSource.query<{ done: boolean }[]>(`SELECT done FROM follow_up_actions WHERE id = $1`, [theirs.id]);
      expect(row.done).toBe(false);
    });
  });
});

describe('hardening in production', () => {
  const t = useTestApp({ NODE_ENV: 'production' }, { reset: 'none' });

  it.each([
    ['an enum literal', `{ organizations(filter: { kinds: [NP] }) { totalCount } }`, undefined],
    ['an enum variable', `query($k: [OrganizationKind!]) { organizations(filter: { kinds: $k }) { totalCount } }`, { k: ['NP'] }],
    ['a field', `{ organisations { totalCount } }`, undefined],
    ['an argument', `{ organizations(fliter: {}) { totalCount } }`, undefined],
  ])('answers a typo in %s without "Did you mean"', async (_label, query, variables) => {
    const r = await t.gql(query, variables);
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const error of r.errors ?? []) {
      expect(error.message).not.toMatch(/did you mean|suggestion/i);
      expect(error.message).not.toContain('NPO');
    }
  });
});
