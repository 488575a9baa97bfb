import type { Generated } from 'kysely';

export const GRANT_CATEGORIES = [
  'bench',
  'swap_shelf',
  'communal_dining',
  'green_pocket',
  'culture',
  'other',
] as const;
export type GrantCategory = (typeof GRANT_CATEGORIES)[number];

/** majority: majority of the reviewers who voted; chair: the chair decides after the votes. */
export const DECISION_RULES = ['majority', 'chair'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/**
 * submitted → approved → paid → reported, or rejected or withdrawn; `draft` before submission and
 * `needs_info` while the applicant is asked for more (the decision clock keeps running and is noted).
 */
export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'needs_info',
  'approved',
  'rejected',
  'withdrawn',
  'paid',
  'reported',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const VOTES = ['approve', 'reject', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export const LEDGER_KINDS = ['commit', 'release', 'pay', 'return'] as const;
/**
 * commit: money promised by an approval; release: a commitment undone (e.g. withdrawn after
 * approval); pay: a payout; return: money paid back. Amounts are whole øre, always positive.
 */
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface GrantPoolsTable {
  id: Generated<number>;
  slug: string;
  organisation_id: number;
  title: string;
  description: string;
  criteria: string;
  /** Local dates, YYYY-MM-DD, inclusive. */
  opens_on: string;
  closes_on: string;
  /** Whole øre (DKK × 100). */
  budget_ore: number;
  max_grant_ore: number;
  /** Sum of live commitments, kept by the service and bounded by a check constraint. */
  committed_ore: number;
  paid_ore: number;
  decision_rule: DecisionRule;
  chair_user_id: number | null;
  target_days: number;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface GrantPoolCategoriesTable {
  pool_id: number;
  category: GrantCategory;
}

export interface GrantPoolReviewersTable {
  pool_id: number;
  user_id: number;
}

export interface GrantApplicationsTable {
  id: Generated<number>;
  pool_id: number;
  applicant_id: number | null;
  organisation_id: number | null;
  title: string;
  idea: string;
  category: GrantCategory;
  place_id: number | null;
  area_id: number | null;
  lat: number | null;
  lon: number | null;
  where_text: string;
  /** Local dates of the initiative. */
  starts_on: string | null;
  ends_on: string | null;
  requested_ore: number;
  cofunding_ore: number;
  sponsor_note: string;
  granted_ore: number | null;
  status: ApplicationStatus;
  terms_accepted_at: number | null;
  submitted_at: number | null;
  decided_at: number | null;
  decision_reason: string | null;
  decided_by: number | null;
  actual_spend_ore: number | null;
  report_text: string | null;
  reported_at: number | null;
  report_reminder_sent_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface GrantBudgetLinesTable {
  id: Generated<number>;
  application_id: number;
  description: string;
  amount_ore: number;
  sort_order: number;
}

export interface GrantPhotosTable {
  id: Generated<number>;
  application_id: number;
  /** 'application' or 'report'. */
  purpose: string;
  data: Buffer;
  content_type: string;
  width: number;
  height: number;
  alt_text: string;
  created_at: number;
}

export interface GrantVotesTable {
  application_id: number;
  reviewer_id: number;
  vote: Vote;
  created_at: number;
  updated_at: number;
}

export interface GrantCommentsTable {
  id: Generated<number>;
  application_id: number;
  author_id: number | null;
  body: string;
  created_at: number;
}

/** Every change of state, with who and when: the clock of "how quick is quick". */
export interface GrantEventsTable {
  id: Generated<number>;
  application_id: number;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor_id: number | null;
  note: string;
  created_at: number;
}

export interface GrantLedgerTable {
  id: Generated<number>;
  pool_id: number;
  application_id: number;
  kind: LedgerKind;
  amount_ore: number;
  /** Payment date (local) for pay/return entries. */
  booked_on: string | null;
  reference: string;
  created_by: number | null;
  created_at: number;
}

/** A sponsor pledge: the application links a sponsorship offer from the give-board. */
export interface GrantSponsorshipsTable {
  application_id: number;
  offer_id: number;
  /** What the sponsor pledged in whole øre, when known. */
  amount_ore: number | null;
}
