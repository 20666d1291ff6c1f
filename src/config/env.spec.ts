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

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['NODE_ENV', 'staging'],
    ['DEMO_DATA', 'sometimes'],
  ])('refuses %s=%s with a line naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration: ${name}="${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": `),
    );
  });
});
