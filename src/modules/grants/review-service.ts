import { amountParam } from '#src/modules/grants/amounts.ts';
import {
  insertEvent,
  listApplicationRowsOfPool,
  listBudgetLines,
  listEvents,
  updateApplicationFrom,
} from '#src/modules/grants/application-queries.ts';
import { type AmountInput, readAmountInput, readText } from '#src/modules/grants/input.ts';
import { approvedToApplicant, needsInfoToApplicant, rejectedToApplicant } from '#src/modules/grants/mails.ts';
import { type Application, daysWaiting, type Pool, toApplication } from '#src/modules/grants/model.ts';
import {
  commitGrant,
  ledgerOf,
  type MoneyOfApplication,
  moneyOf,
  overBudget,
} from '#src/modules/grants/money-service.ts';
import { loadApplication, mailApplicant } from '#src/modules/grants/notifications.ts';
import {
  assertCanSeeReview,
  assertOutcomeAllowed,
  type Conflict,
  conflictMessage,
  conflictOf,
  DECIDABLE,
  type DecisionRights,
  decisionRights,
  type PoolStanding,
  poolStanding,
  type Tally,
  tallyOf,
} from '#src/modules/grants/policy.ts';
import { getPool } from '#src/modules/grants/pools-service.ts';
import { insertComment, listComments, listVotes, upsertVote } from '#src/modules/grants/review-queries.ts';
import type { ApplicationStatus, Vote } from '#src/modules/grants/tables.ts';
import { VOTES } from '#src/modules/grants/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import {
  ConflictError,
  type FieldErrors,
  ForbiddenError,
  NotFoundError,
  throwIfInvalid,
  ValidationError,
} from '#src/platform/errors.ts';

const OPEN: readonly ApplicationStatus[] = ['submitted', 'needs_info'];
const DECIDED: readonly ApplicationStatus[] = ['approved', 'paid', 'reported', 'rejected', 'withdrawn'];

export interface QueueItem {
  application: Application;
  daysWaiting: number;
  tally: Tally;
  myVote: Vote | null;
}

export interface ReviewQueue {
  pool: Pool;
  standing: PoolStanding;
  waiting: QueueItem[];
  decided: QueueItem[];
}

async function reviewerPool(ctx: AppContext, user: CurrentUser, poolSlug: string) {
  const pool = await getPool(ctx, poolSlug);
  const standing = await poolStanding(ctx, pool, user);
  assertCanSeeReview(standing);
  return { pool, standing };
}

/** The reviewers' queue: open applications, the longest waiting first, and the decided ones below. */
export async function reviewQueue(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
): Promise<ReviewQueue> {
  const { pool, standing } = await reviewerPool(ctx, user, poolSlug);
  const rows = await listApplicationRowsOfPool(ctx.db.kysely, pool.id, [...OPEN, ...DECIDED]);
  const ids = rows.map((row) => row.id);
  const [lines, votes] = await Promise.all([
    listBudgetLines(ctx.db.kysely, ids),
    listVotes(ctx.db.kysely, ids),
  ]);
  const now = ctx.clock.now();
  const items = rows.map((row) => {
    const own = votes.filter((vote) => vote.application_id === row.id);
    const application = toApplication(
      row,
      lines
        .filter((line) => line.application_id === row.id)
        .map((line) => ({ description: line.description, amountOre: Number(line.amount_ore) })),
    );
    return {
      application,
      daysWaiting: daysWaiting(row.submitted_at, application.decidedAt ?? now),
      tally: tallyOf(own),
      myVote: own.find((vote) => vote.reviewer_id === user.id)?.vote ?? null,
    };
  });
  return {
    pool,
    standing,
    waiting: items.filter((item) => OPEN.includes(item.application.status)),
    decided: items.filter((item) => DECIDED.includes(item.application.status)).reverse(),
  };
}

export interface ReviewModel {
  pool: Pool;
  application: Application;
  standing: PoolStanding;
  conflict: Conflict;
  votes: Array<{ reviewerId: number; name: string | null; vote: Vote; at: number }>;
  tally: Tally;
  myVote: Vote | null;
  comments: Array<{ id: number; body: string; at: number; authorName: string | null }>;
  events: Awaited<ReturnType<typeof listEvents>>;
  rights: DecisionRights;
  money: MoneyOfApplication;
  ledger: Awaited<ReturnType<typeof ledgerOf>>;
  daysWaiting: number;
}

