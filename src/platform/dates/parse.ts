import { isDateInRange, outOfRangeError } from '#src/platform/dates/instant.ts';
import type { FieldError, FieldErrors } from '#src/platform/errors.ts';
import { addDays, isLocalDate, localParts, localToEpoch } from '#src/platform/local-time.ts';

/**
 * Reads dates and times the way Danes type them into a form: "8.12.2026", "8/12", "8.12",
 * "08.12.26", "8-12-2026" and ISO "2026-12-08"; "18", "18.00", "18.30", "1830", "kl. 18" and
 * ISO "18:30". Only HTML forms use this; the JSON API keeps its ISO / RFC 3339 contract.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/**
 * How far back a date typed without a year may lie and still mean this past day rather than the
 * same day next year: a slip ("5.12" typed on 6 December) then reads as "that is in the past"
 * instead of silently booking a room a year ahead.
 */
export const YEARLESS_LOOKBACK_DAYS = 30;

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day, month and an optional two- or four-digit year, split by ".", "/", "-" or "," (a Danish
// phone's decimal keypad has only ","), with spaces after a separator and a trailing full stop
// allowed: "8. 12. 2026", "8.12.".
const DANISH_DATE = /^(\d{1,2})\s*[./,-]\s*(\d{1,2})(?:\s*[./,-]\s*(\d{2}|\d{4}))?\s*\.?$/;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "13.12.2026": the short form a person types, also used as the example in hints. */
export function formatInputDate(date: string): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return `${day}.${month}.${year}`;
}

/** An example date for hints and messages that is never in the past: a week from today. */
export function exampleDate(today: string): string {
  return formatInputDate(addDays(today, 7));
}

/** The year a day and month typed without a year mean: the first one from 30 days ago onwards. */
function yearFor(month: number, day: number, today: string): number {
  const [thisYear = 1970] = today.split('-').map(Number);
  const earliest = addDays(today, -YEARLESS_LOOKBACK_DAYS);
  for (const year of [thisYear - 1, thisYear]) {
    // Compare as if the day existed in every year, so 29.2 picks its year like any other day.
    if (iso(year, month, day) >= earliest) return year;
  }
  return thisYear + 1;
}

/**
 * Reads a local date. `today` is the local date of the request's "now" (Copenhagen); it fills in
 * a missing year and the example in the error message.
 */
export function parseDate(typed: string, today: string): Parsed<string> {
  const text = typed.trim();
  const formatError: Parsed<string> = {
    ok: false,
    error: { key: 'dates.error.dateFormat', params: { example: exampleDate(today) } },
  };
  let year: number;
  let month: number;
  let day: number;
  const isoMatch = ISO_DATE.exec(text);
  const danishMatch = DANISH_DATE.exec(text);
  if (isoMatch !== null) {
    [year, month, day] = [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])];
  } else if (danishMatch !== null) {
    day = Number(danishMatch[1]);
    month = Number(danishMatch[2]);
    const yearText = danishMatch[3];
    if (yearText === undefined) year = yearFor(month, day, today);
    else year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  } else {
    return formatError;
  }
  const date = iso(year, month, day);
  if (!isDateInRange(date)) return { ok: false, error: outOfRangeError() };
  return isLocalDate(date) ? { ok: true, value: date } : noSuchDate(text);
}

function noSuchDate(typed: string): { ok: false; error: FieldError } {
  return { ok: false, error: { key: 'dates.error.noSuchDate', params: { typed } } };
}

// "18", "8", "18.30", "18:30", "18,30", "1830", "0830", with an optional "kl." in front.
const CLOCK = /^(?:kl\.?\s*)?(\d{1,2})(?:\s*[.:,]\s*(\d{2}))?$/i;
const COMPACT_CLOCK = /^(?:kl\.?\s*)?(\d{2})(\d{2})$/i;

/**
 * Reads a wall-clock time into minutes since midnight. "24", "24.00" are midnight at the end of
 * the day (1440), which an end time may need.
 */
export function parseTime(typed: string): Parsed<number> {
  const text = typed.trim();
  const match = CLOCK.exec(text) ?? COMPACT_CLOCK.exec(text);
  if (match === null) return { ok: false, error: { key: 'dates.error.timeFormat' } };
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
    return { ok: false, error: { key: 'dates.error.noSuchTime', params: { typed: text } } };
  }
  return { ok: true, value: hours * 60 + minutes };
}

/**
 * Whether a local date and wall-clock minute exist in Copenhagen: a local time that does not
 * round-trip (local → instant → local) lies in the spring gap (02:00–02:59 on the last Sunday of
 * March). A form says so and names the time the clocks jump to, instead of moving it silently.
 * In the autumn overlap (02:00–02:59 on the last Sunday of October happens twice) the time
 * round-trips and is kept: `localToEpoch` takes the first occurrence, still summer time (UTC+2).
 */
export function wallClockError(date: string, minuteOfDay: number): FieldError | null {
  if (minuteOfDay >= 1440) return null;
  const back = localParts(localToEpoch(date, minuteOfDay));
  if (back.date === date && back.minute === minuteOfDay) return null;
  return {
    key: 'dates.error.springGap',
    params: {
      time: minuteOfDay,
      date,
      later: back.minute,
    },
  };
}

/**
 * Reads one date field of a form into `errors`: the local date, or null when it was left empty
 * (an error unless `optional`) or cannot be read (its specific error).
 */
export function readDateField(
  errors: FieldErrors,
  field: string,
  raw: string | undefined,
  today: string,
  options: { optional?: boolean } = {},
): string | null {
  return readField(errors, field, raw, options.optional === true, (text) => parseDate(text, today));
}

/** Reads one time field of a form into `errors`: minutes since midnight, or null as `readDateField`. */
export function readTimeField(
  errors: FieldErrors,
  field: string,
  raw: string | undefined,
  options: { optional?: boolean } = {},
): number | null {
  return readField(errors, field, raw, options.optional === true, parseTime);
}

function readField<T>(
  errors: FieldErrors,
  field: string,
  raw: string | undefined,
  optional: boolean,
  parse: (text: string) => Parsed<T>,
): T | null {
  const text = (raw ?? '').trim();
  if (text === '') {
    if (!optional) errors[field] = { key: 'validation.required' };
    return null;
  }
  const parsed = parse(text);
  if (!parsed.ok) errors[field] = parsed.error;
  return parsed.ok ? parsed.value : null;
}
