import { z } from 'zod';

/**
 * Every setting the server reads from the environment, validated once at start.
 * A bad value stops the start with one line that names the variable (see formatConfigError).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  /** Preferred port of the embedded PostgreSQL; a free one is chosen when it is taken. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo data at start: "auto" (embedded database, first start only), "always" or "never". */
  DEMO_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Log every SQL statement at debug level. */
  LOG_SQL: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15000),
});

export type Env = z.output<typeof envSchema>;

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: Env['LOG_LEVEL'];
  demoData: Env['DEMO_DATA'];
  logSql: boolean;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable counts as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `Invalid configuration: ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    logSql: e.LOG_SQL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
