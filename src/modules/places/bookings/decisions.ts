import type { Kysely } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { newDoorCode } from '#src/modules/places/bookings/door-codes.ts';
import { REASON_MAX } from '#src/modules/places/bookings/limits.ts';
import { rejectedMail } from '#src/modules/places/bookings/mails.ts';
import { LIVE, mayCancel } from '#src/modules/places/bookings/model.ts';
import {
  bookerOf,
  queueApprovalMails,
  queueCancellationMails,
} from '#src/modules/places/bookings/notifications.ts';
import {
  type BookingDetailsRow,
  changeStatus,
  findBookingDetails,
  listManagedPlaceIds,
} from '#src/modules/places/bookings/queries.ts';
import { isPlaceManager } from '#src/modules/places/policy.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import {
  ConflictError,
  type FieldErrors,
  ForbiddenError,
  NotFoundError,
  throwIfInvalid,
  ValidationError,
} from '#src/platform/errors.ts';
import { readText } from '#src/platform/form-input.ts';
import { queueMail } from '#src/platform/mail.ts';

/** The places and owner organisations whose bookings this person decides on. */
export async function managedScope(
  ctx: AppContext,
  userId: number,
): Promise<{ placeIds: number[]; organisationIds: number[] }> {
  const [placeIds, memberships] = await Promise.all([
    listManagedPlaceIds(ctx.db.kysely, userId),
    membershipsOfUser(ctx, userId),
  ]);
  return {
    placeIds,
    organisationIds: memberships.filter((m) => m.role === 'admin').map((m) => m.organisationId),
  };
}

export async function loadBooking(db: Kysely<Database>, id: number): Promise<BookingDetailsRow> {
  const row = await findBookingDetails(db, id);
  if (row === undefined) throw new NotFoundError('bookings.error.notFound');
  return row;
}

export function readReason(raw: string | undefined, required: boolean): string {
  const errors: FieldErrors = {};
  const reason = readText(errors, 'reason', raw, {
    max: REASON_MAX,
    multiline: true,
    required: required ? 'bookings.validation.reasonRequired' : undefined,
  });
  throwIfInvalid(errors);
  return reason;
}

function notDecidable(): ConflictError {
  return new ConflictError('booking_not_requested', 'bookings.error.notRequested');
}

async function assertManager(ctx: AppContext, row: BookingDetailsRow, user: CurrentUser): Promise<void> {
  if (!(await isPlaceManager(ctx, row.place_id, user.id)))
    throw new ForbiddenError('bookings.error.managersOnly');
}

type Decision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/** Applies one decision inside a transaction; false when the booking was no longer a live request. */
async function decide(
  trx: Kysely<Database>,
  ctx: AppContext,
  row: BookingDetailsRow,
  decision: Decision,
  user: CurrentUser,
  now: number,
): Promise<boolean> {
  if (row.status !== 'requested' || row.starts_at <= now) return false;
  const common = { decided_by: user.id, decided_at: now };
  if (decision.kind === 'reject') {
    const changed = await changeStatus(trx, row.id, ['requested'], {
      status: 'rejected',
      decision_reason: decision.reason,
      ...common,
    });
    const booker = bookerOf(row);
    if (changed && booker !== null)
      await queueMail(trx, now, rejectedMail(booker, row, decision.reason, ctx.config.baseUrl));
    return changed;
  }
  const doorCode = row.key_handover === 'door_code' ? newDoorCode() : null;
  const changed = await changeStatus(trx, row.id, ['requested'], {
    status: 'approved',
    door_code: doorCode,
    ...common,
  });
  if (changed) {
    const fresh = await loadBooking(trx, row.id);
    await queueApprovalMails(trx, ctx, [fresh], now);
  }
  return changed;
}

