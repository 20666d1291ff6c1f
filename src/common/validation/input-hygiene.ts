import type { FieldProblem } from '../errors/domain-errors.js';

/** NUL (PostgreSQL text refuses it) or a lone UTF-16 surrogate (not Unicode text at all). */
const UNSAFE_TEXT = /\0|\p{Cs}/u;

/**
 * The first string inside `value` (any depth) that cannot be stored as text, with its argument
 * path in the services' notation (`input.name`, `input.tags.0`).
 */
export function unsafeText(value: unknown, path: string): FieldProblem | undefined {
  if (typeof value === 'string') {
    return UNSAFE_TEXT.test(value) ? { field: path, message: 'must not contain NUL characters or unpaired surrogates' } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const problem = unsafeText(item, path ? `${path}.${key}` : key);
    if (problem) return problem;
  }
  return undefined;
}

/** The arguments of an @ArgsType class given an explicit null are left out, like a named argument's null. */
export function dropNulls(args: object): void {
  for (const [key, item] of Object.entries(args)) if (item === null) delete (args as Record<string, unknown>)[key];
}

/**
 * An explicit null on an optional list means the same as leaving it out: empty on create,
 * unchanged on update, no condition in a filter. Lists are the properties TypeScript declares
 * as arrays (`design:type` Array), in nested inputs too.
 */
export function dropNullLists(instance: unknown): void {
  if (Array.isArray(instance)) {
    for (const item of instance) dropNullLists(item);
    return;
  }
  if (instance === null || typeof instance !== 'object') return;
  const prototype = Object.getPrototypeOf(instance) as object | null;
  for (const [key, item] of Object.entries(instance)) {
    if (item === null && prototype && Reflect.getMetadata('design:type', prototype, key) === Array)
      delete (instance as Record<string, unknown>)[key];
    else dropNullLists(item);
  }
}
