import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { ValidationError } from '../common/errors/domain-errors.js';
import { InputValidationPipe } from '../common/validation/input-validation.pipe.js';
import { IsId } from '../common/validation/decorators.js';
import { CollaborationFilter } from '../collaborations/dto/collaboration.inputs.js';
import { MentoringSessionFilter } from '../mentoring/dto/mentoring-session.inputs.js';
import { MentorLoadFilter } from '../mentoring/dto/mentoring-stats.inputs.js';
import { ProBonoEngagementFilter } from '../pro-bono/dto/pro-bono.inputs.js';

const validation = new InputValidationPipe();

/**
 * The arguments of a download: a JSON object (`?args=<JSON>`, or createDownloadLink's `args`)
 * checked by the GraphQL field's own rules (BAD_USER_INPUT → 400 with the field; `prefix` puts
 * it under the mutation's path, e.g. `input.args.filter.cohortId`).
 */
export async function parseArgs<T extends object>(type: new () => T, value: unknown, prefix = ''): Promise<T> {
  const field = prefix || 'args';
  if (value === undefined || value === null) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ValidationError({ field, message: 'must be a JSON object' });
  return (await validation.transform(value, { type: 'body', metatype: type, data: prefix })) as T;
}

/** `?args=` as sent: JSON text, or nothing. */
export function argsFromQuery(raw: string | undefined): unknown {
  if (!raw) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ValidationError({ field: 'args', message: 'must be JSON' });
  }
}

/** A cohort's roster: which cohort (Cohort.enrollments). */
export class RosterExportArgs {
  @IsId() cohortId: string;
}

/** Mentors and their load (Query.mentorLoad's filter). */
export class MentorsExportArgs {
  @IsOptional() @ValidateNested() @Type(() => MentorLoadFilter) filter?: MentorLoadFilter;
}

/** Query.mentoringSessions' filter, whose times arrive here as JSON text: made dates before its @IsDate checks them. */
export class SessionExportFilter extends MentoringSessionFilter {}
for (const key of ['from', 'to']) Type(() => Date)(SessionExportFilter.prototype, key);

export class SessionsExportArgs {
  @IsOptional() @ValidateNested() @Type(() => SessionExportFilter) filter?: SessionExportFilter;
}

export class CollaborationsExportArgs {
  @IsOptional() @ValidateNested() @Type(() => CollaborationFilter) filter?: CollaborationFilter;
}

export class EngagementsExportArgs {
  @IsOptional() @ValidateNested() @Type(() => ProBonoEngagementFilter) filter?: ProBonoEngagementFilter;
}
