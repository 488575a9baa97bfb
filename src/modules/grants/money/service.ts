import { amountParam } from '#src/modules/grants/amounts.ts';
import { insertEvent, updateApplicationFrom } from '#src/modules/grants/applications/queries.ts';
import { type AmountInput, readAmountInput, readDate, readText } from '#src/modules/grants/input.ts';
import { PAYMENT_REFERENCE_MAX } from '#src/modules/grants/limits.ts';
import { paidToApplicant, returnedToApplicant } from '#src/modules/grants/mails.ts';
import type { Application, Pool } from '#src/modules/grants/model.ts';
import { loadApplication, mailApplicant, mailReviewers } from '#src/modules/grants/notifications.ts';
import { assertPoolAdmin, poolStanding } from '#src/modules/grants/policy.ts';
import { getPool } from '#src/modules/grants/pools/service.ts';
import {
  commitToPool,
  type Db,
  findPoolById,
  insertLedgerEntry,
  ledgerSums,
  listLedgerEntries,
  payFromPool,
  releaseFromPool,
  returnToPool,
} from '#src/modules/grants/queries.ts';
import { scheduleReminderSweep } from '#src/modules/grants/reports/service.ts';
import { paidToReviewer, returnedToReviewer } from '#src/modules/grants/reviewer-mails.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import {
  ConflictError,
  type FieldErrors,
  NotFoundError,
  throwIfInvalid,
  ValidationError,
} from '#src/platform/errors.ts';

/**
 * The money of a pool: a ledger of movements (commit, release, pay, return) and the pool's
 * running totals, changed together in one transaction. Per application:
 * committed = commit − release, paid = pay − return. A return also releases the same amount,
 * so money paid back can be granted again.
 */

export interface MoneyOfApplication {
  committedOre: number;
  paidOre: number;
  /** What may still be paid out: committed less paid. */
  payableOre: number;
}

export async function moneyOf(db: Db, poolId: number, applicationId: number): Promise<MoneyOfApplication> {
  const sums = await ledgerSums(db, poolId, applicationId);
  const committedOre = sums.commit - sums.release;
  const paidOre = sums.pay - sums.return;
  return { committedOre, paidOre, payableOre: committedOre - paidOre };
}

/**
 * Commits a granted amount inside the approval's transaction. The conditional update on the
 * pool is the guarantee: when it changes no row the budget is spent, and the whole approval is
 * rolled back with a 409 (`overBudget` names what is left once the transaction is over).
 */
export async function commitGrant(
  db: Db,
  pool: Pick<Pool, 'id'>,
  applicationId: number,
  amountOre: number,
  actorId: number,
  now: number,
): Promise<void> {
  // Nothing more is read here: after a refused statement PostgreSQL accepts no more in this transaction.
  if (!(await commitToPool(db, pool.id, amountOre)))
    // The amount left cannot be read here; the caller replaces this with `overBudget`, which names it.
    throw new ConflictError('over_budget', 'grants.decide.overBudgetInTransaction');
  await insertLedgerEntry(db, {
    poolId: pool.id,
    applicationId,
    kind: 'commit',
    amountOre,
    bookedOn: null,
    reference: '',
    createdBy: actorId,
    createdAt: now,
  });
}

/** Gives an application's whole live commitment back to the pool (e.g. withdrawn after approval). */
export async function releaseCommitment(db: Db, application: Application, actorId: number, now: number) {
  const money = await moneyOf(db, application.poolId, application.id);
  const amountOre = money.committedOre - money.paidOre;
  if (amountOre <= 0) return;
  if (!(await releaseFromPool(db, application.poolId, amountOre))) {
    throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
  }
  await insertLedgerEntry(db, {
    poolId: application.poolId,
    applicationId: application.id,
    kind: 'release',
    amountOre,
    bookedOn: null,
    reference: '',
    createdBy: actorId,
    createdAt: now,
  });
}

export interface PaymentInput {
  date?: unknown;
  /** Set by the HTML form (the request's local date): the date is then read as typed; the API sends ISO. */
  formToday?: string;
  amount: AmountInput;
  reference?: unknown;
}

function readPayment(input: PaymentInput) {
  const errors: FieldErrors = {};
  const bookedOn = readDate(errors, 'date', input.date, true, input.formToday);
  const amountOre = readAmountInput(errors, 'amount', input.amount, { positive: true, required: true });
  const reference = readText(errors, 'reference', input.reference, { max: PAYMENT_REFERENCE_MAX });
  throwIfInvalid(errors);
  return { bookedOn: bookedOn ?? '', amountOre: amountOre ?? 0, reference };
}

async function adminApplication(ctx: AppContext, user: CurrentUser, poolSlug: string, id: number) {
  const pool = await getPool(ctx, poolSlug);
  assertPoolAdmin(await poolStanding(ctx, pool, user));
  const { application } = await loadApplication(ctx.db.kysely, id);
  if (application.poolId !== pool.id) throw new NotFoundError('grants.error.applicationNotFound');
  return { pool, application };
}

