import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Cluster,
  client,
  freePort,
  type ServerProcess,
  spawnServer,
  startCluster,
  startProcess,
  stopAllProcesses,
  within,
} from './utils/processes.js';

/**
 * Two server processes on one PostgreSQL, as behind a load balancer: what one process knows,
 * the other knows (limits, writes, revocations); each says how it is (health, metrics, logs).
 */
const ADMIN = { email: 'admin@several.example', password: 'several-processes-admin' };

describe('several server processes on one PostgreSQL', () => {
  let cluster: Cluster;
  let a: ServerProcess;
  let b: ServerProcess;
  let adminToken: string;

  beforeAll(async () => {
    cluster = await startCluster();
    const env = {
      DATABASE_URL: cluster.url,
      JWT_SECRET: 'several-processes-secret-0123456789abcdef',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      METRICS_TOKEN: 'metrics-token-for-the-spec',
      // Reports stay cached long: only word of a write can refresh them within the test.
      ANALYTICS_CACHE_SECONDS: '300',
      LOGIN_RATE_LIMIT_PER_MINUTE: '4',
      // The limit test signs in from its own address (X-Forwarded-For), the others from 127.0.0.1.
      TRUST_PROXY: 'loopback',
    };
    // One after the other: the first applies the migrations.
    a = await startProcess(env);
    // The other way to keep metrics private: their own port on 127.0.0.1, no token.
    b = await startProcess({ ...env, METRICS_TOKEN: '', METRICS_PORT: '0' });
    const login = await client(a.url).gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: ADMIN });
    adminToken = login.body.data.login.accessToken;
  }, 300_000);

  afterAll(async () => {
    await stopAllProcesses();
    await cluster?.destroy();
  }, 60_000);

  describe('request ids and logs', () => {
    it('sends back a sane X-Request-Id and writes it on the request line with the operation and outcome', async () => {
      const sent = 'req-7f3a.check:42';
      const res = await client(a.url, adminToken).gql(`query Whoami { me { email } }`, undefined, { 'x-request-id': sent });
      expect(res.body.data.me.email).toBe(ADMIN.email);
      expect(res.headers.get('x-request-id')).toBe(sent);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = a.logs().filter((line) => line.req?.id === sent);
      expect(lines).toEqual([expect.objectContaining({ msg: 'request completed', operation: 'Whoami', outcome: 'OK' })]);
      expect(JSON.stringify(lines)).not.toContain(adminToken);
    });

    it('replaces an id that is too long or has odd characters with a new one', async () => {
      for (const bad of ['x'.repeat(129), 'two words', 'quote"s', '']) {
        const res = await client(b.url).gql(`{ __typename }`, undefined, { 'x-request-id': bad });
        const id = res.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('writes the request id on the internal-error line', async () => {
      const sent = 'internal-error-request';
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`ALTER TABLE organizations RENAME TO organizations_hidden`);
      try {
        const res = await client(a.url, adminToken).gql(`query Orgs { organizations { totalCount } }`, undefined, { 'x-request-id': sent });
        expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await admin.query(`ALTER TABLE organizations_hidden RENAME TO organizations`);
        await admin.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = a.logs().filter((line) => line.req?.id === sent);
      expect(lines.map((line) => line.msg)).toEqual(['internal error in a GraphQL operation', 'request completed']);
      expect(lines[1]).toMatchObject({ operation: 'Orgs', outcome: 'INTERNAL_SERVER_ERROR' });
    });

    it('logs JSON from the first line of start-up', () => {
      const lines = b.output().trim().split('\n');
      expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
      expect(JSON.parse(lines[0])).toMatchObject({ level: 30, service: 'alumni-graph', context: 'NestFactory' });
    });

    it('logs JSON while start-up waits for a database that does not answer', async () => {
      const child = spawnServer({ DATABASE_URL: `postgres://x:y@127.0.0.1:${await freePort()}/none`, JWT_SECRET: 'x'.repeat(32) });
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      await within(60_000, () => Promise.resolve(out.includes('Unable to connect to the database')));
      child.kill('SIGKILL');
      const lines = out.trim().split('\n');
      expect(lines.filter((line) => !line.startsWith('{'))).toEqual([]);
      expect(lines.map((line) => JSON.parse(line) as { msg: string }).find((line) => line.msg.includes('Unable to connect'))).toMatchObject(
        {
          level: 50,
          context: 'TypeOrmModule',
        },
      );
    }, 90_000);
  });

  describe('one truth', () => {
    it('counts a rate limit across processes: reached through one, it holds in the other', async () => {
      const attempt = (server: ServerProcess) =>
        client(server.url).gql(
          `mutation { login(input: { email: "nobody@several.example", password: "wrong password!!" }) { accessToken } }`,
          undefined,
          { 'x-forwarded-for': '203.0.113.7' },
        );
      const codes: string[] = [];
      for (const server of [a, b, a, b]) codes.push((await attempt(server)).body.errors[0].extensions.code);
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
      for (const server of [a, b]) {
        const refused = await attempt(server);
        expect(refused.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      }
      // Another address is not held back.
      const other = await client(b.url).gql(
        `mutation { login(input: { email: "nobody@several.example", password: "wrong password!!" }) { accessToken } }`,
        undefined,
        {
          'x-forwarded-for': '203.0.113.8',
        },
      );
      expect(other.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it("refreshes the other process's cached report within a second of a write", async () => {
      const staff = client(a.url, adminToken);
      const org = await staff.gql(
        `mutation { createOrganization(input: { name: "Several School", kind: EDUCATIONAL_INSTITUTION }) { id } }`,
      );
      const program = await staff.gql(`mutation($o: ID!) { createProgram(input: { name: "Several Program", organizerId: $o }) { id } }`, {
        o: org.body.data.createOrganization.id,
      });
      const programId = program.body.data.createProgram.id;
      const cohort = (year: number) =>
        staff.gql(`mutation($p: ID!, $y: Int!) { createCohort(input: { programId: $p, name: "Cohort", year: $y }) { id } }`, {
          p: programId,
          y: year,
        });
      await cohort(2020);
      const years = async () =>
        (
          (await client(b.url, adminToken).gql(`{ analytics { cohortComparison { year } } }`)).body.data.analytics.cohortComparison as {
            year: number;
          }[]
        )
          .map((row) => row.year)
          .sort();
      await within(1000, async () => (await years()).join() === '2020');
      // A row added behind the apps' backs (no write through them) is not seen: B serves its cache.
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`INSERT INTO cohorts (program_id, name, year) VALUES ($1, 'Behind the back', 2021)`, [programId]);
      await admin.end();
      expect(await years()).toEqual([2020]);
      // A write through A: B's cache is stale at once.
      await cohort(2022);
      const took = await within(1000, async () => (await years()).join() === '2020,2021,2022');
      expect(took).toBeLessThan(1000);
    });

    it('refuses a revoked API token in both processes at once', async () => {
      const created = await client(a.url, adminToken).gql(
        `mutation { createApiToken(input: { name: "notebook" }) { token apiToken { id } } }`,
      );
      const { token, apiToken } = created.body.data.createApiToken;
      for (const server of [a, b]) expect((await client(server.url, token).gql(`{ me { email } }`)).body.data.me.email).toBe(ADMIN.email);
      await client(b.url, adminToken).gql(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { revokedAt } }`, { id: apiToken.id });
      for (const server of [a, b]) {
        const refused = await client(server.url, token).gql(`{ me { email } }`);
        expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses access tokens issued before a password change in both processes at once', async () => {
      const user = { email: 'changer@several.example', password: 'first-password-1234' };
      await client(a.url, adminToken).gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { ...user, name: 'Changer', roles: ['STAFF'] },
      });
      const login = await client(b.url).gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: user });
      const token = login.body.data.login.accessToken;
      // Both have verified (and remembered) the token.
      for (const server of [a, b]) expect((await client(server.url, token).gql(`{ me { email } }`)).body.data.me.email).toBe(user.email);
      // Tokens carry whole seconds: a change in the same second as the sign-in would not be later.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const changed = await client(a.url, token).gql(`mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }`, {
        i: { currentPassword: user.password, newPassword: 'second-password-1234' },
      });
      expect(changed.body.errors).toBeUndefined();
      for (const server of [a, b]) {
        const refused = await client(server.url, token).gql(`{ me { email } }`);
        expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('remembered accounts', () => {
    it('refuses a deactivated account in both processes on the next request, deactivated through either or by hand in SQL', async () => {
      const user = { email: 'leaver@several.example', password: 'leaver-password-1234' };
      const created = await client(a.url, adminToken).gql(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
        i: { ...user, name: 'Leaver', roles: ['ANALYST'] },
      });
      const id = created.body.data.createUser.id;
      const login = await client(b.url).gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: user });
      const token = login.body.data.login.accessToken;
      const codes = async () =>
        Promise.all(
          [a, b].map(async (server) => {
            const res = await client(server.url, token).gql(`{ me { email } }`);
            return res.body.errors?.[0].extensions.code ?? res.body.data.me.email;
          }),
        );
      const setActive = (server: ServerProcess, active: boolean) =>
        client(server.url, adminToken).gql(
          `mutation($id: ID!) { ${active ? 'reactivateUser' : 'deactivateUser'}(input: { userId: $id }) { id } }`,
          {
            id,
          },
        );
      // Both processes know (and remember) the account.
      expect(await codes()).toEqual([user.email, user.email]);
      expect(await codes()).toEqual([user.email, user.email]);
      await setActive(a, false);
      expect(await codes()).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      await setActive(b, true);
      expect(await codes()).toEqual([user.email, user.email]);

      const { default: pg } = await import('pg');
      const byHand = new pg.Client({ connectionString: cluster.url });
      await byHand.connect();
      try {
        await byHand.query(`UPDATE users SET active = false WHERE id = $1`, [id]);
        expect(await codes()).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      } finally {
        await byHand.end();
      }
    });
  });

  describe('metrics', () => {
    const METRICS = 'Bearer metrics-token-for-the-spec';
    const scrape = async () => (await fetch(`${a.url}/metrics`, { headers: { authorization: METRICS } })).text();
    /** The value of one series (0 when absent). */
    const value = (text: string, series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line ? Number(line.split(' ')[1]) : 0;
    };

    it('are not public: a token on the API port, or a port of their own on 127.0.0.1', async () => {
      expect((await fetch(`${a.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${a.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
      expect((await fetch(`${b.url}/metrics`)).status).toBe(404);
      const line = b.logs().find((l) => String(l.msg).startsWith('Metrics for Prometheus at '));
      const own = await fetch(String(line?.msg).replace('Metrics for Prometheus at ', ''));
      expect(own.status).toBe(200);
      expect(await own.text()).toContain('alumni_graph_requests_total');
    });

    it('move as requests are made: by operation and outcome, latency, pool, event loop, export rows', async () => {
      const before = await scrape();
      const admin = client(a.url, adminToken);
      for (let i = 0; i < 3; i++) await admin.gql(`query MetricsProbe { me { email } }`);
      await client(a.url).gql(`query MetricsProbe { me { email } }`);
      const csv = await fetch(`${a.url}/exports/cohort-comparison.csv`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(csv.status).toBe(200);
      const rows = (await csv.text()).trim().split('\n').length - 1;
      const after = await scrape();
      const ok = 'alumni_graph_requests_total{operation="MetricsProbe",outcome="OK"}';
      expect(value(after, ok) - value(before, ok)).toBe(3);
      const refused = 'alumni_graph_requests_total{operation="MetricsProbe",outcome="UNAUTHENTICATED"}';
      expect(value(after, refused) - value(before, refused)).toBe(1);
      const timed = 'alumni_graph_request_duration_seconds_count{operation="MetricsProbe",outcome="OK"}';
      expect(value(after, timed) - value(before, timed)).toBe(3);
      const exported = 'alumni_graph_export_rows_total{export="cohort-comparison.csv"}';
      expect(value(after, exported) - value(before, exported)).toBe(rows);
      expect(after).toMatch(/^alumni_graph_db_pool_connections\{pool="primary",state="idle"\} \d+$/m);
      expect(after).toMatch(/^alumni_graph_db_pool_connections\{pool="primary",state="waiting"\} 0$/m);
      expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
      expect(after).toContain('alumni_graph_db_statement_timeouts_total 0');
      expect(after).toContain('# TYPE alumni_graph_rate_limit_refusals_total counter');
    });
  });

  describe('health', () => {
    const probe = async (url: string, path: string) => {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, body: (await res.json()) as any };
    };

    it('is ready when the database answers and every migration is applied; /health says the same', async () => {
      const ready = await probe(a.url, '/health/ready');
      expect(ready).toEqual({
        status: 200,
        body: { status: 'ok', info: { database: { status: 'up' }, migrations: { status: 'up' } }, error: {} },
      });
      expect(await probe(a.url, '/health')).toEqual(ready);
      expect(await probe(a.url, '/health/live')).toMatchObject({
        status: 200,
        body: { status: 'ok', info: { process: { status: 'up' } } },
      });
    });

    it('is not ready while a migration of this build is missing from the database', async () => {
      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      const [last] = (await admin.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING *`)).rows;
      try {
        expect(await probe(b.url, '/health/ready')).toEqual({
          status: 503,
          body: { status: 'error', info: { database: { status: 'up' } }, error: { migrations: { status: 'down', pending: 1 } } },
        });
      } finally {
        await admin.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
        await admin.end();
      }
      expect((await probe(b.url, '/health/ready')).status).toBe(200);
    });

    // Last: it stops the database under both processes.
    it('goes down when the database stops and up when it returns, while liveness stays up', async () => {
      await cluster.stop();
      for (const server of [a, b]) {
        expect(await probe(server.url, '/health/ready')).toEqual({
          status: 503,
          body: { status: 'error', info: {}, error: { database: { status: 'down' } } },
        });
        expect((await probe(server.url, '/health/live')).status).toBe(200);
      }
      await cluster.start();
      for (const server of [a, b]) await within(15_000, async () => (await probe(server.url, '/health/ready')).status === 200);
      const me = await client(b.url, adminToken).gql(`{ me { email } }`);
      expect(me.body.data.me.email).toBe(ADMIN.email);
    }, 60_000);
  });
});
