import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorsByField, type FieldErrors } from '../../client';
import { describedBy, FieldError } from '../../field-error';
import { navigate } from '../../router';
import { isoToZoned } from '../../time';

/** A link the console's router follows without a reload. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={to}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}

/** Today, a day in the program's time zone (the server's "not in the future" is decided there). */
export const todayIn = (zone: string): string => isoToZoned(new Date(), zone).date;

const month = (year: number, m: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(new Date(Date.UTC(year, m - 1, 1)));

/** "FY2025 (Apr 2025 – Mar 2026)": a fiscal year named by the calendar year it starts in. */
export function fiscalYear(year: number, startMonth: number, locale: string): string {
  if (startMonth === 1) return `FY${year}`;
  const endYear = year + 1;
  return `FY${year} (${month(year, startMonth, locale)} – ${month(endYear, startMonth - 1, locale)})`;
}

interface FieldProps {
  label: string;
  /** The input path the server names in extensions.field, e.g. `input.startedOn`. */
  name: string;
  errors: FieldErrors;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  required?: boolean;
  step?: string;
}

/** A labelled input whose server error shows right under it. */
export function TextField({ label, name, errors, value, onChange, type = 'text', required, step }: FieldProps) {
  // The error sits after the label, not in it: the field's name stays its label alone.
  return (
    <div className="field">
      <label>
        {label}
        <input
          name={name}
          type={type}
          step={step}
          required={required}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...describedBy(errors, name)}
        />
      </label>
      <FieldError errors={errors} name={name} />
    </div>
  );
}

/** A labelled select; `options` are [value, label] pairs. */
export function SelectField({ label, name, errors, value, onChange, options }: Omit<FieldProps, 'type'> & { options: [string, string][] }) {
  return (
    <div className="field">
      <label>
        {label}
        <select name={name} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} {...describedBy(errors, name)}>
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <FieldError errors={errors} name={name} />
    </div>
  );
}

/** The errors that name no field shown on fields of this form, and the saved message. */
export function FormStatus({
  errors,
  shown,
  saved,
}: {
  errors: ReturnType<typeof errorsByField>;
  shown: string[];
  saved?: string | false;
}) {
  const rest = [...errors.general, ...Object.entries(errors.fields).flatMap(([field, m]) => (shown.includes(field) ? [] : [m]))];
  return (
    <>
      {rest.map((m) => (
        <p role="alert" className="form-error" key={m}>
          {m}
        </p>
      ))}
      {saved ? (
        <p role="status" className="saved">
          {saved}
        </p>
      ) : null}
    </>
  );
}

export const fieldsOf = (error: CombinedError | undefined) => errorsByField(error);

/** Empty form fields become null (the API's "not given"). */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);
