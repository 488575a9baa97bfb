import type { Application, Pool } from '#src/modules/grants/model.ts';
import { isPoolReviewer } from '#src/modules/grants/queries.ts';
import type { ApplicationStatus, Vote } from '#src/modules/grants/tables.ts';
import { membershipRole } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, ForbiddenError } from '#src/platform/errors.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';

/**
 * Who may do what in the quick-action pool, in one place.
 * - Pool admins: the admins of the organisation running the pool (typically the lokaludvalg).
 *   They create and edit the pool, record payouts and returns, and (majority rule) the decision.
 * - Reviewers (bedømmere): members of that organisation chosen for the pool. They see the queue,
 *   comment internally and vote. Pool admins see the queue and comments too.
 * - Applicants see and change their own applications only.
 */
export interface PoolStanding {
  isAdmin: boolean;
  isReviewer: boolean;
  isChair: boolean;
}

export async function poolStanding(
  ctx: AppContext,
  pool: Pick<Pool, 'id' | 'organisationId' | 'chairUserId'>,
  user: CurrentUser | null,
): Promise<PoolStanding> {
  if (user === null) return { isAdmin: false, isReviewer: false, isChair: false };
  const [role, reviewer] = await Promise.all([
    membershipRole(ctx, pool.organisationId, user.id),
    isPoolReviewer(ctx.db.kysely, pool.id, user.id),
  ]);
  return {
    isAdmin: role === 'admin',
    isReviewer: reviewer,
    isChair: reviewer && pool.chairUserId === user.id,
  };
}

export function canSeeReview(standing: PoolStanding): boolean {
  return standing.isAdmin || standing.isReviewer;
}

export function assertCanSeeReview(standing: PoolStanding): void {
  if (!canSeeReview(standing)) throw new ForbiddenError('grants.error.reviewersOnly');
}

export function assertPoolAdmin(standing: PoolStanding): void {
  if (!standing.isAdmin) throw new ForbiddenError('grants.error.poolAdminsOnly');
}

export async function assertCanRunPoolFor(ctx: AppContext, organisationId: number, user: CurrentUser) {
  if ((await membershipRole(ctx, organisationId, user.id)) !== 'admin') {
    throw new ForbiddenError('grants.error.poolAdminsOnly');
  }
}

export function assertApplicant(application: Application, user: CurrentUser): void {
  if (application.applicantId !== user.id) throw new ForbiddenError('grants.error.applicantOnly');
}

export type Conflict = 'own_application' | 'own_organisation' | null;

/** A reviewer or decider must not judge their own application or one from their own organisation. */
export async function conflictOf(
  ctx: AppContext,
  application: Pick<Application, 'applicantId' | 'organisationId'>,
  userId: number,
): Promise<Conflict> {
  if (application.applicantId === userId) return 'own_application';
  if (application.organisationId === null) return null;
  const role = await membershipRole(ctx, application.organisationId, userId);
  return role === null ? null : 'own_organisation';
}

export function conflictMessage(conflict: Exclude<Conflict, null>): PlainMessageKey {
  return conflict === 'own_application'
    ? 'grants.review.conflictOwnApplication'
    : 'grants.review.conflictOwnOrganisation';
}

export interface Tally {
  approve: number;
  reject: number;
  abstain: number;
}

export function tallyOf(votes: ReadonlyArray<{ vote: Vote }>): Tally {
  const tally: Tally = { approve: 0, reject: 0, abstain: 0 };
  for (const { vote } of votes) tally[vote] += 1;
  return tally;
}

export const DECIDABLE: readonly ApplicationStatus[] = ['submitted', 'needs_info'];

export interface DecisionRights {
  approve: boolean;
  reject: boolean;
  needsInfo: boolean;
  /** Why a decision cannot be made (yet), for the page; null when every outcome is open. */
  blockedBy: PlainMessageKey | null;
}

const NONE = (blockedBy: PlainMessageKey): DecisionRights => ({
  approve: false,
  reject: false,
  needsInfo: false,
  blockedBy,
});

/**
 * The decision rule applied:
 * - chair: the chair decides any outcome once at least one reviewer has voted (approve, reject or
 *   abstain). If the chair has a conflict with this application (or there is none), the pool
 *   admins stand in.
 * - majority: among the reviewers who voted approve or reject (abstentions do not count), the side
 *   with more votes wins; a pool admin then records that outcome (a tie, or no votes, waits).
 * Asking for more information is open to the decider at any time. Nobody decides an application
 * they have a conflict with.
 */
export function decisionRights(
  pool: Pick<Pool, 'decisionRule' | 'chairUserId'>,
  application: Pick<Application, 'status'>,
  standing: PoolStanding,
  conflict: Conflict,
  tally: Tally,
  chairConflicted: boolean,
): DecisionRights {
  if (!DECIDABLE.includes(application.status)) return NONE('grants.decide.notOpen');
  if (conflict !== null) return NONE(conflictMessage(conflict));
  const votes = tally.approve + tally.reject + tally.abstain;
  if (pool.decisionRule === 'chair') {
    const chairDecides = pool.chairUserId !== null && !chairConflicted;
    const mayDecide = chairDecides ? standing.isChair : standing.isAdmin;
    if (!mayDecide) return NONE(chairDecides ? 'grants.decide.chairOnly' : 'grants.decide.adminsOnly');
    if (votes === 0)
      return { approve: false, reject: false, needsInfo: true, blockedBy: 'grants.decide.waitingForVotes' };
    return { approve: true, reject: true, needsInfo: true, blockedBy: null };
  }
  if (!standing.isAdmin) return NONE('grants.decide.adminsOnly');
  const approve = tally.approve > tally.reject;
  const reject = tally.reject > tally.approve;
  return {
    approve,
    reject,
    needsInfo: true,
    blockedBy: approve || reject ? null : 'grants.decide.waitingForMajority',
  };
}

export function assertOutcomeAllowed(
  rights: DecisionRights,
  outcome: 'approve' | 'reject' | 'needs_info',
): void {
  const allowed =
    outcome === 'approve' ? rights.approve : outcome === 'reject' ? rights.reject : rights.needsInfo;
  if (allowed) return;
  const key = rights.blockedBy ?? 'grants.decide.notAllowed';
  if (key === 'grants.decide.notOpen') throw new ConflictError('application_not_open', key);
  throw new ForbiddenError(key, 'decision_not_allowed');
}
