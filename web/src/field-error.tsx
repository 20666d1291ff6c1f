import type { FieldErrors } from './client';

/** The server's message for a field, shown next to it (ids match aria-describedby). */
export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  const message = errors[name];
  if (!message) return null;
  return (
    <span className="field-error" id={errorId(name)} role="alert">
      {message}
    </span>
  );
}

export const errorId = (name: string) => `error-${name.replace(/\W/g, '-')}`;

/** Props for an input whose errors come from the server under `name`. */
export const describedBy = (errors: FieldErrors, name: string) =>
  errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': errorId(name) } : {};
