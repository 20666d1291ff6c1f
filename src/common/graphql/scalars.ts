import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** Calendar date without time zone, `YYYY-MM-DD` (PostgreSQL `date`); a business date is a day in its program's time zone. */
export const LocalDate = LocalDateResolver;

/** An RFC 3339 date-time: date, `T`, hours and minutes, optional seconds and fraction, then `Z` or an offset `±HH:MM`. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
/** The same without an offset: a local time that names no instant. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/i;
const EXAMPLE = 'e.g. 2026-06-01T08:00:00+09:00, or 2026-05-31T23:00:00Z in UTC';

/**
 * An input DateTime as an instant. Refused (BAD_USER_INPUT on a variable) with a message naming
 * the format: anything but a string, a local time without an offset (which instant would it be?),
 * or a date-time graphql-scalars cannot read.
 */
function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError(`DateTime must be a string with a UTC offset (${EXAMPLE})`);
  if (WITHOUT_OFFSET.test(value))
    throw new GraphQLError(`DateTime "${value}" has no UTC offset: give one (${EXAMPLE}); a local time names no instant`);
  if (!WITH_OFFSET.test(value)) throw new GraphQLError(`DateTime must be an ISO 8601 date-time with a UTC offset (${EXAMPLE})`);
  try {
    return DateTimeResolver.parseValue(value);
  } catch {
    throw new GraphQLError(`DateTime "${value}" is not a valid date-time (${EXAMPLE})`);
  }
}

/**
 * Instant with time zone, ISO 8601 (PostgreSQL `timestamptz`); output in UTC (`Z`), input with a
 * UTC offset. graphql-scalars' DateTime refuses an offset-less value with a vague message
 * ("cannot represent an invalid date-time-string"); this one says what to send.
 */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, ISO 8601 / RFC 3339 with a UTC offset: 2026-06-01T08:00:00+09:00 or 2026-05-31T23:00:00Z. ' +
    'Inputs without an offset are refused. Returned in UTC.',
  serialize: (value) => DateTimeResolver.serialize(value) as unknown as string,
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`DateTime must be a string with a UTC offset (${EXAMPLE})`, { nodes: ast });
    return parseDateTime(ast.value);
  },
});
