import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError as ClassValidatorError } from 'class-validator';
import { type FieldProblem, ValidationError } from '../errors/domain-errors.js';
import { dropNullLists, dropNulls, unsafeText } from './input-hygiene.js';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

function collect(errors: ClassValidatorError[], prefix: string, out: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ field, message });
    if (error.children?.length) collect(error.children, field, out);
  }
  return out;
}

/**
 * Validates every GraphQL argument whose type is a class with class-validator rules.
 * Failures become BAD_USER_INPUT with the argument path of each field
 * (`input.endsOn`, `first`), instead of Nest's generic BAD_REQUEST. Before that, for every
 * argument (strings, ids and lists too): text PostgreSQL cannot store is refused, and an
 * explicit null on an optional argument or list becomes "left out" (see input-hygiene.ts).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    // GraphQL arguments arrive as 'body'; @Parent() and @Context() as 'custom' and are left alone.
    if (metadata.type !== 'body') return value;
    const unsafe = unsafeText(value, metadata.data ?? '');
    if (unsafe) throw new ValidationError(unsafe);
    // An explicit null on an optional argument means the same as leaving it out.
    if (value === null) return undefined;
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    const instance = plainToInstance(type, value) as object;
    if (!metadata.data) dropNulls(instance);
    dropNullLists(instance);
    const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
    if (errors.length > 0) throw new ValidationError(collect(errors, metadata.data ?? '', []));
    return instance;
  }
}
