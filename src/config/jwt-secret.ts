import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { type AppConfig, ConfigError } from './env.js';

export const JWT_SECRET = Symbol('JWT_SECRET');

/**
 * The access-token secret: JWT_SECRET when set; for the embedded database, one generated on
 * first start and kept in DATA_DIR/jwt-secret; with DATABASE_URL outside production, a
 * per-process one (tokens end with the process). Production with DATABASE_URL requires it.
 */
export async function resolveJwtSecret(config: AppConfig, embedded: boolean, logger: Logger): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (embedded) {
    const file = join(config.dataDir, 'jwt-secret');
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing && existing.trim().length >= 32) return existing.trim();
    const secret = randomBytes(48).toString('base64url');
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    await chmod(file, 0o600);
    return secret;
  }
  if (config.nodeEnv === 'production') {
    throw new ConfigError('Invalid configuration: JWT_SECRET="": required with DATABASE_URL when NODE_ENV=production');
  }
  logger.warn('JWT_SECRET is not set: access tokens are signed with a per-process secret and end with this process');
  return randomBytes(48).toString('base64url');
}
