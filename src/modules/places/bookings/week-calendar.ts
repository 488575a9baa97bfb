import {
  type BookingProblemCode,
  type BusyInterval,
  checkInterval,
  type LocalDayPiece,
} from '#src/modules/places/bookings/availability.ts';
import { listBusy } from '#src/modules/places/bookings/queries.ts';
import { type PlaceWithRules, withinWindows } from '#src/modules/places/rules.ts';
import type { AppContext } from '#src/platform/context.ts';
import { parseDate } from '#src/platform/dates/parse.ts';
import { addDays, instantAt, isLocalDate, localParts, startOfWeek } from '#src/platform/local-time.ts';
import { DAY, MINUTE } from '#src/platform/time.ts';

/**
 * One half hour of one day: taken, free to book, open (open places), unavailable, past, or not
 * bookable by the place's rules although nothing is booked: too short notice, too far ahead, or
 * within the pause (buffer) a booking needs before or after another.
 */
export type CellState = 'busy' | 'free' | 'open' | 'closed' | 'past' | 'notice' | 'ahead' | 'buffer';

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

/**
 * The Monday of the week asked for with `?uge=` or a chosen date (any day of that week, written
 * as ISO or as Danes type it, e.g. "8.12.2026"), or of this week.
 */
export function weekStartOf(param: string | undefined, now: number): string {
  const today = localParts(now).date;
  if (param === undefined || param.trim() === '') return startOfWeek(today);
  if (isLocalDate(param)) return startOfWeek(param);
  const parsed = parseDate(param, today);
  return startOfWeek(parsed.ok ? parsed.value : today);
}

// The rules of the engine that can forbid a half hour nothing is booked in, and what the cell says.
const RULE_STATES: Partial<Record<BookingProblemCode, CellState>> = {
  in_past: 'past',
  too_short_notice: 'notice',
  too_far_ahead: 'ahead',
  clash: 'buffer',
  closed_date: 'closed',
  outside_windows: 'closed',
};

/**
 * Asks the availability engine about one half hour, as a manager would book it (no scope rules).
 * `piece` is the half hour on its local day when the day has no clock change (then the engine
 * need not work it out again for each of the week's cells).
 */
function ruleState(
  place: PlaceWithRules,
  busy: readonly BusyInterval[],
  start: number,
  end: number,
  now: number,
  piece: LocalDayPiece | null,
) {
  const problems = checkInterval(
    place,
    { startsAt: start, endsAt: end, attendees: 1, responsibleHostName: '-' },
    { organisationIds: [], organisationKinds: [], isManager: true },
    busy,
    now,
    piece === null ? undefined : [piece],
  );
  for (const code of [
    'in_past',
    'closed_date',
    'outside_windows',
    'too_short_notice',
    'too_far_ahead',
    'clash',
  ] as const) {
    if (problems.some((problem) => problem.code === code)) return RULE_STATES[code] ?? 'closed';
  }
  return 'free';
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

/**
 * Local wall-clock minutes of one day as instants; cheap on days without a clock change, which
 * are `plain` (each half hour is then the piece of the day it names).
 */
function dayClock(date: string): { at: (minute: number) => number; plain: boolean } {
  const start = instantAt(date, 0);
  if (instantAt(date, 1440) - start !== DAY) return { at: (minute) => instantAt(date, minute), plain: false };
  return { at: (minute) => start + minute * MINUTE, plain: true };
}

function cellState(
  place: PlaceWithRules,
  busy: readonly BusyInterval[],
  day: CalendarDay & { at: (minute: number) => number; plain: boolean },
  minute: number,
  now: number,
): CellState {
  const start = day.at(minute);
  const end = day.at(minute + STEP);
  if (busy.some((interval) => interval.startsAt < end && start < interval.endsAt)) return 'busy';
  const inWindow =
    day.closedReason === null && withinWindows(place.rules.windows, day.weekday, minute, minute + STEP);
  if (!inWindow) return 'closed';
  if (place.rules.accessMode === 'open') return 'open';
  if (place.rules.accessMode === 'closed') return 'closed';
  if (end <= now) return 'past';
  const piece = day.plain
    ? { date: day.date, weekday: day.weekday, startMinute: minute, endMinute: minute + STEP }
    : null;
  return ruleState(place, busy, start, end, now, piece);
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
  const clocks = days.map((day) => ({ ...day, ...dayClock(day.date) }));
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
  const busy = await listBusy(ctx.db.kysely, place.id, from, to);
  return weekCalendarModel(place, busy, weekStart, now);
}
