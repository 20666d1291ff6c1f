import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** Calendar date without time zone, `YYYY-MM-DD` (PostgreSQL `date`). */
export const LocalDate = LocalDateResolver;
/** Instant with time zone, ISO 8601 (PostgreSQL `timestamptz`). */
export const DateTime = DateTimeResolver;
