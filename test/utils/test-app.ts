import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig } from '../../src/config/env.js';
import { onSql } from '../../src/database/sql-logger.js';
import { ACTIVE_ACCOUNT_SQL } from '../../src/users/users.service.js';
import { AuthService } from '../../src/auth/auth.service.js';
import { Role } from '../../src/access/role.enum.js';
import { PersonEntity } from '../../src/people/person.entity.js';
import { UserEntity } from '../../src/users/user.entity.js';
import { type Server, startServer } from '../../src/server.js';

/** The metrics the Outcomes migration inserts. */
const STARTER_METRICS = ['FUNDING_RAISED', 'REVENUE', 'EMPLOYEES_FTE', 'BENEFICIARIES_REACHED', 'VOLUNTEERS_ENGAGED'];

/** A GraphQL answer; `data` is `unknown` until a spec says what it expects (a type argument, or expectOk). */
export interface GqlResult<T = unknown> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Who a request is sent as: one of the test accounts, or nobody. */
export type Caller = Role | 'ANONYMOUS';

export interface TestApp {
  server: Server;
  url: string;
  dataSource: DataSource;
  /** An operation sent as the STAFF test account. */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** An operation sent as `caller` (a role's test account, or anonymous). */
  gqlAs<T = unknown>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** The test accounts (one per role, re-created by reset()), with their bearer tokens. */
  accounts: Record<Role, { userId: string; personId: string; email: string; token: string }>;
  /** Raw HTTP POST to /graphql. */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /**
   * Runs `fn` and returns how many SQL statements the app sent meanwhile, but for the caller's
   * account lookup: accounts are remembered between requests (auth/account-cache.ts), so whether
   * a request sends it depends on the ones before (auth.e2e-spec counts it on its own).
   */
  countSql(fn: () => Promise<unknown>): Promise<number>;
  /** Empties every table (the suite shares one database; specs start clean), then re-creates the test accounts. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Boots the real app on the suite's database and listens on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    PORT: '0',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'never',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    RATE_LIMIT_PER_MINUTE: '100000',
    // Specs change rows behind the app's back (TRUNCATE, raw INSERT): reports must not come from memory.
    ANALYTICS_CACHE_SECONDS: '0',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const server = await startServer(config);
  const url = server.url as string;
  const dataSource = server.app.get<DataSource>(getDataSourceToken());

  const accounts = {} as TestApp['accounts'];
  const reset = async () => {
    // Reference data the migrations insert (the starter metrics) stays; what tests added goes.
    const tables = dataSource.entityMetadatas
      .filter((m) => m.tableName !== 'metric_definitions')
      .map((m) => `"${m.tableName}"`)
      .join(', ');
    // Rate-limit counters live in the database (shared by processes): each spec starts with none.
    await dataSource.query(`TRUNCATE ${tables}, rate_limits CASCADE`);
    await dataSource.query(`DELETE FROM metric_definitions WHERE code <> ALL($1)`, [STARTER_METRICS]);
    await createAccounts();
  };
  const createAccounts = async () => {
    const auth = server.app.get(AuthService);
    for (const role of Object.values(Role)) {
      const email = `${role.toLowerCase()}@test.example`;
      const person = await dataSource.manager.save(dataSource.manager.create(PersonEntity, { name: `Test ${role}` }));
      // Never signs in with a password: requests carry a token minted for it.
      const user = await dataSource.manager.save(
        dataSource.manager.create(UserEntity, { personId: person.id, email, passwordHash: '!', roles: [role], active: true }),
      );
      accounts[role] = { userId: user.id, personId: person.id, email, token: (await auth.issueAccessToken(user)).accessToken };
    }
  };
  await reset();

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const gqlAs = async <T = unknown>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = caller === 'ANONYMOUS' ? {} : { authorization: `Bearer ${accounts[caller].token}` };
    const response = await post(JSON.stringify({ query, variables }), headers);
    // The type argument is the spec's word for the shape it selected; nothing checks it at run time.
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, data: body.data, errors: body.errors };
  };
  const gql = <T = unknown>(query: string, variables?: Record<string, unknown>) => gqlAs<T>(Role.STAFF, query, variables);

  return {
    server,
    url,
    dataSource,
    gql,
    gqlAs,
    accounts,
    post,
    countSql: async (fn) => {
      let count = 0;
      const stop = onSql((sql) => {
        if (sql !== ACTIVE_ACCOUNT_SQL) count++;
      });
      try {
        await fn();
      } finally {
        stop();
      }
      return count;
    },
    reset,
    close: () => server.close(),
  };
}
