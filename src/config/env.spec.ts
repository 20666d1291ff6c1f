import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('has defaults that listen on loopback only', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      dataDir: '.data',
      nodeEnv: 'development',
      demoData: 'auto',
      databaseUrl: undefined,
    });
  });

  it('reads and converts values; treats empty variables as unset', () => {
    const c = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/x', LOG_SQL: 'true', NODE_ENV: '' });
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://u:p@db:5432/x', logSql: true, nodeEnv: 'development' });
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.7',
    ]);
  });

  it('reads the sign-in waits, and LOGIN_LOCK_MINUTES as the former name of their cap', () => {
    expect(loadConfig({}).login).toEqual({ maxFailures: 5, addressMaxFailures: 50, backoffMaxSeconds: 900 });
    expect(loadConfig({ LOGIN_LOCK_MINUTES: '2' }).login.backoffMaxSeconds).toBe(120);
    expect(loadConfig({ LOGIN_LOCK_MINUTES: '2', LOGIN_BACKOFF_MAX_MINUTES: '3' }).login.backoffMaxSeconds).toBe(180);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['DEMO_DATA', 'sometimes'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', 'loopback, proxy.example'],
  ])('refuses %s=%s with a line naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration: ${name}="${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": `),
    );
  });
});