/**
 * A pool admin records a payout: date, amount (at most granted less already paid) and reference.
 * The first payout moves the application to `paid`. Refused for an application that is not
 * approved (e.g. rejected), with nothing saved.
 */
export async function recordPayout(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
  input: PaymentInput,
): Promise<void> {
  const { pool, application } = await adminApplication(ctx, user, poolSlug, id);
  if (application.status !== 'approved' && application.status !== 'paid') {
    throw new ConflictError('not_payable', 'grants.pay.notApproved');
  }
  const payment = readPayment(input);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // First statement: locks the application (and on SQLite the database) so payouts queue up.
    const locked = await updateApplicationFrom(trx, id, ['approved', 'paid'], {
      status: 'paid',
      updated_at: now,
    });
    if (!locked) throw new ConflictError('not_payable', 'grants.pay.notApproved');
    const money = await moneyOf(trx, pool.id, id);
    if (payment.amountOre > money.payableOre) {
      throw new ValidationError({
        amount: { key: 'grants.pay.aboveGranted', params: { payable: amountParam(money.payableOre) } },
      });
    }
    if (!(await payFromPool(trx, pool.id, payment.amountOre))) {
      throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
    }
    await insertLedgerEntry(trx, {
      poolId: pool.id,
      applicationId: id,
      kind: 'pay',
      amountOre: payment.amountOre,
      bookedOn: payment.bookedOn,
      reference: payment.reference,
      createdBy: user.id,
      createdAt: now,
    });
    if (application.status === 'approved') {
      await insertEvent(trx, {
        applicationId: id,
        from: 'approved',
        to: 'paid',
        actorId: user.id,
        note: payment.reference,
        at: now,
      });
    }
    const { application: fresh, applicant } = await loadApplication(trx, id);
    const baseUrl = ctx.config.baseUrl;
    await mailApplicant(trx, now, applicant, (to) => paidToApplicant(to, fresh, payment, baseUrl));
    await mailReviewers(trx, now, pool.id, (to) => paidToReviewer(to, fresh, payment, baseUrl), [
      user.id,
      fresh.applicantId,
    ]);
    await scheduleReminderSweep(trx, now);
  });
}

/** Money paid back by the applicant: it leaves what is paid and what is committed. */
export async function recordReturn(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  id: number,
  input: PaymentInput,
): Promise<void> {
  const { pool, application } = await adminApplication(ctx, user, poolSlug, id);
  if (application.status !== 'paid' && application.status !== 'reported') {
    throw new ConflictError('not_returnable', 'grants.return.notPaid');
  }
  const payment = readPayment(input);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const locked = await updateApplicationFrom(trx, id, ['paid', 'reported'], { updated_at: now });
    if (!locked) throw new ConflictError('not_returnable', 'grants.return.notPaid');
    const money = await moneyOf(trx, pool.id, id);
    if (payment.amountOre > money.paidOre) {
      throw new ValidationError({
        amount: { key: 'grants.return.abovePaid', params: { paid: amountParam(money.paidOre) } },
      });
    }
    if (!(await returnToPool(trx, pool.id, payment.amountOre))) {
      throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
    }
    for (const kind of ['return', 'release'] as const) {
      await insertLedgerEntry(trx, {
        poolId: pool.id,
        applicationId: id,
        kind,
        amountOre: payment.amountOre,
        bookedOn: payment.bookedOn,
        reference: payment.reference,
        createdBy: user.id,
        createdAt: now,
      });
    }
    const { application: fresh, applicant } = await loadApplication(trx, id);
    const baseUrl = ctx.config.baseUrl;
    await mailApplicant(trx, now, applicant, (to) => returnedToApplicant(to, fresh, payment, baseUrl));
    await mailReviewers(trx, now, pool.id, (to) => returnedToReviewer(to, fresh, payment, baseUrl), [
      user.id,
      fresh.applicantId,
    ]);
  });
}

/** The ledger lines of one application, for the pool admins. */
export async function ledgerOf(ctx: AppContext, applicationId: number) {
  const rows = await listLedgerEntries(ctx.db.kysely, applicationId);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    amountOre: Number(row.amount_ore),
    bookedOn: row.booked_on,
    reference: row.reference,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
  }));
}

/** The 409 for an approval beyond the budget, naming what is left now. */
export async function overBudget(ctx: AppContext, poolId: number): Promise<ConflictError> {
  const pool = await findPoolById(ctx.db.kysely, poolId);
  const remaining = pool === undefined ? 0 : Number(pool.budget_ore) - Number(pool.committed_ore);
  return new ConflictError('over_budget', {
    key: 'grants.decide.overBudget',
    params: { remaining: amountParam(remaining) },
  });
}
