import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';
import { isTimeZone } from '../dates.js';
import { Sdg } from '../graphql/sdg.enum.js';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * For optional fields of update inputs whose column is NOT NULL: omitting the field
 * keeps the value, but an explicit null is refused by the rules that follow.
 */
export const OptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** For optional, nullable fields: null and undefined skip the rules (null clears the value). */
export const OptionalNullable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

/** A required human-readable name or title, trimmed, 1..200 characters. */
export const IsName = (max = 200) => applyDecorators(trim, IsString(), Length(1, max));

/** The school's own id for a person or venture: trimmed, 1..64 characters, no control characters. */
export const IsReference = () =>
  applyDecorators(trim, IsString(), Length(1, 64), Matches(/^[^\p{Cc}]+$/u, { message: '$property must not contain control characters' }));

/** Free text such as a description, trimmed, up to `max` characters. */
export const IsText = (max = 5000) => applyDecorators(trim, IsString(), Length(0, max));

export const IsWebsite = () =>
  applyDecorators(trim, IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: '$property must be an http(s) URL' }));

export const IsId = (options: ValidationOptions = {}) => IsUUID('all', { message: '$property must be an ID (UUID)', ...options });

/** Decimal places of a number as JavaScript writes it: 1e-7 has 7, 1.5e-7 has 8, 2e21 none. */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

/**
 * A finite number in min..max with at most `places` decimals, for a NUMERIC column. Not
 * class-validator's `IsNumber({ maxDecimalPlaces })`, which throws on exponent notation (1e-7).
 */
export const IsDecimal = (places: number, min: number, max: number) =>
  applyDecorators(
    ValidateBy({
      name: 'isDecimal',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places,
        defaultMessage: () => `$property must be a number with at most ${places} decimals`,
      },
    }),
    Min(min),
    Max(max),
  );

export const IsYear = () => applyDecorators(IsInt(), Min(1900), Max(2200));

/** An IANA time zone name this runtime knows (Asia/Tokyo, Europe/Berlin, UTC). */
export const IsTimeZone = () =>
  ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isTimeZone(value),
      defaultMessage: () => '$property must be an IANA time zone such as Asia/Tokyo',
    },
  });

/** A month number 1–12 (a fiscal year's first month). */
export const IsMonth = () => applyDecorators(IsInt(), Min(1), Max(12));

/** A calendar date `YYYY-MM-DD` (the LocalDate scalar checks it is a real date). */
export const IsLocalDate = () =>
  ValidateBy({
    name: 'isLocalDate',
    validator: {
      // The pattern, and a day that exists (2024-02-30 does not): inputs that skip the LocalDate scalar (CSV export arguments) need both.
      validate: (value: unknown) =>
        typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
      defaultMessage: () => '$property must be a date (YYYY-MM-DD)',
    },
  });

/**
 * A list of SDGs as goal numbers. GraphQL turns enum names into numbers before validation; plain
 * JSON (CSV export arguments) may carry the names, which are turned into numbers here.
 */
export const IsSdgList = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === 'string' && v in Sdg ? Sdg[v as keyof typeof Sdg] : v)) : value,
    ),
    IsArray(),
    IsInt({ each: true, message: '$property must be SDG names or goal numbers 1..17' }),
    Min(1, { each: true }),
    Max(17, { each: true }),
  );
