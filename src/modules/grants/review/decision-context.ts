import type { Application, Pool } from '#src/modules/grants/model.ts';
import {
  assertCanSeeReview,
  conflictOf,
  type DecisionRights,
  decisionRights,
  poolStanding,
  tallyOf,
} from '#src/modules/grants/policy.ts';
import { findDecisionContextRow, listVotes } from '#src/modules/grants/review/queries.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';

/**
 * What a decision needs and nothing more: the application's state and amount, the pool's rule and
 * ceiling, and the decider's rights. The review page's model (comments, history, money figures,
 * ledger) is for people to read; a decision does not read it. The budget is not read either: the
 * guarantee is the conditional update in `commitGrant`.
 */
export interface DecisionContext {
  pool: Pick<Pool, 'id' | 'organisationId' | 'maxGrantOre' | 'decisionRule' | 'chairUserId'>;
  application: Pick<Application, 'id' | 'status' | 'requestedOre' | 'applicantId' | 'organisationId'>;
  rights: DecisionRights;
}

/**
 * Loads the decision context with the same answers as the review page: 404 for an unknown pool,
 * 403 for anyone who is neither reviewer nor pool admin, 404 for an application not in the pool.
 */
export async function loadDecisionContext(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
): Promise<DecisionContext> {
  const row = await findDecisionContextRow(ctx.db.kysely, poolSlug, id);
  if (row === undefined) throw new NotFoundError('grants.error.poolNotFound');
  const pool = {
    id: row.pool_id,
    organisationId: row.pool_organisation_id,
    maxGrantOre: Number(row.max_grant_ore),
    decisionRule: row.decision_rule,
    chairUserId: row.chair_user_id,
  };
  const standing = await poolStanding(ctx, pool, user);
  assertCanSeeReview(standing);
  if (row.application_id === null || row.status === null || row.requested_ore === null) {
    throw new NotFoundError('grants.error.applicationNotFound');
  }
  const application = {
    id: row.application_id,
    status: row.status,
    requestedOre: Number(row.requested_ore),
    applicantId: row.applicant_id,
    organisationId: row.organisation_id,
  };
  const [conflict, chairConflict, votes] = await Promise.all([
    conflictOf(ctx, application, user.id),
    pool.chairUserId === null ? Promise.resolve(null) : conflictOf(ctx, application, pool.chairUserId),
    listVotes(ctx.db.kysely, [id]),
  ]);
  const rights = decisionRights(
    pool,
    application,
    standing,
    conflict,
    tallyOf(votes),
    chairConflict !== null,
  );
  return { pool, application, rights };
}
