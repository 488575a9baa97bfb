import type { Transaction } from 'kysely';
import { isBookingOverlap } from '#src/db/constraint-errors.ts';
import { lockRowForUpdate } from '#src/db/locks.ts';
import type { Database } from '#src/db/schema.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import {
  type BookerStanding,
  type BookingProblem,
  checkInterval,
  clashProblem,
  findClash,
} from '#src/modules/places/bookings/availability.ts';
import { newDoorCode } from '#src/modules/places/bookings/door-codes.ts';
import type { BookingRequest } from '#src/modules/places/bookings/input.ts';
import {
  EXPIRE_JOB,
  queueNewBookingMails,
  REMINDER_JOB,
  reminderTime,
} from '#src/modules/places/bookings/notifications.ts';
import { bookingProblemMessage } from '#src/modules/places/bookings/problem-messages.ts';
import { insertBooking, listBusy, organisationKinds } from '#src/modules/places/bookings/queries.ts';
import { isListedManager } from '#src/modules/places/queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { isInstantInRange, outOfRangeError } from '#src/platform/dates/instant.ts';
import { ConflictError, type FieldErrors, throwIfInvalid, ValidationError } from '#src/platform/errors.ts';
import { enqueueJob } from '#src/platform/jobs.ts';
import { consumeRateLimit } from '#src/platform/rate-limit.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';

/**
 * The booker's organisations, their kinds and whether they manage the place (three queries): a
 * listed manager, or an admin of the owner, which the memberships already tell (as `isPlaceManager`
 * decides it, without reading the place again).
 */
export async function bookerStanding(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
): Promise<BookerStanding & { memberships: Array<{ organisationId: number; name: string }> }> {
  const [memberships, listed] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    isListedManager(ctx.db.kysely, place.id, user.id),
  ]);
  const organisationIds = memberships.map((membership) => membership.organisationId);
  const kinds = await organisationKinds(ctx.db.kysely, organisationIds);
  const adminOfOwner = memberships.some(
    (membership) => membership.organisationId === place.organisationId && membership.role === 'admin',
  );
  return {
    organisationIds,
    organisationKinds: kinds,
    isManager: listed || adminOfOwner,
    memberships: memberships.map((membership) => ({
      organisationId: membership.organisationId,
      name: membership.name,
    })),
  };
}

/** One field error per field (the first, most basic problem wins), for forms and the API. */
export function fieldErrorsOf(problems: readonly BookingProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const found of problems) {
    if (errors[found.field] === undefined) errors[found.field] = bookingProblemMessage(found);
  }
  return errors;
}

/** A refused booking: its rule problems, each with a code, as field errors. */
export class BookingRefusedError extends ValidationError {
  constructor(readonly problems: BookingProblem[]) {
    super(fieldErrorsOf(problems), 'bookings.problem.refused');
    this.name = 'BookingRefusedError';
  }
}

/** The clash, as a 409 naming the time that is taken (never who took it). */
export function clashError(problem: BookingProblem): ConflictError {
  return new ConflictError('booking_clash', bookingProblemMessage(problem));
}

/** A booking the database refused as overlapping: find the time it clashed with, to name it. */
async function overlapAfterTheFact(
  ctx: AppContext,
  place: PlaceWithRules,
  request: BookingRequest,
): Promise<ConflictError> {
  const blockEnd = request.endsAt + place.rules.bufferMinutes * MINUTE;
  const busy = await listBusy(ctx.db.kysely, place.id, request.startsAt, blockEnd);
  const clash = findClash(busy, request.startsAt, blockEnd) ?? {
    startsAt: request.startsAt,
    endsAt: request.endsAt,
    blockEnd,
  };
  return clashError(clashProblem(clash));
}

export function ownOrganisation(
  memberships: ReadonlyArray<{ organisationId: number }>,
  organisationId: number | null,
): void {
  if (
    organisationId !== null &&
    !memberships.some((membership) => membership.organisationId === organisationId)
  ) {
    throw new ValidationError({ organisationId: { key: 'bookings.validation.notYourOrganisation' } });
  }
}

/**
 * The guard before the rules and the database, whatever read the times: both instants are safe
 * integers (never NaN) in the years Byliv accepts, or the booking is refused with a 422.
 */
function assertInstantsInRange(request: BookingRequest): void {
  const errors: FieldErrors = {};
  if (!isInstantInRange(request.startsAt)) errors.date = outOfRangeError();
  if (!isInstantInRange(request.endsAt)) errors.endTime = outOfRangeError();
  throwIfInvalid(errors);
}

/**
 * Inserts one booking inside `trx` after taking the place's lock and checking for a clash
 * against what is committed now. The lock is the transaction's first statement (SQLite takes its
 * write lock with it); the database's own guarantee stays the last word.
 */
