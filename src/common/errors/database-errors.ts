import { ConflictError, DomainError, ValidationError } from './domain-errors.js';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  table?: string;
}

/** Unique constraints the services check first, said as they say it (a race lands here). */
const UNIQUE: Record<string, { field: string; message: string }> = {
  uq_programs_name: { field: 'input.name', message: 'A program with this name exists already' },
  uq_cohorts_program_id_year: { field: 'input.year', message: 'The program already has a cohort for this year' },
  uq_enrollments_cohort_id_venture_id: { field: 'input.ventureId', message: 'The venture is already enrolled in this cohort' },
  uq_people_email_lower: { field: 'input.email', message: 'Another person already has this email' },
  uq_people_reference: { field: 'input.reference', message: 'Another person already has this reference' },
  uq_ventures_reference: { field: 'input.reference', message: 'Another venture already has this reference' },
  uq_users_email_lower: { field: 'input.email', message: 'Another account already uses this email' },
  idx_users_person_id: { field: 'input.personId', message: 'This person already has an account' },
  idx_mentors_person_id: { field: 'input.personId', message: 'This person already has a mentor profile' },
  uq_mentoring_topics_name_lower: { field: 'input.name', message: 'This topic exists already' },
  uq_mentoring_sessions_assignment_held_at: {
    field: 'input.heldAt',
    message: 'A session for this assignment at this time is logged already',
  },
  uq_mentoring_sessions_idempotency: { field: 'input.idempotencyKey', message: 'A session with this idempotency key is logged already' },
  uq_collaboration_contacts_collaboration_person: {
    field: 'input.personId',
    message: 'This person is a contact of the collaboration already',
  },
  uq_pro_bono_volunteers_engagement_person: { field: 'input.personId', message: 'This person is a volunteer of the engagement already' },
  uq_social_issues_name_lower: { field: 'input.name', message: 'A social issue with this name exists already' },
  uq_metric_definitions_code: { field: 'input.code', message: 'A metric with this code exists already' },
  uq_outcome_records_lineage_current: { field: 'input.id', message: 'This record has been corrected already: correct the current one' },
};

/**
 * Turns a PostgreSQL constraint violation into the API's error codes. Services check
 * the rules first and say it better; this is the backstop when the database is the one
 * to notice (a concurrent insert, a row still referenced). Clients never see a constraint,
 * index or table name: known unique constraints get their field and message, others a
 * plain sentence.
 */
export function fromDatabaseError(error: unknown): DomainError | undefined {
  // Duck-typed: TypeORM's QueryFailedError carries the pg error as `driverError`
  // (instanceof is unreliable across its CJS and ESM builds).
  const pg = (error as { driverError?: PgError } | null)?.driverError;
  if (!pg?.code) return undefined;
  switch (pg.code) {
    case '23505': {
      const known = UNIQUE[pg.constraint ?? ''];
      return known ? new ConflictError(known.message, { field: known.field }) : new ConflictError('This record already exists');
    }
    case '23001': // ON DELETE RESTRICT
      return new ConflictError('Still referenced by other records');
    case '23503':
      // On delete/update the row is still referenced; on insert the referenced row is missing.
      return /still referenced/.test(pg.detail ?? '')
        ? new ConflictError('Still referenced by other records')
        : new DomainError('NOT_FOUND', 'A record this one refers to does not exist');
    case '23514':
    case '23502':
    case '22007':
    case '22008':
    case '22P02':
      return new ValidationError({ field: 'input', message: 'a value is missing, malformed or not allowed here' });
    default:
      return undefined;
  }
}
