import rrule from 'rrule';
import { addDays, instantAt, localParts, localToEpoch, offsetMinutes } from '#src/platform/local-time.ts';
import { DAY, MINUTE } from '#src/platform/time.ts';

const { RRule, datetime } = rrule;

/**
 * Recurrence (RFC 5545 RRULE) of activities. The rule is stored without DTSTART (that is the
 * activity's first start) and expanded only within a window, in floating local time, so an
 * 18:00 neighbour coffee stays at 18:00 across daylight-saving changes. Nothing is materialised.
 */
export const REPEATS = ['weekly', 'biweekly', 'monthly_weekday'] as const;
export type Repeat = (typeof REPEATS)[number];

export interface RecurrencePattern {
  repeat: Repeat;
  /** The last local date an occurrence may start on (inclusive); null: no end. */
  until: string | null;
}

/** The most occurrences ever expanded at once, and the most one bookable series may book. */
export const EXPANSION_LIMIT = 500;
export const MAX_BOOKED_OCCURRENCES = 53;

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Which weekday of its month a date is: 1–4, or -1 for the last (a fifth one). */
export function weekdayOrdinal(date: string): number {
  const day = Number(date.slice(8, 10));
  const nth = Math.ceil(day / 7);
  return nth >= 5 ? -1 : nth;
}

function utcStamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function untilInstant(until: string): number {
  return instantAt(addDays(until, 1), 0) - 1000;
}

/** The stored rule: `FREQ=WEEKLY;INTERVAL=2;UNTIL=20270131T225959Z`, `FREQ=MONTHLY;BYDAY=2TU`. */
export function ruleText(pattern: RecurrencePattern, firstStart: number): string {
  const local = localParts(firstStart);
  const parts =
    pattern.repeat === 'monthly_weekday'
      ? ['FREQ=MONTHLY', `BYDAY=${weekdayOrdinal(local.date)}${WEEKDAY_CODES[local.weekday - 1] ?? 'MO'}`]
      : ['FREQ=WEEKLY', `INTERVAL=${pattern.repeat === 'biweekly' ? 2 : 1}`];
  if (pattern.until !== null) parts.push(`UNTIL=${utcStamp(untilInstant(pattern.until))}`);
  return parts.join(';');
}

function field(text: string, name: string): string | undefined {
  return new RegExp(`(?:^|;)${name}=([^;]+)`).exec(text)?.[1];
}

/** Reads a stored rule back into the pattern the form shows. */
export function patternOf(text: string): RecurrencePattern {
  const freq = field(text, 'FREQ');
  const untilText = field(text, 'UNTIL');
  let until: string | null = null;
  if (untilText !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(untilText);
    if (match !== null) {
      const [, y, mo, d, h, mi, s] = match.map(Number);
      until = localParts(Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h, mi, s)).date;
    }
  }
  if (freq === 'MONTHLY') return { repeat: 'monthly_weekday', until };
  return { repeat: field(text, 'INTERVAL') === '2' ? 'biweekly' : 'weekly', until };
}

/** Wall-clock time as a Date whose UTC fields are the local ones: rrule's floating time. */
function floating(epochMs: number): Date {
  return new Date(epochMs + offsetMinutes(epochMs) * MINUTE);
}

function ruleFor(text: string, firstStart: number) {
  const local = localParts(firstStart);
  const [year, month, day] = local.date.split('-').map(Number);
  const pattern = patternOf(text);
  const byday = field(text, 'BYDAY');
  const weekday = WEEKDAY_CODES.indexOf((byday?.slice(-2) ?? 'MO') as (typeof WEEKDAY_CODES)[number]);
  const ordinal = Number(byday?.slice(0, -2) ?? '1');
  const untilLocal = pattern.until === null ? null : pattern.until.split('-').map(Number);
  return new RRule({
    freq: pattern.repeat === 'monthly_weekday' ? RRule.MONTHLY : RRule.WEEKLY,
    interval: pattern.repeat === 'biweekly' ? 2 : 1,
    byweekday:
      pattern.repeat === 'monthly_weekday' ? [new rrule.Weekday(Math.max(0, weekday), ordinal)] : null,
    dtstart: datetime(year ?? 1970, month ?? 1, day ?? 1, Math.floor(local.minute / 60), local.minute % 60),
    until:
      untilLocal === null
        ? null
        : datetime(untilLocal[0] ?? 1970, untilLocal[1] ?? 1, untilLocal[2] ?? 1, 23, 59, 59),
    tzid: null,
  });
}

function toInstants(dates: readonly Date[], firstStart: number): number[] {
  const minute = localParts(firstStart).minute;
  return dates.map((date) => localToEpoch(date.toISOString().slice(0, 10), minute));
}

/** Expansions by rule, first start and whole local days, reused across requests (bounded). */
const expansions = new Map<string, number[]>();
const EXPANSIONS_KEPT = 5000;

function expandDays(rrule: string, startsAt: number, fromDay: number, toDay: number): number[] {
  const key = `${rrule}|${startsAt}|${fromDay}|${toDay}`;
  const cached = expansions.get(key);
  if (cached !== undefined) return cached;
  const rule = ruleFor(rrule, startsAt);
  const windowStart = new Date(fromDay * DAY);
  const windowEnd = new Date(toDay * DAY);
  const dates = rule.between(windowStart, windowEnd, true, (_date, index) => index < EXPANSION_LIMIT * 2);
  const starts = toInstants(dates, startsAt);
  stepping.occurrences += starts.length;
  if (expansions.size >= EXPANSIONS_KEPT) expansions.clear();
  expansions.set(key, starts);
  return starts;
}

