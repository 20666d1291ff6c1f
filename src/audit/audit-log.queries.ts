import type { AuditActor } from './audited-work.js';

/**
 * The audit entry of a one-statement write, as a CTE named `audit` for the caller's WITH: one
 * entry per row of the caller's CTE `from`. `entityIds` and `details` (jsonb, or NULL) are SQL
 * over that row; the actor and the operation are appended to `params`. Only audit/ spells the
 * audit_log columns.
 */
export function auditEntryCte(
  params: unknown[],
  actor: AuditActor,
  operation: string,
  row: { from: string; entityIds: string[]; details?: string },
): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const ids = row.entityIds.map((sql) => `(${sql})::text`).join(', ');
  return `audit AS (
         INSERT INTO audit_log (actor_user_id, actor_email, operation, entity_ids, details)
         SELECT ${param(actor?.userId ?? null)}::uuid, ${param(actor?.email ?? null)}::text, ${param(operation)}::text, ARRAY[${ids}],
                (${row.details ?? 'NULL'})::jsonb
           FROM ${row.from})`;
}
