import type { BookingProblem } from '#src/modules/places/bookings/availability.ts';
import { type BookingInput, type ReadForm, readBookingInput } from '#src/modules/places/bookings/input.ts';
import {
  bookSeries,
  previewSeries,
  type SeriesChoice,
  type SeriesPreview,
} from '#src/modules/places/bookings/series-service.ts';
import { checkBooking, createBooking } from '#src/modules/places/bookings/service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ValidationError } from '#src/platform/errors.ts';

/**
 * The bookings service as both faces call it: each function takes what the HTML form or the JSON
 * API sent (a `BookingInput`), reads it by the same rules and then books or previews, so a typing
 * slip gets the same field error on either face.
 */

export interface Booked {
  bookingIds: number[];
  seriesId: number | null;
}

/** The read input when it asks for a series; a missing repeat is an error on that field. */
function readSeries(input: BookingInput): ReadForm & { series: NonNullable<ReadForm['series']> } {
  const read = readBookingInput(input);
  if (read.series === null) throw new ValidationError({ repeat: { key: 'validation.required' } });
  return { request: read.request, series: read.series };
}

/** Books one interval, or a series as `choice` says (every occurrence or nothing, or the free ones). */
export async function bookFromInput(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: BookingInput,
  choice: SeriesChoice,
): Promise<Booked> {
  const read = readBookingInput(input);
  if (read.series === null) {
    return { bookingIds: [await createBooking(ctx, user, place, read.request)], seriesId: null };
  }
  return bookSeries(ctx, user, place, read.request, read.series, choice);
}

/** The form's first step: one booking is made at once; a series is only previewed, for the person to confirm. */
export async function bookOrPreview(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: BookingInput,
): Promise<{ bookingId: number } | { preview: SeriesPreview }> {
  const read = readBookingInput(input);
  if (read.series === null) return { bookingId: await createBooking(ctx, user, place, read.request) };
  return { preview: await previewSeries(ctx, user, place, read.request, read.series) };
}

/** Every occurrence of a series with what stands in its way; nothing is saved. */
export async function previewSeriesInput(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: BookingInput,
): Promise<SeriesPreview> {
  const read = readSeries(input);
  return previewSeries(ctx, user, place, read.request, read.series);
}

/** Books a series the person confirmed; refuses a request without a repeat. */
export async function bookSeriesInput(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: BookingInput,
  choice: SeriesChoice,
): Promise<Booked> {
  const read = readSeries(input);
  return bookSeries(ctx, user, place, read.request, read.series, choice);
}

/** One interval or each occurrence of a series with the rules it breaks (the API's preview). */
export async function previewFromInput(
  ctx: AppContext,
  user: CurrentUser,
  place: PlaceWithRules,
  input: BookingInput,
): Promise<{
  rule: string | null;
  occurrences: Array<{ startsAt: number; endsAt: number; problems: BookingProblem[] }>;
}> {
  const read = readBookingInput(input);
  if (read.series === null) {
    const { startsAt, endsAt } = read.request;
    const problems = await checkBooking(ctx, user, place, read.request);
    return { rule: null, occurrences: [{ startsAt, endsAt, problems }] };
  }
  const preview = await previewSeries(ctx, user, place, read.request, read.series);
  return { rule: preview.rule, occurrences: preview.occurrences };
}
