import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { Role } from '../../src/access/role.enum.js';
import { factories, type Factories } from './factories.js';
import { startTestApp, type Caller, type GqlResult, type TestApp } from './test-app.js';

export interface TestKitOptions {
  /**
   * 'each' (the default): every test starts from empty tables plus the test accounts.
   * 'none': tests share what earlier ones (or the spec's beforeAll) wrote; the app still starts empty.
   */
  reset?: 'each' | 'none';
}

/** Operations sent as one caller. */
export interface Client {
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
}

/** The app of a spec, its clients and factories; usable from the describe body, live once beforeAll has run. */
export interface TestKit extends TestApp {
  /** The started app itself (for APIs the kit does not forward). */
  readonly app: TestApp;
  /** Factories on the app's data source; sessions are recorded by the STAFF test account. */
  readonly f: Factories;
  /** A client that sends as `caller`: `t.as(Role.MENTOR).gql(query, vars)`. */
  as(caller: Caller): Client;
}

/**
 * Registers the spec's hooks (beforeAll: start the app on `env`; beforeEach: reset, unless
 * `reset: 'none'`; afterAll: close) and returns the kit. Hooks the spec registers afterwards run
 * after these, so a spec's own beforeEach sees clean tables.
 */
export function useTestApp(env: Record<string, string> = {}, { reset = 'each' }: TestKitOptions = {}): TestKit {
  let started: TestApp | undefined;
  const app = (): TestApp => {
    if (!started) throw new Error('useTestApp: the app starts in beforeAll; use it inside hooks and tests');
    return started;
  };
  beforeAll(async () => {
    started = await startTestApp(env);
  });
  if (reset === 'each') beforeEach(() => app().reset());
  afterAll(() => started?.close());

  const f = factories(() => app().dataSource, { recordedByUserId: () => app().accounts[Role.STAFF].userId });
  const gqlAs = <T = unknown>(caller: Caller, query: string, variables?: Record<string, unknown>) =>
    app().gqlAs<T>(caller, query, variables);
  return {
    get app() {
      return app();
    },
    get server() {
      return app().server;
    },
    get url() {
      return app().url;
    },
    get dataSource() {
      return app().dataSource;
    },
    get accounts() {
      return app().accounts;
    },
    f,
    gql: <T = unknown>(query: string, variables?: Record<string, unknown>) => gqlAs<T>(Role.STAFF, query, variables),
    gqlAs,
    as: (caller) => ({ gql: <T = unknown>(query: string, variables?: Record<string, unknown>) => gqlAs<T>(caller, query, variables) }),
    post: (body, headers) => app().post(body, headers),
    countSql: (fn) => app().countSql(fn),
    reset: () => app().reset(),
    close: () => app().close(),
  };
}
