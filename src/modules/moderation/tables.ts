import type { Generated } from 'kysely';

/** Why something was reported; `appeal` is the owner asking for hidden content to be looked at again. */
export const REPORT_REASONS = ['spam', 'offensive', 'personal_data', 'illegal', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number] | 'appeal';

export const DECISION_ACTIONS = ['hide', 'restore', 'dismiss'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export interface ModerationReportsTable {
  id: Generated<number>;
  /** A registered content type, e.g. `activity`, `offer`, `wish`. */
  content_type: string;
  content_id: number;
  reason: ReportReason;
  details: string;
  /** Null for anonymous reports (and after the reporter deleted their account). */
  reporter_id: number | null;
  created_at: number;
  /** Set when an administrator decided on the content. */
  resolved_at: number | null;
}

export interface ModerationDecisionsTable {
  id: Generated<number>;
  content_type: string;
  content_id: number;
  action: DecisionAction;
  note: string;
  admin_id: number | null;
  created_at: number;
}
