import type { Transaction, Updateable } from 'kysely';
import { lockRowForUpdate } from '#src/db/locks.ts';
import type { Database } from '#src/db/schema.ts';
import { readCancelReason } from '#src/modules/activities/cancel-reason.ts';
import type { Activity, OccurrenceChange } from '#src/modules/activities/model.ts';
import {
  allStarts,
  MAX_BOOKED_OCCURRENCES,
  ruleText,
  seriesEnd,
} from '#src/modules/activities/occurrences/recurrence.ts';
import {
  notifyTimeChange,
  promoteAfterCapacityRise,
  queueActivityCancelledMails,
} from '#src/modules/activities/participation/notify.ts';
import { listSignUps, mostJoined, moveSignUps } from '#src/modules/activities/participation/queries.ts';
import { assertCanManage } from '#src/modules/activities/policy.ts';
import type { ActivityDraft } from '#src/modules/activities/publishing/input.ts';
import { type ResolvedLocation, resolveLocation } from '#src/modules/activities/publishing/location.ts';
import {
  findLiveUsersByEmail,
  insertActivity,
  linkBookings,
  replaceCohosts,
  replaceStops,
  unlinkComingBookings,
  updateActivity as updateActivityRow,
} from '#src/modules/activities/queries.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import type { ActivitiesTable } from '#src/modules/activities/tables.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import {
  type ActivityBookingPlan,
  bookPlaceInTransaction,
  clashOfRefusedPlan,
  placeTakesBookings,
  planActivityBooking,
  releaseActivityBookings,
} from '#src/modules/places/bookings/activity-bookings-service.ts';
import { BookingRefusedError } from '#src/modules/places/bookings/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, ValidationError } from '#src/platform/errors.ts';

/** Booking problems as the activity form's fields: the place's rules speak of the same things. */
const BOOKING_FIELDS: Record<string, string> = {
  attendees: 'capacity',
  responsibleHostName: 'placeSlug',
  organisationId: 'organisationId',
};

function asActivityErrors(error: BookingRefusedError): ValidationError {
  const errors: FieldErrors = {};
  for (const [field, problem] of Object.entries(error.fieldErrors)) {
    errors[BOOKING_FIELDS[field] ?? field] = problem;
  }
  return new ValidationError(errors, 'activities.error.placeRefused');
}

async function checkOrganisation(
  ctx: AppContext,
  user: CurrentUser,
  organisationId: number | null,
): Promise<void> {
  if (organisationId === null) return;
  const memberships = await membershipsOfUser(ctx, user.id);
  if (!memberships.some((membership) => membership.organisationId === organisationId)) {
    throw new ValidationError({ organisationId: { key: 'activities.validation.notYourOrganisation' } });
  }
}

/** Co-hosts are people with an account, named by e-mail. */
async function cohostIds(ctx: AppContext, user: CurrentUser, emails: readonly string[]): Promise<number[]> {
  const users = await findLiveUsersByEmail(ctx.db.kysely, emails);
  const unknown = emails.find((email) => !users.some((found) => found.email === email));
  if (unknown !== undefined) {
    throw new ValidationError({
      cohosts: { key: 'activities.validation.unknownCohost', params: { email: unknown } },
    });
  }
  if (users.some((found) => found.id === user.id)) {
    throw new ValidationError({ cohosts: { key: 'activities.validation.cohostIsOrganiser' } });
  }
  return users.map((found) => found.id);
}

function timing(draft: ActivityDraft) {
  const rrule = draft.recurrence === null ? null : ruleText(draft.recurrence, draft.startsAt);
  const shape = { startsAt: draft.startsAt, endsAt: draft.endsAt, rrule };
  return { rrule, seriesEndsAt: seriesEnd(shape), shape };
}

/** The intervals to book at a bookable place: each occurrence of a bounded series, at most 53. */
/**
 * The times to book: every occurrence of the draft's schedule that has not begun by `notBefore`,
 * with the series' saved moves and cancellations applied, so the place is held exactly for the
 * times the activity shows.
 */
