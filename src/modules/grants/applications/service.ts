import {
  type ApplicationFields,
  type ApplicationInput,
  checkSubmission,
  readApplication,
} from '#src/modules/grants/applications/input.ts';
import {
  deleteDraftRow,
  insertApplication,
  insertEvent,
  listApplicationRowsOfApplicant,
  listBudgetLines,
  listEvents,
  replaceBudgetLines,
  updateApplicationFrom,
} from '#src/modules/grants/applications/queries.ts';
import { receiptToApplicant, withdrawnToApplicant } from '#src/modules/grants/mails.ts';
import { type Application, toApplication } from '#src/modules/grants/model.ts';
import { releaseCommitment } from '#src/modules/grants/money/service.ts';
import { loadApplication, mailApplicant, mailReviewers } from '#src/modules/grants/notifications.ts';
import { assertApplicant } from '#src/modules/grants/policy.ts';
import { getPool, getPoolById } from '#src/modules/grants/pools/service.ts';
import { replaceSponsorships } from '#src/modules/grants/pools/sponsorship-queries.ts';
import { sponsorOfferIdsOf } from '#src/modules/grants/pools/sponsorships-service.ts';
import type { Db } from '#src/modules/grants/queries.ts';
import { submittedToReviewer, withdrawnToReviewer } from '#src/modules/grants/reviewer-mails.ts';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { DAY } from '#src/platform/time.ts';

const NEW_APPLICATIONS_PER_DAY = 20;
/** The applicant may change these (a draft, or when the reviewers asked for more information). */
export const EDITABLE: readonly ApplicationStatus[] = ['draft', 'needs_info'];
/** The applicant may withdraw until the money is paid out. */
export const WITHDRAWABLE: readonly ApplicationStatus[] = ['submitted', 'needs_info', 'approved'];

function columnsOf(fields: ApplicationFields, now: number) {
  return {
    title: fields.title,
    idea: fields.idea,
    // A draft may leave the category for later; the column needs one, and submitting checks it.
    category: fields.category ?? 'other',
    place_id: fields.placeId,
    area_id: fields.areaId,
    lat: fields.lat,
    lon: fields.lon,
    where_text: fields.whereText,
    starts_on: fields.startsOn,
    ends_on: fields.endsOn,
    requested_ore: fields.requestedOre ?? 0,
    cofunding_ore: fields.cofundingOre,
    sponsor_note: fields.sponsorNote,
    organisation_id: fields.organisationId,
    updated_at: now,
  } as const;
}

async function announceSubmission(
  ctx: AppContext,
  db: Db,
  id: number,
  resubmitted: boolean,
  now: number,
): Promise<void> {
  const { application, applicant } = await loadApplication(db, id);
  const baseUrl = ctx.config.baseUrl;
  await mailApplicant(db, now, applicant, (to) => receiptToApplicant(to, application, resubmitted, baseUrl));
  await mailReviewers(
    db,
    now,
    application.poolId,
    (to) => submittedToReviewer(to, application, resubmitted, baseUrl),
    [application.applicantId],
  );
}

/**
 * Starts an application to a pool: kept as a draft ("Gem kladde"), or submitted at once
 * ("Indsend") after the eligibility checks. Returns the new application's id.
 */
export async function startApplication(
  ctx: AppContext,
  user: CurrentUser,
  poolSlug: string,
  input: ApplicationInput,
  submit: boolean,
): Promise<number> {
  const pool = await getPool(ctx, poolSlug);
  const errors: FieldErrors = {};
  const fields = await readApplication(ctx, user, input, errors);
  const now = ctx.clock.now();
  if (submit) checkSubmission(pool, fields, now, errors);
  throwIfInvalid(errors);
  await consumeRateLimit(ctx, {
    key: `grants:apply:${user.id}`,
    limit: NEW_APPLICATIONS_PER_DAY,
    windowMs: DAY,
  });
  const status: ApplicationStatus = submit ? 'submitted' : 'draft';
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const id = await insertApplication(trx, {
      ...columnsOf(fields, now),
      pool_id: pool.id,
      applicant_id: user.id,
      status,
      terms_accepted_at: submit ? now : null,
      submitted_at: submit ? now : null,
      created_at: now,
    });
    await replaceBudgetLines(trx, id, fields.budgetLines);
    await replaceSponsorships(trx, id, fields.sponsorOfferIds);
    await insertEvent(trx, {
      applicationId: id,
      from: null,
      to: status,
      actorId: user.id,
      note: '',
      at: now,
    });
    if (submit) await announceSubmission(ctx, trx, id, false, now);
    return id;
  });
}

