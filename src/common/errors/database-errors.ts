import { ConflictError, DomainError, NotFoundError, ValidationError } from './domain-errors.js';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

/**
 * Turns a PostgreSQL constraint violation into the API's error codes. Services check
 * the rules first and say it better; this is the backstop when the database is the one
 * to notice (a concurrent insert, a row still referenced).
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  // Duck-typed: TypeORM's QueryFailedError carries the pg error as `driverError`
  // (instanceof is unreliable across its CJS and ESM builds).
  const pg = (error as { driverError?: PgError } | null)?.driverError;
  if (!pg?.code) return undefined;
  const constraint = pg.constraint ?? 'unknown';
  switch (pg.code) {
    case '23505':
      return new ConflictError(`Already exists (${constraint})`, { constraint });
    case '23001': // ON DELETE RESTRICT
      return new ConflictError(`Still referenced by other records (${constraint})`, { constraint });
    case '23503':
      // On delete/update the row is still referenced; on insert the referenced row is missing.
      return /still referenced/.test(pg.detail ?? '')
        ? new ConflictError(`Still referenced by other records (${constraint})`, { constraint })
        : new NotFoundError('Referenced record', constraint);
    case '23514':
    case '23502':
    case '22007':
    case '22008':
    case '22P02':
      return new ValidationError({ field: constraint, message: `violates ${constraint}` });
    default:
      return undefined;
  }
}
