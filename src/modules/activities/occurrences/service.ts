import type { Transaction } from 'kysely';
import { lockRowForUpdate } from '#src/db/locks.ts';
import type { Database } from '#src/db/schema.ts';
import { readCancelReason } from '#src/modules/activities/cancel-reason.ts';
import { changesOf } from '#src/modules/activities/model.ts';
import {
  notifyTimeChange,
  queueOccurrenceCancelledMails,
} from '#src/modules/activities/participation/notify.ts';
import { assertCanManage } from '#src/modules/activities/policy.ts';
import {
  linkBookings,
  listChanges,
  listHeldBookingIds,
  saveChange,
} from '#src/modules/activities/queries.ts';
import { findOccurrence, type LoadedActivity, loadActivity } from '#src/modules/activities/reading.ts';
import {
  bookPlaceInTransaction,
  clashOfRefusedPlan,
  placeTakesBookings,
  planActivityBooking,
  releaseActivityBookings,
} from '#src/modules/places/bookings/activity-bookings-service.ts';
import { BookingRefusedError } from '#src/modules/places/bookings/service.ts';
import { getPlaceRules } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { readDateField, readTimeField, wallClockError } from '#src/platform/dates/parse.ts';
import { ConflictError, type FieldErrors, NotFoundError, ValidationError } from '#src/platform/errors.ts';
import { checkedValues } from '#src/platform/form-input.ts';
import { instantAt, localParts } from '#src/platform/local-time.ts';

/**
 * One occurrence of a series changed (moved: RECURRENCE-ID in the feeds) or cancelled (EXDATE).
 * Those who joined that occurrence are told by e-mail.
 */
async function managedOccurrence(ctx: AppContext, user: CurrentUser, activityId: number, key: number) {
  const loaded = await loadActivity(ctx, activityId);
  await assertCanManage(ctx, loaded.activity, user);
  if (loaded.activity.rrule === null) throw new NotFoundError('activities.error.noSuchOccurrence');
  const occurrence = findOccurrence(loaded, key);
  if (occurrence === null) throw new NotFoundError('activities.error.noSuchOccurrence');
  if (occurrence.cancelled) throw new ConflictError('occurrence_cancelled', 'activities.error.cancelled');
  return { loaded, occurrence };
}

/**
 * The occurrence as it is now, read again inside `trx` after the activity's lock: another move or
 * cancellation may have committed since it was first read. Throws if it has been cancelled since.
 */
async function lockedOccurrence(trx: Transaction<Database>, loaded: LoadedActivity, key: number) {
  const changes = changesOf(await listChanges(trx, [loaded.activity.id]));
  const occurrence = findOccurrence({ ...loaded, changes }, key);
  if (occurrence === null) throw new NotFoundError('activities.error.noSuchOccurrence');
  if (occurrence.cancelled) throw new ConflictError('occurrence_cancelled', 'activities.error.cancelled');
  return occurrence;
}

/**
 * Releases the booking the occurrence holds for the time it has now: its usual time, or the
 * time it was last moved to (the booking follows the occurrence, not its original start).
 */
async function releaseOccurrenceBooking(
  trx: Transaction<Database>,
  activityId: number,
  occurrence: { startsAt: number },
  userId: number,
  now: number,
): Promise<void> {
  const held = await listHeldBookingIds(trx, activityId, occurrence.startsAt);
  await releaseActivityBookings(trx, held, userId, now);
}

export interface OccurrenceTimeInput {
  date?: string;
  startTime?: string;
  endTime?: string;
}

/** The new time of a moved occurrence, typed as Danes write dates and times ("12.12", "18.30"). */
function readTimes(input: OccurrenceTimeInput, now: number): { startsAt: number; endsAt: number } {
  const errors: FieldErrors = {};
  const read = {
    date: readDateField(errors, 'date', input.date, localParts(now).date),
    startTime: readTimeField(errors, 'startTime', input.startTime),
    endTime: readTimeField(errors, 'endTime', input.endTime),
  };
  const { date, startTime, endTime } = read;
  if (startTime !== null && endTime !== null && endTime <= startTime) {
    errors.endTime = { key: 'activities.validation.endBeforeStart' };
  }
  const startGap = date === null || startTime === null ? null : wallClockError(date, startTime);
  if (startGap !== null) errors.startTime = startGap;
  const endGap = date === null || endTime === null ? null : wallClockError(date, endTime);
  if (endGap !== null && errors.endTime === undefined) errors.endTime = endGap;
  const times = checkedValues(errors, read);
  const startsAt = instantAt(times.date, times.startTime);
  if (startsAt < now) throw new ValidationError({ date: { key: 'activities.validation.inPast' } });
  return { startsAt, endsAt: instantAt(times.date, times.endTime) };
}

/** Moves one occurrence to a new time (re-booking the place for it when it takes bookings). */
export async function moveOccurrence(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  key: number,
  input: OccurrenceTimeInput,
): Promise<void> {
  const { loaded } = await managedOccurrence(ctx, user, activityId, key);
  const now = ctx.clock.now();
  const times = readTimes(input, now);
  const { activity } = loaded;
  let plan = null;
  if (activity.place !== null) {
    const place = await getPlaceRules(ctx, activity.place.id);
    if (placeTakesBookings(place)) {
      try {
        plan = await planActivityBooking(ctx, user, place, {
          title: activity.title,
          attendees: activity.capacity ?? 1,
          organisationId: activity.organisation?.id ?? null,
          intervals: [times],
        });
      } catch (error) {
        if (error instanceof BookingRefusedError) throw new ValidationError(error.fieldErrors);
        throw error;
      }
    }
  }
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockRowForUpdate(trx, ctx.db.dialect, 'activities', activityId);
      const current = await lockedOccurrence(trx, loaded, key);
      // Released before booking the new time, so that the new time may overlap the old one; if
      // the new time is taken, the whole transaction rolls back and the old booking stays.
      if (plan !== null) {
        await releaseOccurrenceBooking(trx, activityId, current, user.id, now);
        await linkBookings(trx, activityId, await bookPlaceInTransaction(trx, ctx, plan, now));
      }
      await saveChange(trx, {
        activity_id: activityId,
        occurrence_start: key,
        cancelled: 0,
        ...toColumns(times),
        changed_at: now,
      });
      await notifyTimeChange(trx, ctx, activity, current.startsAt, key, current, now, times);
    });
  } catch (error) {
    const clash = plan === null ? null : await clashOfRefusedPlan(ctx, plan, error);
    throw clash ?? error;
  }
}

function toColumns(times: { startsAt: number; endsAt: number }) {
  return { starts_at: times.startsAt, ends_at: times.endsAt };
}

/** Cancels one occurrence (EXDATE); its booking is released and those who joined it are told. */
export async function cancelOccurrence(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  key: number,
  reason: string,
): Promise<void> {
  const { loaded } = await managedOccurrence(ctx, user, activityId, key);
  const cancelReason = readCancelReason(reason);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockRowForUpdate(trx, ctx.db.dialect, 'activities', activityId);
    const current = await lockedOccurrence(trx, loaded, key);
    await releaseOccurrenceBooking(trx, activityId, current, user.id, now);
    await saveChange(trx, {
      activity_id: activityId,
      occurrence_start: key,
      cancelled: 1,
      starts_at: current.startsAt,
      ends_at: current.endsAt,
      changed_at: now,
    });
    await queueOccurrenceCancelledMails(trx, ctx, loaded.activity, current, cancelReason, now);
  });
}
