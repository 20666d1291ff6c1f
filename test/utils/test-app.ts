import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig } from '../../src/config/env.js';
import { onSql } from '../../src/database/sql-logger.js';
import { type Server, startServer } from '../../src/server.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  server: Server;
  url: string;
  dataSource: DataSource;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Runs `fn` and returns how many SQL statements the app sent meanwhile. */
  countSql(fn: () => Promise<unknown>): Promise<number>;
  /** Empties every table (the suite shares one database; specs start clean). */
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
    ...env,
  });
  const server = await startServer(config);
  const url = server.url as string;
  const dataSource = server.app.get<DataSource>(getDataSourceToken());

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResult<any>;
    return { status: response.status, data: body.data, errors: body.errors };
  };

  return {
    server,
    url,
    dataSource,
    gql,
    countSql: async (fn) => {
      let count = 0;
      const stop = onSql(() => count++);
      try {
        await fn();
      } finally {
        stop();
      }
      return count;
    },
    reset: async () => {
      const tables = dataSource.entityMetadatas.map((m) => `"${m.tableName}"`).join(', ');
      await dataSource.query(`TRUNCATE ${tables} CASCADE`);
    },
    close: () => server.close(),
  };
}
