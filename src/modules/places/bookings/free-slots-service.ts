import type { BusyInterval } from '#src/modules/places/bookings/availability.ts';
import { type FreeSlot, freeSlots } from '#src/modules/places/bookings/free-slots.ts';
import { listBusy } from '#src/modules/places/bookings/queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import type { AppContext } from '#src/platform/context.ts';
import { isDateInRange } from '#src/platform/dates/instant.ts';
import { addDays, instantAt, isLocalDate, localParts } from '#src/platform/local-time.ts';

/**
 * The first local date of a range asked for, or today when the date cannot be read, is past or
 * lies beyond the years Byliv accepts (the calendar of year 9999 would be built from year 10000).
 */
export function fromDateOf(param: string | undefined, now: number): string {
  const today = localParts(now).date;
  const usable = param !== undefined && isLocalDate(param) && isDateInRange(param) && param >= today;
  return usable ? param : today;
}

/** A place's free slots over `days` days from `from` (or today), in one query. */
export async function placeFreeSlots(
  ctx: AppContext,
  place: PlaceWithRules,
  from: string | undefined,
  days: number,
): Promise<FreeSlot[]> {
  const now = ctx.clock.now();
  const fromDate = fromDateOf(from, now);
  const busy = await listBusy(
    ctx.db.kysely,
    place.id,
    instantAt(fromDate, 0),
    instantAt(addDays(fromDate, days), 0),
  );
  return freeSlots(place, busy, fromDate, days, now);
}

/** Busy intervals and free slots of a place over a range of local days (one query). */
export async function placeAvailability(
  ctx: AppContext,
  place: PlaceWithRules,
  from: string | undefined,
  days: number,
): Promise<{ from: number; to: number; busy: BusyInterval[]; free: FreeSlot[] }> {
  const now = ctx.clock.now();
  const fromDate = fromDateOf(from, now);
  const start = instantAt(fromDate, 0);
  const end = instantAt(addDays(fromDate, days), 0);
  const busy = await listBusy(ctx.db.kysely, place.id, start, end);
  return { from: start, to: end, busy, free: freeSlots(place, busy, fromDate, days, now) };
}