/** A manager approves a request: door code issued where the place uses one, booker told with an .ics. */
export async function approveBooking(ctx: AppContext, user: CurrentUser, bookingId: number): Promise<void> {
  const row = await loadBooking(ctx.db.kysely, bookingId);
  await assertManager(ctx, row, user);
  const now = ctx.clock.now();
  const done = await ctx.db.kysely
    .transaction()
    .execute((trx) => decide(trx, ctx, row, { kind: 'approve' }, user, now));
  if (!done) throw notDecidable();
}

/** A manager rejects a request; the reason is required and sent to the booker. */
export async function rejectBooking(
  ctx: AppContext,
  user: CurrentUser,
  bookingId: number,
  rawReason: string | undefined,
): Promise<void> {
  const row = await loadBooking(ctx.db.kysely, bookingId);
  await assertManager(ctx, row, user);
  const reason = readReason(rawReason, true);
  const now = ctx.clock.now();
  const done = await ctx.db.kysely
    .transaction()
    .execute((trx) => decide(trx, ctx, row, { kind: 'reject', reason }, user, now));
  if (!done) throw notDecidable();
}

/**
 * Decides many requests at once from the queue, in one transaction. Requests this person does
 * not manage are refused as a whole; ones decided meanwhile are skipped and counted.
 */
export async function decideMany(
  ctx: AppContext,
  user: CurrentUser,
  bookingIds: readonly number[],
  decision: 'approve' | 'reject',
  rawReason: string | undefined,
): Promise<{ decided: number; skipped: number }> {
  if (bookingIds.length === 0)
    throw new ValidationError({ ids: { key: 'bookings.validation.chooseRequests' } });
  const reason = decision === 'reject' ? readReason(rawReason, true) : '';
  const scope = await managedScope(ctx, user.id);
  const rows = await Promise.all(bookingIds.map((id) => loadBooking(ctx.db.kysely, id)));
  for (const row of rows) {
    if (
      !scope.placeIds.includes(row.place_id) &&
      !scope.organisationIds.includes(row.place_organisation_id)
    ) {
      throw new ForbiddenError('bookings.error.managersOnly');
    }
  }
  const now = ctx.clock.now();
  const choice: Decision = decision === 'approve' ? { kind: 'approve' } : { kind: 'reject', reason };
  const decided = await ctx.db.kysely.transaction().execute(async (trx) => {
    let count = 0;
    for (const row of rows) if (await decide(trx, ctx, row, choice, user, now)) count += 1;
    return count;
  });
  return { decided, skipped: rows.length - decided };
}

/**
 * Cancels a live booking: the booker until the place's cancellation deadline, a manager at any
 * time before the end. The other party is told.
 */
export async function cancelBooking(
  ctx: AppContext,
  user: CurrentUser,
  bookingId: number,
  rawReason?: string,
): Promise<void> {
  const row = await loadBooking(ctx.db.kysely, bookingId);
  const isManager = await isPlaceManager(ctx, row.place_id, user.id);
  const isBooker = row.booker_id === user.id;
  if (!isManager && !isBooker) throw new ForbiddenError('bookings.error.notYours');
  const now = ctx.clock.now();
  if (!LIVE.includes(row.status) || now >= row.ends_at) {
    throw new ConflictError('booking_not_live', 'bookings.error.notLive');
  }
  if (!mayCancel(row, { userId: user.id, isManager }, now)) {
    throw new ConflictError('cancellation_deadline_passed', {
      key: 'bookings.error.deadlinePassed',
      params: { hours: row.cancellation_deadline_hours },
    });
  }
  const reason = readReason(rawReason, false);
  const byManager = isManager && !isBooker;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const changed = await changeStatus(trx, row.id, LIVE, {
      status: 'cancelled',
      cancelled_at: now,
      cancelled_by: user.id,
      decision_reason: reason === '' ? row.decision_reason : reason,
    });
    if (!changed) throw new ConflictError('booking_not_live', 'bookings.error.notLive');
    await queueCancellationMails(trx, ctx, row, byManager, now);
  });
}
