import { isIP } from 'node:net';
import { z } from 'zod';
import { isTimeZone } from '../common/dates.js';

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One entry of TRUST_PROXY's list: one of Express's names, an address, or a CIDR range. */
const isProxyEntry = (entry: string): boolean => {
  if (PROXY_NAMES.has(entry) || isIP(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  return rest.length === 0 && version > 0 && /^\d{1,3}$/.test(bits ?? '') && Number(bits) <= (version === 4 ? 32 : 128);
};

/** TRUST_PROXY as Express's `trust proxy` setting: a hop count, or a list of names, addresses and CIDRs. */
const toTrustProxy = (value: string | undefined): number | string[] | false => {
  if (value === undefined) return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
};

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
  /** A streaming replica of DATABASE_URL: analytics, exports and alumni search read from it (README "Several processes"). */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /**
   * The replica may lag this much: beyond it reads go to the primary and /health/ready says down;
   * a caller who wrote within it reads from the primary (read-your-writes).
   */
  REPLICA_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** The connection that LISTENs for other processes' writes, when DATABASE_URL goes through PgBouncer in transaction mode. */
  DATABASE_LISTEN_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>` … */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** … or only on this port of 127.0.0.1 (a scraper on the same host or a sidecar). Neither: /metrics is off. */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
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
  /** A transaction left open and idle this long is ended by PostgreSQL (its locks released); 0 turns it off. */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(60000),

  /** HMAC secret for access tokens; the embedded database keeps a generated one in DATA_DIR. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(60),
  /** How long a download link from createDownloadLink opens its file. */
  DOWNLOAD_LINK_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .default(600),
  /** First start on an empty database: the admin account (a password is generated and logged when unset). */
  ADMIN_EMAIL: z.email().default('admin@localhost.localdomain'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Failed sign-ins per (account, address) before further attempts from that address wait (doubling). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Failed sign-ins per address, whatever the account, before further attempts from it wait. */
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).max(100_000).default(50),
  /** The longest wait; LOGIN_LOCK_MINUTES is its former name, still read. */
  LOGIN_BACKOFF_MAX_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),

  /** Introspection follows NODE_ENV (off in production) unless set. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** The offline GraphQL IDE at /graphiql follows NODE_ENV (off in production) unless set. */
  GRAPHQL_IDE: z.enum(['true', 'false']).optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(50000),
  /** Seconds an analytics report may be served from memory; a write by any process refreshes it. 0: never cached. */
  ANALYTICS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(10).default(3000),
  /** Execute operations compiled by graphql-jit ("true") or interpreted by graphql-js ("false"). */
  GRAPHQL_JIT: z.enum(['true', 'false']).default('true'),
  /** Answer the reads the compiler covers with one SQL statement ("on"), or always through the resolvers ("off"). Needs GRAPHQL_JIT. */
  COMPILED_READS: z.enum(['on', 'off']).default('on'),
  /** Largest accepted request body (bytes, or with a unit such as 100kb). */
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)?$/i, 'must be bytes, e.g. 100kb')
    .default('100kb'),
  /** Largest accepted import file (POST /imports/<kind>), bytes or with a unit (kb, mb). */
  IMPORT_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)?$/i, 'must be bytes, e.g. 20mb')
    .default('20mb'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Whose X-Forwarded-For to believe: unset believes nobody (the client is the socket's address). */
  TRUST_PROXY: z
    .string()
    .refine(
      (v) => /^\d+$/.test(v) || v.split(',').every((entry) => isProxyEntry(entry.trim())),
      'must be a number of proxy hops, or loopback, linklocal, uniquelocal, addresses and CIDRs, comma-separated',
    )
    .optional(),
  /** A new program's calendar when createProgram does not state it: IANA zone and fiscal year's first month. */
  DEFAULT_TIME_ZONE: z
    .string()
    .refine((v) => isTimeZone(v), 'must be an IANA time zone such as Asia/Tokyo')
    .default('Asia/Tokyo'),
  DEFAULT_FISCAL_YEAR_START_MONTH: z.coerce.number().int().min(1).max(12).default(4),
  /** Comma-separated origins allowed by CORS; none when unset. */
  CORS_ORIGINS: z.string().optional(),
});

export type Env = z.output<typeof envSchema>;

export interface AppConfig {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  databaseUrl?: string;
  databaseReplicaUrl?: string;
  replicaMaxLagSeconds: number;
  databaseListenUrl?: string;
  metrics: { token?: string; port?: number };
  dataDir: string;
  embeddedPgPort: number;
  logLevel: Env['LOG_LEVEL'];
  demoData: Env['DEMO_DATA'];
  logSql: boolean;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  dbIdleInTransactionTimeoutMs: number;
  jwtSecret?: string;
  accessTokenTtlMinutes: number;
  downloadLinkSeconds: number;
  adminEmail: string;
  adminPassword?: string;
  login: {
    /** Failures per (account, address), then per address, before the waits start. */
    maxFailures: number;
    addressMaxFailures: number;
    backoffMaxSeconds: number;
  };
  graphql: {
    introspection: boolean;
    /** GraphiQL at /graphiql (GET /graphql redirects there). */
    ide: boolean;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    jit: boolean;
    /** Reads compiled into one SQL statement (graphql/compiled-reads), tried before graphql-jit. */
    compiledReads: boolean;
  };
  /** Seconds an analytics report may be served from memory (0: never). */
  analyticsCacheSeconds: number;
  bodyLimit: string;
  /** Largest import file in bytes (413 above). */
  importLimitBytes: number;
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** Express's `trust proxy`: false trusts no X-Forwarded-For. */
  trustProxy: number | string[] | false;
  corsOrigins: string[];
  /** A new program's calendar unless createProgram states it. */
  defaultCalendar: { timeZone: string; fiscalYearStartMonth: number };
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
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    replicaMaxLagSeconds: e.REPLICA_MAX_LAG_SECONDS,
    databaseListenUrl: e.DATABASE_LISTEN_URL,
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    logSql: e.LOG_SQL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbIdleInTransactionTimeoutMs: e.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    jwtSecret: e.JWT_SECRET,
    accessTokenTtlMinutes: e.ACCESS_TOKEN_TTL_MINUTES,
    downloadLinkSeconds: e.DOWNLOAD_LINK_SECONDS,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      addressMaxFailures: e.LOGIN_ADDRESS_MAX_FAILURES,
      backoffMaxSeconds: (e.LOGIN_BACKOFF_MAX_MINUTES ?? e.LOGIN_LOCK_MINUTES ?? 15) * 60,
    },
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ? e.GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
      ide: e.GRAPHQL_IDE ? e.GRAPHQL_IDE === 'true' : e.NODE_ENV !== 'production',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      jit: e.GRAPHQL_JIT === 'true',
      compiledReads: e.COMPILED_READS === 'on',
    },
    analyticsCacheSeconds: e.ANALYTICS_CACHE_SECONDS,
    bodyLimit: e.BODY_LIMIT,
    importLimitBytes: toBytes(e.IMPORT_LIMIT),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    trustProxy: toTrustProxy(e.TRUST_PROXY),
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    defaultCalendar: { timeZone: e.DEFAULT_TIME_ZONE, fiscalYearStartMonth: e.DEFAULT_FISCAL_YEAR_START_MONTH },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** `20mb`, `512kb`, `1000` (bytes) as a number of bytes. */
function toBytes(size: string): number {
  const [, digits, unit = 'b'] = /^(\d+)(b|kb|mb)?$/i.exec(size)!;
  return Number(digits) * { b: 1, kb: 1024, mb: 1024 * 1024 }[unit.toLowerCase() as 'b' | 'kb' | 'mb'];
}
