import type { ApplicationRow } from '#src/modules/grants/applications/queries.ts';
import type { PoolRow } from '#src/modules/grants/queries.ts';
import type { ApplicationStatus, DecisionRule, GrantCategory } from '#src/modules/grants/tables.ts';
import { localParts } from '#src/platform/local-time.ts';

/** The quick-action pool as the services hand it out: rows mapped to domain objects. */

export interface PoolReviewer {
  userId: number;
  name: string | null;
}

export interface Pool {
  id: number;
  slug: string;
  organisationId: number;
  organisationName: string;
  organisationSlug: string;
  title: string;
  description: string;
  criteria: string;
  /** Local dates, inclusive. */
  opensOn: string;
  closesOn: string;
  budgetOre: number;
  maxGrantOre: number;
  committedOre: number;
  paidOre: number;
  /** Budget less live commitments: what can still be granted. */
  remainingOre: number;
  decisionRule: DecisionRule;
  chairUserId: number | null;
  targetDays: number;
  categories: GrantCategory[];
  reviewers: PoolReviewer[];
}

export type PoolPhase = 'upcoming' | 'open' | 'closed';

export function poolPhase(pool: Pick<Pool, 'opensOn' | 'closesOn'>, now: number): PoolPhase {
  const today = localParts(now).date;
  if (today < pool.opensOn) return 'upcoming';
  if (today > pool.closesOn) return 'closed';
  return 'open';
}

export function toPool(
  row: PoolRow,
  categories: readonly GrantCategory[],
  reviewers: readonly PoolReviewer[],
): Pool {
  return {
    id: row.id,
    slug: row.slug,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationSlug: row.organisation_slug,
    title: row.title,
    description: row.description,
    criteria: row.criteria,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    budgetOre: Number(row.budget_ore),
    maxGrantOre: Number(row.max_grant_ore),
    committedOre: Number(row.committed_ore),
    paidOre: Number(row.paid_ore),
    remainingOre: Number(row.budget_ore) - Number(row.committed_ore),
    decisionRule: row.decision_rule,
    chairUserId: row.chair_user_id,
    targetDays: row.target_days,
    categories: [...categories],
    reviewers: [...reviewers],
  };
}

export interface BudgetLine {
  description: string;
  amountOre: number;
}

export interface Application {
  id: number;
  poolId: number;
  poolSlug: string;
  poolTitle: string;
  poolOrganisationId: number;
  targetDays: number;
  applicantId: number | null;
  applicantName: string | null;
  organisationId: number | null;
  organisationName: string | null;
  title: string;
  idea: string;
  category: GrantCategory;
  placeId: number | null;
  placeName: string | null;
  placeSlug: string | null;
  areaId: number | null;
  areaName: string | null;
  areaSlug: string | null;
  lat: number | null;
  lon: number | null;
  whereText: string;
  startsOn: string | null;
  endsOn: string | null;
  requestedOre: number;
  cofundingOre: number;
  sponsorNote: string;
  grantedOre: number | null;
  status: ApplicationStatus;
  submittedAt: number | null;
  decidedAt: number | null;
  decisionReason: string | null;
  actualSpendOre: number | null;
  reportText: string | null;
  reportedAt: number | null;
  createdAt: number;
  updatedAt: number;
  budgetLines: BudgetLine[];
}

export function toApplication(row: ApplicationRow, lines: readonly BudgetLine[]): Application {
  return {
    id: row.id,
    poolId: row.pool_id,
    poolSlug: row.pool_slug,
    poolTitle: row.pool_title,
    poolOrganisationId: row.pool_organisation_id,
    targetDays: row.pool_target_days,
    applicantId: row.applicant_id,
    applicantName: row.applicant_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    title: row.title,
    idea: row.idea,
    category: row.category,
    placeId: row.place_id,
    placeName: row.place_name,
    placeSlug: row.place_slug,
    areaId: row.area_id,
    areaName: row.area_name,
    areaSlug: row.area_slug,
    lat: row.lat,
    lon: row.lon,
    whereText: row.where_text,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    requestedOre: Number(row.requested_ore),
    cofundingOre: Number(row.cofunding_ore),
    sponsorNote: row.sponsor_note,
    grantedOre: row.granted_ore === null ? null : Number(row.granted_ore),
    status: row.status,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    actualSpendOre: row.actual_spend_ore === null ? null : Number(row.actual_spend_ore),
    reportText: row.report_text,
    reportedAt: row.reported_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    budgetLines: [...lines],
  };
}

/** Whole days an application has waited since it was submitted (0 on the day itself). */
export function daysWaiting(submittedAt: number | null, now: number): number {
  if (submittedAt === null) return 0;
  const from = Date.parse(`${localParts(submittedAt).date}T00:00:00Z`);
  const to = Date.parse(`${localParts(now).date}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / 86_400_000));
}

/** A photo of an application or its report, without its bytes. */
export interface PhotoView {
  id: number;
  url: string;
  altText: string;
  width: number;
  height: number;
  purpose: string;
}
