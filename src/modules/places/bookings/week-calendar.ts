import type { BusyInterval } from '#src/modules/places/bookings/availability.ts';
import { listBusyOfPlaces } from '#src/modules/places/bookings/queries.ts';
import { instantAt } from '#src/modules/places/bookings/when.ts';
import { type PlaceWithRules, withinWindows } from '#src/modules/places/rules.ts';
import type { AppContext } from '#src/platform/context.ts';
import { addDays, isLocalDate, localParts, startOfWeek } from '#src/platform/local-time.ts';
import { DAY, MINUTE } from '#src/platform/time.ts';

/** One half hour of one day: taken, free to book, open (open places), unavailable, or past. */
export type CellState = 'busy' | 'free' | 'open' | 'closed' | 'past';

export interface CalendarDay {
  date: string;
  weekday: number;
  /** Why the place is closed that day, when it is. */
  closedReason: string | null;
}

export interface WeekCalendarModel {
  placeSlug: string;
  /** Monday of the week shown, and the Mondays to link to. */
  weekStart: string;
  previousWeek: string;
  nextWeek: string;
  days: CalendarDay[];
  /** Half-hour rows in local wall-clock time, each with one cell per day. */
  rows: Array<{ minute: number; cells: CellState[] }>;
}

const STEP = 30;
const DEFAULT_FIRST = 8 * 60;
const DEFAULT_LAST = 22 * 60;

/** The Monday of the week asked for with `?uge=YYYY-MM-DD` (any day of it), or of this week. */
export function weekStartOf(param: string | undefined, now: number): string {
  return startOfWeek(param !== undefined && isLocalDate(param) ? param : localParts(now).date);
}

function rowRange(place: PlaceWithRules, busy: readonly BusyInterval[]): [number, number] {
  const starts = place.rules.windows.map((window) => window.startMinute);
  const ends = place.rules.windows.map((window) => window.endMinute);
  for (const interval of busy) {
    starts.push(localParts(interval.startsAt).minute);
    ends.push(localParts(interval.blockEnd).minute || 1440);
  }
  if (starts.length === 0) return [DEFAULT_FIRST, DEFAULT_LAST];
  return [Math.floor(Math.min(...starts) / 60) * 60, Math.ceil(Math.max(...ends) / 60) * 60];
}

/** Local wall-clock minutes of one day as instants; cheap on days without a clock change. */
function dayClock(date: string): (minute: number) => number {
  const start = instantAt(date, 0);
  if (instantAt(date, 1440) - start !== DAY) return (minute) => instantAt(date, minute);
  return (minute) => start + minute * MINUTE;
}

function cellState(
  place: PlaceWithRules,
  busy: readonly BusyInterval[],
  day: CalendarDay & { at: (minute: number) => number },
  minute: number,
  now: number,
): CellState {
  const start = day.at(minute);
  const end = day.at(minute + STEP);
  if (busy.some((interval) => interval.startsAt < end && start < interval.blockEnd)) return 'busy';
  const inWindow =
    day.closedReason === null && withinWindows(place.rules.windows, day.weekday, minute, minute + STEP);
  if (!inWindow) return 'closed';
  if (place.rules.accessMode === 'open') return 'open';
  if (place.rules.accessMode === 'closed') return 'closed';
  return end <= now ? 'past' : 'free';
}

/** The week's grid from the place's rules and the live bookings of that week (pure). */
export function weekCalendarModel(
  place: PlaceWithRules,
  busy: readonly BusyInterval[],
  weekStart: string,
  now: number,
): WeekCalendarModel {
  const closed = new Map(place.rules.closedDates.map((closedDate) => [closedDate.date, closedDate.reason]));
  const days = Array.from({ length: 7 }, (_, index) => {
    const date = addDays(weekStart, index);
    return { date, weekday: index + 1, closedReason: closed.get(date) ?? null };
  });
  const [first, last] = rowRange(place, busy);
  const clocks = days.map((day) => ({ ...day, at: dayClock(day.date) }));
  const rows: WeekCalendarModel['rows'] = [];
  for (let minute = first; minute < last; minute += STEP) {
    rows.push({ minute, cells: clocks.map((day) => cellState(place, busy, day, minute, now)) });
  }
  return {
    placeSlug: place.slug,
    weekStart,
    previousWeek: addDays(weekStart, -7),
    nextWeek: addDays(weekStart, 7),
    days,
    rows,
  };
}

/**
 * The week calendar of a place page, in ONE query (the week's live bookings) on top of the place
 * with its rules that the page has already loaded: the same cost at 10 or 10,000 bookings.
 */
export async function buildWeekCalendar(
  ctx: AppContext,
  place: PlaceWithRules,
  weekParam: string | undefined,
): Promise<WeekCalendarModel> {
  const now = ctx.clock.now();
  const weekStart = weekStartOf(weekParam, now);
  const from = instantAt(weekStart, 0);
  const to = instantAt(addDays(weekStart, 7), 0);
  const busy = await listBusyOfPlaces(ctx.db.kysely, [place.id], from, to);
  return weekCalendarModel(place, busy, weekStart, now);
}
