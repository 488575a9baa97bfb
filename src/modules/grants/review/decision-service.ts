import { amountParam } from '#src/modules/grants/amounts.ts';
import { insertEvent, updateApplicationFrom } from '#src/modules/grants/applications/queries.ts';
import { type AmountInput, readAmountInput, readText } from '#src/modules/grants/input.ts';
import { DECISION_REASON_MAX } from '#src/modules/grants/limits.ts';
import { approvedToApplicant, needsInfoToApplicant, rejectedToApplicant } from '#src/modules/grants/mails.ts';
import { commitGrant, overBudget } from '#src/modules/grants/money/service.ts';
import { loadApplication, mailApplicant, mailReviewers } from '#src/modules/grants/notifications.ts';
import { assertOutcomeAllowed, DECIDABLE } from '#src/modules/grants/policy.ts';
import { type DecisionContext, loadDecisionContext } from '#src/modules/grants/review/decision-context.ts';
import { type DecidedOutcome, decidedToReviewer } from '#src/modules/grants/reviewer-mails.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';

/** Decisions on applications, by the pool's rule (see `decisionRights` in policy.ts). */

export type Outcome = 'approve' | 'reject' | 'needs_info';
export const OUTCOMES: readonly Outcome[] = ['approve', 'reject', 'needs_info'];

export interface DecisionInput {
  outcome?: unknown;
  amount: AmountInput;
  /** Reason for a rejection (required), the question for more information (required), a note on approval. */
  reason?: unknown;
}

function readDecision({ application, pool }: DecisionContext, input: DecisionInput) {
  const errors: FieldErrors = {};
  const outcome = OUTCOMES.find((candidate) => candidate === input.outcome);
  if (outcome === undefined) throw new ValidationError({ outcome: { key: 'grants.decide.outcomeRequired' } });
  const required =
    outcome === 'reject'
      ? 'grants.decide.reasonRequired'
      : outcome === 'needs_info'
        ? 'grants.decide.messageRequired'
        : undefined;
  const reason = readText(errors, 'reason', input.reason, {
    max: DECISION_REASON_MAX,
    ...(required === undefined ? {} : { required }),
  });
  let grantedOre = 0;
  if (outcome === 'approve') {
    const amount = readAmountInput(errors, 'amount', input.amount, { positive: true });
    grantedOre = amount ?? application.requestedOre;
    if (errors.amount === undefined && grantedOre > application.requestedOre) {
      errors.amount = {
        key: 'grants.decide.aboveRequested',
        params: { requested: amountParam(application.requestedOre) },
      };
    } else if (errors.amount === undefined && grantedOre > pool.maxGrantOre) {
      errors.amount = { key: 'grants.eligibility.aboveMax', params: { max: amountParam(pool.maxGrantOre) } };
    }
  }
  throwIfInvalid(errors);
  return { outcome, reason, grantedOre };
}

/**
 * Records the decision by the pool's rule: approved (the full or a smaller amount, committed in
 * the same transaction, never beyond the budget), rejected (reason required and mailed), or
 * more information needed (the question is mailed; the application goes back to the applicant).
 */
export async function decideApplication(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
  input: DecisionInput,
): Promise<Outcome> {
  const context = await loadDecisionContext(ctx, user, poolSlug, id);
  const decision = readDecision(context, input);
  assertOutcomeAllowed(context.rights, decision.outcome);
  const now = ctx.clock.now();
  const baseUrl = ctx.config.baseUrl;
  try {
    await recordDecision(ctx, user, context, decision, now, baseUrl);
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'over_budget')
      throw await overBudget(ctx, context.pool.id);
    throw error;
  }
  return decision.outcome;
}

async function recordDecision(
  ctx: AppContext,
  user: CurrentUser,
  context: DecisionContext,
  decision: ReturnType<typeof readDecision>,
  now: number,
  baseUrl: string,
): Promise<void> {
  const { pool, application } = context;
  const id = application.id;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const from = application.status;
    const to: DecidedOutcome =
      decision.outcome === 'approve' ? 'approved' : decision.outcome === 'reject' ? 'rejected' : 'needs_info';
    const values =
      to === 'approved'
        ? {
            granted_ore: decision.grantedOre,
            decision_reason: decision.reason === '' ? null : decision.reason,
          }
        : to === 'rejected'
          ? { decision_reason: decision.reason }
          : {};
    const decided = to === 'needs_info' ? {} : { decided_at: now, decided_by: user.id };
    const changed = await updateApplicationFrom(trx, id, to === 'needs_info' ? ['submitted'] : DECIDABLE, {
      status: to,
      updated_at: now,
      ...values,
      ...decided,
    });
    if (!changed) throw new ConflictError('application_not_open', 'grants.decide.notOpen');
    if (to === 'approved') await commitGrant(trx, pool, id, decision.grantedOre, user.id, now);
    await insertEvent(trx, { applicationId: id, from, to, actorId: user.id, note: decision.reason, at: now });
    const { application: fresh, applicant } = await loadApplication(trx, id);
    await mailApplicant(trx, now, applicant, (recipient) =>
      to === 'approved'
        ? approvedToApplicant(recipient, fresh, decision.grantedOre, decision.reason, baseUrl)
        : to === 'rejected'
          ? rejectedToApplicant(recipient, fresh, decision.reason, baseUrl)
          : needsInfoToApplicant(recipient, fresh, decision.reason, baseUrl),
    );
    // The other reviewers learn that the case is closed (or waits for the applicant), so no one votes in vain.
    const told = {
      outcome: to,
      deciderName: user.name,
      grantedOre: decision.grantedOre,
      reason: decision.reason,
    };
    await mailReviewers(
      trx,
      now,
      pool.id,
      (recipient) => decidedToReviewer(recipient, fresh, told, baseUrl),
      [user.id, fresh.applicantId],
    );
  });
}
