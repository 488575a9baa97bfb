import {
  listApplicationRowsOfPool,
  listBudgetLines,
  listEvents,
} from '#src/modules/grants/applications/queries.ts';
import { readText } from '#src/modules/grants/input.ts';
import { COMMENT_MAX } from '#src/modules/grants/limits.ts';
import { type Application, daysWaiting, type Pool, toApplication } from '#src/modules/grants/model.ts';
import { ledgerOf, type MoneyOfApplication, moneyOf } from '#src/modules/grants/money/service.ts';
import { loadApplication } from '#src/modules/grants/notifications.ts';
import {
  assertCanSeeReview,
  type Conflict,
  conflictMessage,
  conflictOf,
  type DecisionRights,
  decisionRights,
  type PoolStanding,
  poolStanding,
  type Tally,
  tallyOf,
} from '#src/modules/grants/policy.ts';
import { getPool } from '#src/modules/grants/pools/service.ts';
import { insertComment, listComments, listVotes, upsertVote } from '#src/modules/grants/review/queries.ts';
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
  const text = readText(errors, 'comment', body, {
    max: COMMENT_MAX,
    required: 'grants.review.commentRequired',
  });
  throwIfInvalid(errors);
  await insertComment(ctx.db.kysely, {
    applicationId: id,
    authorId: user.id,
    body: text,
    at: ctx.clock.now(),
  });
}