/** Up to this many starts are found by stepping the rule, not by expanding the whole window. */
const FEW = 50;

/**
 * The first `limit` starts in [from, to), stopping as soon as they are found: a collapsed list
 * showing a series' next dates does no work for the occurrences after them. The day margin
 * around the window holds at most one occurrence on each side (rules here are weekly or rarer).
 */
function fewStarts(
  text: string,
  startsAt: number,
  fromDay: number,
  toDay: number,
  from: number,
  to: number,
  limit: number,
): number[] {
  const margin = 2;
  const dates = ruleFor(text, startsAt).between(
    new Date(fromDay * DAY),
    new Date(toDay * DAY),
    true,
    (_date, index) => index < limit + margin,
  );
  stepping.occurrences += dates.length;
  return toInstants(dates, startsAt)
    .filter((start) => start >= from && start < to)
    .slice(0, limit);
}

/** Days from one local date to another (both `YYYY-MM-DD`). */
function daysFrom(first: string, second: string): number {
  return Math.round((Date.parse(second) - Date.parse(first)) / DAY);
}

/** A weekly rule's step in days and last local date; null for other rules. Parsed once per text. */
const weeklyRules = new Map<string, { step: number; until: string | null } | null>();

/** Weekly rules (every week or every other, with or without an end): their starts are arithmetic. */
function plainWeekly(text: string): { step: number; until: string | null } | null {
  const known = weeklyRules.get(text);
  if (known !== undefined) return known;
  const weekly = field(text, 'FREQ') === 'WEEKLY' && field(text, 'BYDAY') === undefined;
  const parsed = weekly
    ? { step: 7 * (field(text, 'INTERVAL') === '2' ? 2 : 1), until: patternOf(text).until }
    : null;
  if (weeklyRules.size >= EXPANSIONS_KEPT) weeklyRules.clear();
  weeklyRules.set(text, parsed);
  return parsed;
}

/** Times the rule was stepped, for tests that a list's work does not grow with the data. */
export const stepping = { occurrences: 0 };

/**
 * A weekly rule's starts in [from, to) by counting weeks from the first local date, in floating
 * local time as the rule library would (the same wall-clock minute on every date): the first
 * candidate is found by division, so the work is the occurrences returned, however long ago
 * the series began.
 */
function weeklyStarts(
  rule: { step: number; until: string | null },
  startsAt: number,
  from: number,
  to: number,
  limit: number,
): number[] {
  const { step, until } = rule;
  const { date: firstDate, minute } = localParts(startsAt);
  const fromDate = localParts(Math.max(from, startsAt)).date;
  // One step back from the week of `from`: a start that day may still lie before `from`.
  let index = Math.max(0, Math.floor(daysFrom(firstDate, fromDate) / step) - 1);
  const starts: number[] = [];
  while (starts.length < limit) {
    const date = addDays(firstDate, index * step);
    if (until !== null && date > until) break;
    const start = localToEpoch(date, minute);
    if (start >= to) break;
    stepping.occurrences += 1;
    if (start >= from) starts.push(start);
    index += 1;
  }
  return starts;
}

/**
 * The starts of the occurrences that begin in [from, to), at most `limit` of them. A single
 * activity (no rule) has its one start. The rule is expanded over whole local days around the
 * window (in floating time) and the result kept, so a list asked for again costs no expansion.
 */
export function occurrenceStarts(
  activity: { startsAt: number; rrule: string | null },
  from: number,
  to: number,
  limit = EXPANSION_LIMIT,
): number[] {
  if (activity.rrule === null) {
    return activity.startsAt >= from && activity.startsAt < to ? [activity.startsAt] : [];
  }
  if (to <= activity.startsAt) return [];
  const weekly = plainWeekly(activity.rrule);
  if (weekly !== null) return weeklyStarts(weekly, activity.startsAt, from, to, limit);
  const fromDay = Math.floor(floating(Math.max(from, activity.startsAt)).getTime() / DAY) - 1;
  const toDay = Math.ceil(floating(to).getTime() / DAY) + 1;
  if (limit <= FEW) return fewStarts(activity.rrule, activity.startsAt, fromDay, toDay, from, to, limit);
  return expandDays(activity.rrule, activity.startsAt, fromDay, toDay)
    .filter((start) => start >= from && start < to)
    .slice(0, limit);
}

/** Every start of a bounded series (at most `limit`); for an unbounded one the first `limit`. */
export function allStarts(activity: { startsAt: number; rrule: string | null }, limit: number): number[] {
  if (activity.rrule === null) return [activity.startsAt];
  const dates = ruleFor(activity.rrule, activity.startsAt).all((_date, index) => index < limit);
  return toInstants(dates, activity.startsAt);
}

/** Whether `start` is one of the series' own occurrences. */
export function isOccurrence(activity: { startsAt: number; rrule: string | null }, start: number): boolean {
  return occurrenceStarts(activity, start, start + 1, 1).includes(start);
}

/** End of the last occurrence of a bounded series; null when it has no end. */
export function seriesEnd(activity: {
  startsAt: number;
  endsAt: number;
  rrule: string | null;
}): number | null {
  if (activity.rrule === null) return activity.endsAt;
  if (field(activity.rrule, 'UNTIL') === undefined) return null;
  const starts = allStarts(activity, EXPANSION_LIMIT * 10);
  const last = starts[starts.length - 1] ?? activity.startsAt;
  return last + (activity.endsAt - activity.startsAt);
}