export async function insertCheckedBooking(
  trx: Transaction<Database>,
  place: PlaceWithRules,
  values: {
    bookerId: number;
    seriesId: number | null;
    request: BookingRequest;
    instant: boolean;
    now: number;
  },
): Promise<number> {
  const { request } = values;
  assertInstantsInRange(request);
  const blockEnd = request.endsAt + place.rules.bufferMinutes * MINUTE;
  const clash = findClash(
    await listBusy(trx, place.id, request.startsAt, blockEnd),
    request.startsAt,
    blockEnd,
  );
  if (clash !== undefined) throw clashError(clashProblem(clash));
  return insertBooking(trx, {
    place_id: place.id,
    series_id: values.seriesId,
    booker_id: values.bookerId,
    organisation_id: request.organisationId,
    title: request.title,
    attendees: request.attendees,
    responsible_host_name: request.responsibleHostName,
    responsible_host_phone: request.responsibleHostPhone,
    starts_at: request.startsAt,
    ends_at: request.endsAt,
    block_end: blockEnd,
    status: values.instant ? 'approved' : 'requested',
    decision_reason: null,
    decided_by: null,
    decided_at: values.instant ? values.now : null,
    cancelled_at: null,
    cancelled_by: null,
    door_code: values.instant && place.rules.keyHandover === 'door_code' ? newDoorCode() : null,
    created_at: values.now,
  });
}

/**
 * Refuses at once, with no lock and no transaction, an interval a committed live booking already
 * takes: under contention most requests end here. What this read cannot see (a booking committed
 * a moment later) the check under the lock and the database's guarantee still catch.
 */
async function refuseVisibleClash(
  ctx: AppContext,
  place: PlaceWithRules,
  request: BookingRequest,
): Promise<void> {
  const blockEnd = request.endsAt + place.rules.bufferMinutes * MINUTE;
  const busy = await listBusy(ctx.db.kysely, place.id, request.startsAt, blockEnd);
  const clash = findClash(busy, request.startsAt, blockEnd);
  if (clash !== undefined) throw clashError(clashProblem(clash));
}

export async function lockPlace(trx: Transaction<Database>, ctx: AppContext, placeId: number): Promise<void> {
  await lockRowForUpdate(trx, ctx.db.dialect, 'places', placeId);
}

/** Each request that needs approval mails every manager of the place: at most this many an hour. */
export const REQUESTS_PER_HOUR = 20;

export function requestLimitKey(userId: number): string {
  return `bookings:request:user:${userId}`;
}

/**
 * Counts one request that will mail the managers (a series counts once: it sends one mail), and
 * refuses with a 429 past the hourly limit; call after the rules, before anything is saved.
 */
export async function countManagedRequest(ctx: AppContext, user: CurrentUser): Promise<void> {
  await consumeRateLimit(ctx, {
    key: requestLimitKey(user.id),
    limit: REQUESTS_PER_HOUR,
    windowMs: HOUR,
    messageKey: 'bookings.error.tooManyRequests',
  });
}

/**
 * Books one interval: every rule is checked, then, in one transaction, the place is locked, the
 * interval checked against what is taken and the booking inserted — `approved` at once where the
 * place allows instant booking, otherwise `requested` for the managers to decide (and counted
 * against the person's hourly limit of requests).
 */
export async function createBooking(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  request: BookingRequest,
): Promise<number> {
  assertInstantsInRange(request);
  const standing = await bookerStanding(ctx, user, place);
  ownOrganisation(standing.memberships, request.organisationId);
  const now = ctx.clock.now();
  const problems = checkInterval(place, request, standing, [], now);
  if (problems.length > 0) throw new BookingRefusedError(problems);
  await refuseVisibleClash(ctx, place, request);
  const instant = !place.rules.approvalRequired || standing.isManager;
  if (!instant) await countManagedRequest(ctx, user);
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockPlace(trx, ctx, place.id);
      const id = await insertCheckedBooking(trx, place, {
        bookerId: user.id,
        seriesId: null,
        request,
        instant,
        now,
      });
      await queueNewBookingMails(trx, ctx, [id], now);
      return id;
    });
  } catch (error) {
    if (isBookingOverlap(error)) throw await overlapAfterTheFact(ctx, place, request);
    throw error;
  }
}

/**
 * Records a booking whose decision is already known: the demo's bookings, made and decided before
 * the site opened. The rules are the caller's to check (`checkBooking`); the place's lock, the
 * clash check and the database's guarantee hold as for every booking, and so do the follow-ups (a
 * request lapses at its start, an approved booking gets its morning reminder). Nobody is mailed.
 */
export async function recordDecidedBooking(
  ctx: AppContext,
  place: PlaceWithRules,
  booking: { bookerId: number; request: BookingRequest; approved: boolean },
): Promise<number> {
  const now = ctx.clock.now();
  const { startsAt } = booking.request;
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockPlace(trx, ctx, place.id);
    const id = await insertCheckedBooking(trx, place, {
      bookerId: booking.bookerId,
      seriesId: null,
      request: booking.request,
      instant: booking.approved,
      now,
    });
    if (booking.approved)
      await enqueueJob(trx, now, REMINDER_JOB, { bookingId: id }, { runAt: reminderTime(startsAt, now) });
    else await enqueueJob(trx, now, EXPIRE_JOB, { bookingId: id }, { runAt: startsAt });
    return id;
  });
}

/** Every rule one interval breaks, clashes included, without saving anything (the API's preview). */
export async function checkBooking(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  request: BookingRequest,
): Promise<BookingProblem[]> {
  assertInstantsInRange(request);
  const standing = await bookerStanding(ctx, user, place);
  ownOrganisation(standing.memberships, request.organisationId);
  const blockEnd = request.endsAt + place.rules.bufferMinutes * MINUTE;
  const busy = await listBusy(ctx.db.kysely, place.id, request.startsAt, blockEnd);
  return checkInterval(place, request, standing, busy, ctx.clock.now());
}