/** The applicant's own application; ForbiddenError for anyone else. */
export async function getOwnApplication(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
): Promise<Application> {
  const { application } = await loadApplication(ctx.db.kysely, id);
  assertApplicant(application, user);
  return application;
}

/**
 * Saves changes to a draft, or to an application the reviewers sent back for more information;
 * with `submit`, (re)submits it after the eligibility checks. A resubmission keeps the first
 * submission time: the decision clock runs from there, and the events note each turn.
 */
export async function updateApplication(
  ctx: AppContext,
  user: CurrentUser,
  id: number,
  input: ApplicationInput,
  submit: boolean,
): Promise<void> {
  const current = await getOwnApplication(ctx, user, id);
  if (!EDITABLE.includes(current.status)) {
    throw new ConflictError('application_not_editable', 'grants.error.notEditable');
  }
  const pool = await getPoolById(ctx, current.poolId);
  const errors: FieldErrors = {};
  const linked = await sponsorOfferIdsOf(ctx, id);
  const fields = await readApplication(ctx, user, input, errors, linked);
  const now = ctx.clock.now();
  if (submit) checkSubmission(pool, fields, now, errors);
  throwIfInvalid(errors);
  const to: ApplicationStatus = submit ? 'submitted' : current.status;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const saved = await updateApplicationFrom(trx, id, [current.status], {
      ...columnsOf(fields, now),
      status: to,
      ...(submit ? { terms_accepted_at: now, submitted_at: current.submittedAt ?? now } : {}),
    });
    if (!saved) throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
    await replaceBudgetLines(trx, id, fields.budgetLines);
    await replaceSponsorships(trx, id, fields.sponsorOfferIds);
    if (!submit) return;
    const resubmitted = current.status === 'needs_info';
    await insertEvent(trx, {
      applicationId: id,
      from: current.status,
      to,
      actorId: user.id,
      note: '',
      at: now,
    });
    await announceSubmission(ctx, trx, id, resubmitted, now);
  });
}

/**
 * The applicant withdraws before the payout. An approved application's commitment goes back
 * to the pool (a `release` in the ledger), in the same transaction.
 */
export async function withdrawApplication(ctx: AppContext, user: CurrentUser, id: number): Promise<void> {
  const current = await getOwnApplication(ctx, user, id);
  if (!WITHDRAWABLE.includes(current.status)) {
    throw new ConflictError('application_not_withdrawable', 'grants.error.notWithdrawable');
  }
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const changed = await updateApplicationFrom(trx, id, [current.status], {
      status: 'withdrawn',
      updated_at: now,
    });
    if (!changed) throw new ConflictError('application_changed', 'grants.error.changedMeanwhile');
    if (current.status === 'approved') await releaseCommitment(trx, current, user.id, now);
    await insertEvent(trx, {
      applicationId: id,
      from: current.status,
      to: 'withdrawn',
      actorId: user.id,
      note: '',
      at: now,
    });
    const { application, applicant } = await loadApplication(trx, id);
    const baseUrl = ctx.config.baseUrl;
    await mailApplicant(trx, now, applicant, (to) =>
      withdrawnToApplicant(to, application, current.status === 'approved', baseUrl),
    );
    await mailReviewers(trx, now, current.poolId, (to) => withdrawnToReviewer(to, application, baseUrl), [
      user.id,
    ]);
  });
}

/** Deletes a draft that was never submitted (nothing of it is kept). */
export async function deleteDraft(ctx: AppContext, user: CurrentUser, id: number): Promise<void> {
  const current = await getOwnApplication(ctx, user, id);
  if (current.status !== 'draft') throw new ConflictError('application_not_draft', 'grants.error.notDraft');
  await deleteDraftRow(ctx.db.kysely, id);
}

/** This person's applications, the most recently changed first. */
export async function myApplications(ctx: AppContext, user: CurrentUser): Promise<Application[]> {
  const rows = await listApplicationRowsOfApplicant(ctx.db.kysely, user.id);
  const lines = await listBudgetLines(
    ctx.db.kysely,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toApplication(
      row,
      lines
        .filter((line) => line.application_id === row.id)
        .map((line) => ({ description: line.description, amountOre: Number(line.amount_ore) })),
    ),
  );
}

/** The latest question the reviewers asked (shown to the applicant while it waits for an answer). */
export async function latestQuestion(ctx: AppContext, id: number): Promise<string | null> {
  const events = await listEvents(ctx.db.kysely, id);
  const asked = events.filter((event) => event.to_status === 'needs_info').at(-1);
  return asked === undefined ? null : asked.note;
}

export async function applicationHistory(ctx: AppContext, id: number) {
  return listEvents(ctx.db.kysely, id);
}