function bookedIntervals(
  draft: ActivityDraft,
  changes: readonly OccurrenceChange[] = [],
  notBefore = Number.NEGATIVE_INFINITY,
): Array<{ startsAt: number; endsAt: number }> {
  const { rrule, shape } = timing(draft);
  if (rrule === null) return [{ startsAt: draft.startsAt, endsAt: draft.endsAt }];
  if (draft.recurrence?.until === null) {
    throw new ValidationError({ until: { key: 'activities.validation.placeSeriesNeedsEnd' } });
  }
  const starts = allStarts(shape, MAX_BOOKED_OCCURRENCES + 1);
  if (starts.length > MAX_BOOKED_OCCURRENCES) {
    throw new ValidationError({
      until: { key: 'activities.validation.placeSeriesTooLong', params: { max: MAX_BOOKED_OCCURRENCES } },
    });
  }
  const duration = draft.endsAt - draft.startsAt;
  return starts.flatMap((start) => {
    const change = changes.find((candidate) => candidate.occurrenceStart === start);
    if (change?.cancelled === true) return [];
    const interval = { startsAt: change?.startsAt ?? start, endsAt: change?.endsAt ?? start + duration };
    return interval.startsAt < notBefore ? [] : [interval];
  });
}

async function planBooking(
  ctx: AppContext,
  user: CurrentUser,
  draft: ActivityDraft,
  location: ResolvedLocation,
  existing: { changes: readonly OccurrenceChange[]; notBefore: number } = {
    changes: [],
    notBefore: Number.NEGATIVE_INFINITY,
  },
): Promise<ActivityBookingPlan | null> {
  if (location.place === null || !placeTakesBookings(location.place)) return null;
  try {
    return await planActivityBooking(ctx, user, location.place, {
      title: draft.title,
      attendees: draft.capacity ?? 1,
      organisationId: draft.organisationId,
      intervals: bookedIntervals(draft, existing.changes, existing.notBefore),
    });
  } catch (error) {
    if (error instanceof BookingRefusedError) throw asActivityErrors(error);
    throw error;
  }
}

function columns(draft: ActivityDraft, location: ResolvedLocation, now: number) {
  const { rrule, seriesEndsAt } = timing(draft);
  return {
    kind: draft.kind,
    title: draft.title,
    description: draft.description,
    starts_at: draft.startsAt,
    ends_at: draft.endsAt,
    rrule,
    series_ends_at: seriesEndsAt,
    location_kind: location.locationKind,
    place_id: location.place?.id ?? null,
    address: location.address,
    address_visibility: draft.addressVisibility,
    lat: location.lat,
    lon: location.lon,
    neighbourhood_id: location.neighbourhoodId,
    district_id: location.districtId,
    organisation_id: draft.organisationId,
    capacity: draft.capacity,
    child_friendly: draft.childFriendly ? 1 : 0,
    step_free: draft.stepFree ? 1 : 0,
    free_of_charge: draft.freeOfCharge ? 1 : 0,
    languages: draft.languages.join(','),
    updated_at: now,
  } satisfies Updateable<ActivitiesTable>;
}

function stopRows(location: ResolvedLocation) {
  return location.stops.map((stop, position) => ({
    position,
    name: stop.name,
    minute_of_day: stop.minuteOfDay,
    lat: stop.lat,
    lon: stop.lon,
  }));
}

/**
 * Runs `write` in one transaction; a booking refused by the database becomes the named clash.
 * When re-booking, the activity's old bookings are released first, so the new time may overlap
 * the old one; that write is the first statement and takes SQLite's write lock.
 */
async function writeWithBooking<T>(
  ctx: AppContext,
  plan: ActivityBookingPlan | null,
  options: { activityId: number | null; release: boolean; userId: number },
  write: (trx: Transaction<Database>, bookingIds: number[]) => Promise<T>,
): Promise<T> {
  const now = ctx.clock.now();
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      if (options.activityId !== null) {
        await lockRowForUpdate(trx, ctx.db.dialect, 'activities', options.activityId);
        if (options.release) {
          // Times already begun keep their bookings, as history.
          await releaseActivityBookings(
            trx,
            await unlinkComingBookings(trx, options.activityId, now),
            options.userId,
            now,
          );
        }
      }
      const bookingIds = plan === null ? [] : await bookPlaceInTransaction(trx, ctx, plan, now);
      return write(trx, bookingIds);
    });
  } catch (error) {
    const clash = plan === null ? null : await clashOfRefusedPlan(ctx, plan, error);
    throw clash ?? error;
  }
}

/**
 * Publishes an activity. At a bookable place the place is booked in the same transaction: if
 * the booking fails (a clash, the place's rules) nothing is saved and the error names why.
 */
