import type { Transaction } from 'kysely';
import { isBookingOverlap } from '#src/db/constraint-errors.ts';
import type { Database } from '#src/db/schema.ts';
import {
  type BookingProblem,
  checkInterval,
  clashProblem,
  findClash,
} from '#src/modules/places/bookings/availability.ts';
import type { BookingRequest } from '#src/modules/places/bookings/input.ts';
import { queueNewBookingMails } from '#src/modules/places/bookings/notifications.ts';
import { changeStatus, listBusy } from '#src/modules/places/bookings/queries.ts';
import {
  BookingRefusedError,
  bookerStanding,
  clashError,
  insertCheckedBooking,
  lockPlace,
  ownOrganisation,
} from '#src/modules/places/bookings/service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import type { ConflictError } from '#src/platform/errors.ts';
import { MINUTE } from '#src/platform/time.ts';

/**
 * Booking a place for an activity, inside the activity's own transaction, so that an activity
 * whose booking fails is never created. Two steps: `planActivityBooking` checks the place's rules
 * before the transaction (it reads); `bookPlaceInTransaction` must be the transaction's FIRST
 * statement (it takes the place's lock, then checks for clashes against what is committed).
 */
export interface ActivityBookingPlan {
  place: PlaceWithRules;
  bookerId: number;
  /** One request per occurrence, in order. */
  requests: BookingRequest[];
  /** Approved at once (instant place or a manager) rather than requested. */
  instant: boolean;
}

export interface ActivityBookingInput {
  title: string;
  attendees: number;
  organisationId: number | null;
  intervals: ReadonlyArray<{ startsAt: number; endsAt: number }>;
}

/** Whether activities at this place take a booking: open places need none, closed ones take none. */
export function placeTakesBookings(place: PlaceWithRules): boolean {
  return place.rules.accessMode === 'bookable' || place.rules.accessMode === 'on_request';
}

/**
 * Checks every occurrence against the place's rules (clashes are checked in the transaction).
 * Throws BookingRefusedError with the first occurrence's problems.
 */
export async function planActivityBooking(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: ActivityBookingInput,
): Promise<ActivityBookingPlan> {
  const standing = await bookerStanding(ctx, user, place);
  ownOrganisation(standing.memberships, input.organisationId);
  const now = ctx.clock.now();
  const requests = input.intervals.map((interval) => ({
    title: input.title,
    startsAt: interval.startsAt,
    endsAt: interval.endsAt,
    attendees: Math.max(1, input.attendees),
    responsibleHostName: user.name,
    responsibleHostPhone: '',
    organisationId: input.organisationId,
  }));
  for (const request of requests) {
    const problems: BookingProblem[] = checkInterval(place, request, standing, [], now);
    if (problems.length > 0) throw new BookingRefusedError(problems);
  }
  return {
    place,
    bookerId: user.id,
    requests,
    instant: !place.rules.approvalRequired || standing.isManager,
  };
}

/**
 * Locks the place and books every occurrence of the plan in `trx`; throws a ConflictError
 * (`booking_clash`) naming the time that is taken. Call it FIRST in the transaction.
 */
export async function bookPlaceInTransaction(
  trx: Transaction<Database>,
  ctx: AppContext,
  plan: ActivityBookingPlan,
  now: number,
): Promise<number[]> {
  await lockPlace(trx, ctx, plan.place.id);
  const ids: number[] = [];
  for (const request of plan.requests) {
    ids.push(
      await insertCheckedBooking(trx, plan.place, {
        bookerId: plan.bookerId,
        seriesId: null,
        request,
        instant: plan.instant,
        now,
      }),
    );
  }
  await queueNewBookingMails(trx, ctx, ids, now);
  return ids;
}

/** Cancels bookings an activity held (the activity was cancelled, moved or changed place). */
export async function releaseActivityBookings(
  trx: Transaction<Database>,
  bookingIds: readonly number[],
  userId: number,
  now: number,
): Promise<void> {
  for (const id of bookingIds) {
    await changeStatus(trx, id, ['requested', 'approved'], {
      status: 'cancelled',
      cancelled_at: now,
      cancelled_by: userId,
    });
  }
}

/**
 * When the database's own overlap guarantee refused a booking (someone was quicker between the
 * check and the write), names the time that is now taken; otherwise null.
 */
export async function clashOfRefusedPlan(
  ctx: AppContext,
  plan: ActivityBookingPlan,
  error: unknown,
): Promise<ConflictError | null> {
  if (!isBookingOverlap(error)) return null;
  for (const request of plan.requests) {
    const blockEnd = request.endsAt + plan.place.rules.bufferMinutes * MINUTE;
    const busy = await listBusy(ctx.db.kysely, plan.place.id, request.startsAt, blockEnd);
    const clash = findClash(busy, request.startsAt, blockEnd);
    if (clash !== undefined) return clashError(clashProblem(clash));
  }
  const first = plan.requests[0];
  return first === undefined
    ? null
    : clashError(clashProblem({ startsAt: first.startsAt, endsAt: first.endsAt, blockEnd: first.endsAt }));
}
