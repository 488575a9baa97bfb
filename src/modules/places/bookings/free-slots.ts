import type { BusyInterval } from '#src/modules/places/bookings/availability.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { addDays, instantAt, localParts, localToEpoch } from '#src/platform/local-time.ts';
import { DAY, HOUR, MINUTE } from '#src/platform/time.ts';

/** A stretch of time in which a booking of at least the minimum length fits. */
export interface FreeSlot {
  startsAt: number;
  endsAt: number;
}

const QUARTER = 15 * MINUTE;

/** Slots start on a quarter hour, as people book. */
function roundUpToQuarter(epochMs: number): number {
  return Math.ceil(epochMs / QUARTER) * QUARTER;
}

/** [start, end) less every blocked range, as a sorted list of pieces. */
function subtract(
  start: number,
  end: number,
  blocked: ReadonlyArray<{ from: number; to: number }>,
): FreeSlot[] {
  let pieces: FreeSlot[] = [{ startsAt: start, endsAt: end }];
  for (const block of blocked) {
    const next: FreeSlot[] = [];
    for (const piece of pieces) {
      if (block.to <= piece.startsAt || piece.endsAt <= block.from) {
        next.push(piece);
        continue;
      }
      if (piece.startsAt < block.from) next.push({ startsAt: piece.startsAt, endsAt: block.from });
      if (block.to < piece.endsAt) next.push({ startsAt: block.to, endsAt: piece.endsAt });
    }
    pieces = next;
  }
  return pieces;
}

/**
 * The free slots of a place over `days` local days from `fromDate`: its weekly windows, less
 * closed dates, what is taken (a new booking's buffer must not reach the next one), what is too
 * soon (minimum notice) and what is too far ahead. Each slot is long enough for the shortest
 * booking allowed.
 */
export function freeSlots(
  place: PlaceWithRules,
  busy: readonly BusyInterval[],
  fromDate: string,
  days: number,
  now: number,
): FreeSlot[] {
  const { rules } = place;
  if (rules.accessMode !== 'bookable' && rules.accessMode !== 'on_request') return [];
  const earliest = roundUpToQuarter(now + rules.minNoticeHours * HOUR);
  const latestStart = now + rules.maxAdvanceDays * DAY;
  const buffer = rules.bufferMinutes * MINUTE;
  const blocked = busy.map((interval) => ({ from: interval.startsAt - buffer, to: interval.blockEnd }));
  const closed = new Set(rules.closedDates.map((closedDate) => closedDate.date));
  const slots: FreeSlot[] = [];
  for (let offset = 0; offset < days; offset += 1) {
    const date = addDays(fromDate, offset);
    if (closed.has(date)) continue;
    const weekday = localParts(localToEpoch(date, 12 * 60)).weekday;
    for (const window of rules.windows.filter((candidate) => candidate.weekday === weekday)) {
      const start = Math.max(instantAt(date, window.startMinute), earliest);
      const end = instantAt(date, window.endMinute);
      if (start >= end) continue;
      for (const piece of subtract(start, end, blocked)) {
        const startsAt = roundUpToQuarter(piece.startsAt);
        if (startsAt > latestStart) continue;
        if (piece.endsAt - startsAt >= rules.minDurationMinutes * MINUTE) {
          slots.push({ startsAt, endsAt: piece.endsAt });
        }
      }
    }
  }
  return slots;
}