export async function createActivity(
  ctx: AppContext,
  user: CurrentUser,
  draft: ActivityDraft,
): Promise<number> {
  await checkOrganisation(ctx, user, draft.organisationId);
  const cohosts = await cohostIds(ctx, user, draft.cohostEmails);
  const location = await resolveLocation(ctx, draft.location);
  const plan = await planBooking(ctx, user, draft, location);
  const now = ctx.clock.now();
  return writeWithBooking(
    ctx,
    plan,
    { activityId: null, release: false, userId: user.id },
    async (trx, bookingIds) => {
      const id = await insertActivity(trx, {
        ...columns(draft, location, now),
        organiser_id: user.id,
        cancelled_at: null,
        cancel_reason: '',
        hidden_at: null,
        created_at: now,
      });
      await replaceStops(trx, id, stopRows(location));
      await replaceCohosts(trx, id, cohosts);
      await linkBookings(trx, id, bookingIds);
      return id;
    },
  );
}

function timingChanged(activity: Activity, draft: ActivityDraft): boolean {
  return (
    activity.startsAt !== draft.startsAt ||
    activity.endsAt !== draft.endsAt ||
    activity.rrule !== timing(draft).rrule
  );
}

/**
 * Saves changes. A new time or place re-books the place (in the same transaction, releasing the
 * old booking). People who joined are told of a new time. The number of places cannot drop below
 * those already joined; a series' timing is locked once people have joined coming occurrences.
 */
export async function updateActivity(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  draft: ActivityDraft,
): Promise<void> {
  const loaded = await loadActivity(ctx, activityId);
  const { activity } = loaded;
  await assertCanManage(ctx, activity, user);
  if (activity.cancelled) throw new ValidationError({ title: { key: 'activities.error.cancelled' } });
  const now = ctx.clock.now();
  const joined = await mostJoined(ctx.db.kysely, activityId, now - 12 * 3_600_000);
  if (draft.capacity !== null && draft.capacity < joined) {
    throw new ValidationError({
      capacity: { key: 'activities.validation.capacityBelowJoined', params: { joined } },
    });
  }
  const retimed = timingChanged(activity, draft);
  if (retimed && (activity.rrule !== null || draft.recurrence !== null)) {
    const future = await listSignUps(ctx.db.kysely, activityId, {
      since: now,
      statuses: ['joined', 'waiting'],
    });
    if (future.length > 0)
      throw new ValidationError({ date: { key: 'activities.validation.seriesTimingLocked' } });
  }
  await checkOrganisation(ctx, user, draft.organisationId);
  const cohosts = await cohostIds(ctx, user, draft.cohostEmails);
  const location = await resolveLocation(ctx, draft.location);
  const rebook = retimed || location.place?.id !== activity.place?.id;
  const plan = rebook
    ? await planBooking(ctx, user, draft, location, { changes: loaded.changes, notBefore: now })
    : null;
  await writeWithBooking(
    ctx,
    plan,
    { activityId, release: rebook, userId: user.id },
    async (trx, bookingIds) => {
      await linkBookings(trx, activityId, bookingIds);
      await updateActivityRow(trx, activityId, columns(draft, location, now));
      await replaceStops(trx, activityId, stopRows(location));
      await replaceCohosts(trx, activityId, cohosts);
      const updated: Activity = {
        ...activity,
        title: draft.title,
        capacity: draft.capacity,
        startsAt: draft.startsAt,
        endsAt: draft.endsAt,
      };
      if (retimed && activity.rrule === null && draft.recurrence === null) {
        await moveSignUps(trx, activityId, activity.startsAt, draft.startsAt);
        await notifyTimeChange(trx, ctx, updated, activity.startsAt, draft.startsAt, activity, now);
      }
      await promoteAfterCapacityRise(trx, ctx, loaded, updated, activity.capacity, now);
    },
  );
}

/**
 * Aflys: the activity (every coming occurrence) is cancelled, the bookings of its coming times
 * released (those already begun stay as history), and everyone who joined told.
 */
export async function cancelActivity(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  reason: string,
): Promise<void> {
  const loaded = await loadActivity(ctx, activityId);
  await assertCanManage(ctx, loaded.activity, user);
  if (loaded.activity.cancelled) return;
  const trimmed = readCancelReason(reason);
  const now = ctx.clock.now();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await lockRowForUpdate(trx, ctx.db.dialect, 'activities', activityId);
    await updateActivityRow(trx, activityId, { cancelled_at: now, cancel_reason: trimmed, updated_at: now });
    await releaseActivityBookings(trx, await unlinkComingBookings(trx, activityId, now), user.id, now);
    await queueActivityCancelledMails(trx, ctx, loaded, trimmed, now);
  });
}
