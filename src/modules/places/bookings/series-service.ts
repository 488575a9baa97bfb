import { isBookingOverlap } from '#src/db/constraint-errors.ts';
import { type BookingProblem, checkInterval } from '#src/modules/places/bookings/availability.ts';
import type { BookingRequest } from '#src/modules/places/bookings/input.ts';
import { queueNewBookingMails } from '#src/modules/places/bookings/notifications.ts';
import { insertSeries, listBusy } from '#src/modules/places/bookings/queries.ts';
import {
  expandSeries,
  MAX_OCCURRENCES,
  type SeriesPattern,
  seriesRuleText,
} from '#src/modules/places/bookings/series.ts';
import {
  bookerStanding,
  countManagedRequest,
  insertCheckedBooking,
  lockPlace,
  ownOrganisation,
} from '#src/modules/places/bookings/service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, ValidationError } from '#src/platform/errors.ts';
import { MINUTE } from '#src/platform/time.ts';

export interface OccurrencePreview {
  date: string;
  startsAt: number;
  endsAt: number;
  /** Empty when the occurrence can be booked. */
  problems: BookingProblem[];
}

export interface SeriesPreview {
  occurrences: OccurrencePreview[];
  freeCount: number;
  /** The RFC 5545 rule the series is saved with. */
  rule: string;
}

/** How to book a series: every occurrence or nothing, or the free ones (exactly those the person saw). */
export type SeriesChoice = { kind: 'all' } | { kind: 'free'; expectedStarts: readonly number[] | null };

function occurrencesOf(pattern: SeriesPattern) {
  const occurrences = expandSeries(pattern);
  if (occurrences.length > MAX_OCCURRENCES) {
    throw new ValidationError({
      until: { key: 'bookings.validation.tooManyOccurrences', params: { max: MAX_OCCURRENCES } },
    });
  }
  return occurrences;
}

/**
 * Every occurrence of a repeating booking with what stands in its way (a clash, a closed date,
 * a rule), before anything is saved.
 */
export async function previewSeries(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  request: BookingRequest,
  pattern: SeriesPattern,
): Promise<SeriesPreview> {
  const occurrences = occurrencesOf(pattern);
  const standing = await bookerStanding(ctx, user, place);
  ownOrganisation(standing.memberships, request.organisationId);
  const first = occurrences[0]?.startsAt ?? request.startsAt;
  const last = occurrences[occurrences.length - 1]?.endsAt ?? request.endsAt;
  const busy = await listBusy(ctx.db.kysely, place.id, first, last + place.rules.bufferMinutes * MINUTE);
  const now = ctx.clock.now();
  const previews = occurrences.map((occurrence) => ({
    ...occurrence,
    problems: checkInterval(
      place,
      { ...request, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt },
      standing,
      busy,
      now,
    ),
  }));
  return {
    occurrences: previews,
    freeCount: previews.filter((preview) => preview.problems.length === 0).length,
    rule: seriesRuleText(pattern),
  };
}

function chosenOccurrences(preview: SeriesPreview, choice: SeriesChoice): OccurrencePreview[] {
  const free = preview.occurrences.filter((occurrence) => occurrence.problems.length === 0);
  if (choice.kind === 'all' && free.length < preview.occurrences.length) {
    throw new ConflictError('series_unavailable', {
      key: 'bookings.error.seriesUnavailable',
      params: { count: preview.occurrences.length - free.length },
    });
  }
  if (choice.kind === 'free' && choice.expectedStarts !== null) {
    const expected = [...choice.expectedStarts].sort((a, b) => a - b).join(',');
    if (expected !== free.map((occurrence) => occurrence.startsAt).join(',')) {
      throw new ConflictError('series_changed', 'bookings.error.seriesChanged');
    }
  }
  if (free.length === 0) throw new ConflictError('series_nothing_free', 'bookings.error.seriesNothingFree');
  return free;
}

/**
 * Books a series in one transaction: the series row and every chosen occurrence, or nothing. A
 * clash found at the last moment (someone else was quicker) refuses the whole series.
 */
export async function bookSeries(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  request: BookingRequest,
  pattern: SeriesPattern,
  choice: SeriesChoice,
): Promise<{ seriesId: number; bookingIds: number[] }> {
  const preview = await previewSeries(ctx, user, place, request, pattern);
  const chosen = chosenOccurrences(preview, choice);
  const standing = await bookerStanding(ctx, user, place);
  const instant = !place.rules.approvalRequired || standing.isManager;
  if (!instant) await countManagedRequest(ctx, user);
  const now = ctx.clock.now();
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockPlace(trx, ctx, place.id);
      const seriesId = await insertSeries(trx, {
        place_id: place.id,
        booker_id: user.id,
        rrule: preview.rule,
        created_at: now,
      });
      const bookingIds: number[] = [];
      for (const occurrence of chosen) {
        const occurrenceRequest = { ...request, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
        bookingIds.push(
          await insertCheckedBooking(trx, place, {
            bookerId: user.id,
            seriesId,
            request: occurrenceRequest,
            instant,
            now,
          }),
        );
      }
      await queueNewBookingMails(trx, ctx, bookingIds, now);
      return { seriesId, bookingIds };
    });
  } catch (error) {
    if (isBookingOverlap(error)) throw new ConflictError('series_changed', 'bookings.error.seriesChanged');
    throw error;
  }
}