/** Everything the reviewers' page of one application shows; ForbiddenError for anyone else. */
export async function reviewApplication(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
): Promise<ReviewModel> {
  const { pool, standing } = await reviewerPool(ctx, user, poolSlug);
  const { application } = await loadApplication(ctx.db.kysely, id);
  if (application.poolId !== pool.id || application.status === 'draft') {
    throw new NotFoundError('grants.error.applicationNotFound');
  }
  const db = ctx.db.kysely;
  const [conflict, chairConflict, voteRows, commentRows, events, money, ledger] = await Promise.all([
    conflictOf(ctx, application, user.id),
    pool.chairUserId === null ? Promise.resolve(null) : conflictOf(ctx, application, pool.chairUserId),
    listVotes(db, [id]),
    listComments(db, id),
    listEvents(db, id),
    moneyOf(db, pool.id, id),
    ledgerOf(ctx, id),
  ]);
  const tally = tallyOf(voteRows);
  return {
    pool,
    application,
    standing,
    conflict,
    votes: voteRows.map((vote) => ({
      reviewerId: vote.reviewer_id,
      name: vote.reviewer_name,
      vote: vote.vote,
      at: vote.updated_at,
    })),
    tally,
    myVote: voteRows.find((vote) => vote.reviewer_id === user.id)?.vote ?? null,
    comments: commentRows.map((row) => ({
      id: row.id,
      body: row.body,
      at: row.created_at,
      authorName: row.author_name,
    })),
    events,
    rights: decisionRights(pool, application, standing, conflict, tally, chairConflict !== null),
    money,
    ledger,
    daysWaiting: daysWaiting(application.submittedAt, application.decidedAt ?? ctx.clock.now()),
  };
}

/**
 * A reviewer votes approve, reject or abstain; voting again changes the vote until the
 * application is decided. Refused for an application from the reviewer's own organisation
 * (or their own application).
 */
export async function castVote(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
  vote: unknown,
): Promise<void> {
  const model = await reviewApplication(ctx, user, poolSlug, id);
  if (!model.standing.isReviewer) throw new ForbiddenError('grants.error.reviewersOnly');
  if (model.conflict !== null)
    throw new ForbiddenError(conflictMessage(model.conflict), 'conflict_of_interest');
  const chosen = VOTES.find((candidate) => candidate === vote);
  if (chosen === undefined) throw new ValidationError({ vote: { key: 'grants.review.voteRequired' } });
  if (!OPEN.includes(model.application.status))
    throw new ConflictError('application_not_open', 'grants.decide.notOpen');
  await upsertVote(ctx.db.kysely, {
    applicationId: id,
    reviewerId: user.id,
    vote: chosen,
    at: ctx.clock.now(),
  });
}

/** An internal comment among reviewers and pool admins; never shown to the applicant. */
export async function addComment(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
  body: unknown,
): Promise<void> {
  await reviewApplication(ctx, user, poolSlug, id);
  const errors: FieldErrors = {};
  const text = readText(errors, 'comment', body, { max: 3000, required: 'grants.review.commentRequired' });
  throwIfInvalid(errors);
  await insertComment(ctx.db.kysely, {
    applicationId: id,
    authorId: user.id,
    body: text,
    at: ctx.clock.now(),
  });
}

export type Outcome = 'approve' | 'reject' | 'needs_info';
export const OUTCOMES: readonly Outcome[] = ['approve', 'reject', 'needs_info'];

export interface DecisionInput {
  outcome?: unknown;
  amount: AmountInput;
  /** Reason for a rejection (required), the question for more information (required), a note on approval. */
  reason?: unknown;
}

function readDecision(application: Application, pool: Pool, input: DecisionInput) {
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
    max: 3000,
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
  const model = await reviewApplication(ctx, user, poolSlug, id);
  const { pool, application } = model;
  const decision = readDecision(application, pool, input);
  assertOutcomeAllowed(model.rights, decision.outcome);
  const now = ctx.clock.now();
  const baseUrl = ctx.config.baseUrl;
  try {
    await recordDecision(ctx, user, model, decision, now, baseUrl);
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'over_budget') throw await overBudget(ctx, pool.id);
    throw error;
  }
  return decision.outcome;
}

async function recordDecision(
  ctx: AppContext,
  user: CurrentUser,
  model: ReviewModel,
  decision: ReturnType<typeof readDecision>,
  now: number,
  baseUrl: string,
): Promise<void> {
  const { pool, application } = model;
  const id = application.id;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const from = application.status;
    const to: ApplicationStatus =
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
  });
}
