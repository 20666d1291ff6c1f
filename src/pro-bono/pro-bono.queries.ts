import { effectiveStep } from '../common/history.js';

/**
 * SQL condition: the engagement aliased `alias` started, i.e. became ACTIVE at some point (a move
 * that no correction undid). A proposal never did, even when it was later cancelled; reports and
 * filters count only these.
 */
export const engagementStarted = (alias: string): string =>
  `EXISTS (SELECT 1 FROM pro_bono_engagement_status_changes s WHERE s.engagement_id = ${alias}.id AND s.to_status = 'ACTIVE' AND ${effectiveStep('s')})`;
