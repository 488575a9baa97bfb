import type { Parsed } from '#src/platform/dates/parse.ts';
import type { FieldError, FieldErrors } from '#src/platform/errors.ts';
import { localParts } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';

/**
 * The one reader of instants the JSON API receives (RFC 3339, e.g. "2027-06-30T18:00:00Z"), and
 * the range of years Byliv accepts for anything a person schedules. `Date.parse` is not used: it
 * answers NaN for a leap second, rolls "2027-02-31" over into March and reads a zone-less string
 * in the server's own zone. What this returns is always a safe integer inside the range.
 */

/** The first and last Copenhagen calendar year a booking, activity or search may fall in. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const INSTANT_EXAMPLE = '2027-06-30T18:00:00Z';

/** The error for a date or instant outside FIRST_YEAR–LAST_YEAR. */
export function outOfRangeError(): FieldError {
  return { key: 'dates.error.outOfRange', params: { first: FIRST_YEAR, last: LAST_YEAR } };
}

/** Whether a local date (YYYY-MM-DD) lies in the accepted years. */
export function isDateInRange(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

// Copenhagen is at most two hours from UTC: a day either side holds every accepted local year.
const EARLIEST = Date.UTC(FIRST_YEAR, 0, 1) - DAY;
const LATEST = Date.UTC(LAST_YEAR + 1, 0, 1) + DAY;

/** Whether an instant is a safe integer whose Copenhagen date lies in the accepted years. */
export function isInstantInRange(epochMs: number): boolean {
  if (!Number.isSafeInteger(epochMs) || epochMs < EARLIEST || epochMs >= LATEST) return false;
  return isDateInRange(localParts(epochMs).date);
}

// Date, "T" (or a space, as the API schema's date-time format allows), time, optional fraction,
// then "Z" or an offset ("+01:00", "+0100" or "+01").
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

function utcOf(year: number, month: number, day: number): number | null {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  const exists =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return exists ? probe.getTime() : null;
}

/**
 * Reads an RFC 3339 instant into epoch milliseconds. Refuses, each with its own message: text that
 * is not RFC 3339, a day or time that does not exist, a leap second (23:59:60: Byliv's clock, like
 * POSIX time, has no leap seconds, and the message suggests :59) and anything outside the accepted
 * years. Digits past the millisecond are dropped, since instants are stored in milliseconds.
 */
export function parseInstant(text: string): Parsed<number> {
  const match = RFC3339.exec(text.trim());
  const formatError: Parsed<number> = {
    ok: false,
    error: { key: 'dates.error.instantFormat', params: { example: INSTANT_EXAMPLE } },
  };
  if (match === null) return formatError;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(match[9] ?? 0);
  const offsetMins = Number(match[10] ?? 0);
  if (hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMins > 59) return formatError;
  if (second === 60) {
    const suggestion = text.trim().replace(/:60(?=[.Zz+ -]|$)/, ':59');
    return { ok: false, error: { key: 'dates.error.leapSecond', params: { suggestion } } };
  }
  const midnight = utcOf(year, month, day);
  if (midnight === null) {
    return {
      ok: false,
      error: { key: 'dates.error.noSuchDate', params: { typed: text.trim().slice(0, 10) } },
    };
  }
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const epochMs = midnight + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis;
  if (!isInstantInRange(epochMs)) return { ok: false, error: outOfRangeError() };
  return { ok: true, value: epochMs };
}

/** Reads one instant of an API body or query into `errors`: epoch milliseconds, or null when refused. */
export function readInstantField(errors: FieldErrors, field: string, raw: string): number | null {
  const parsed = parseInstant(raw);
  if (parsed.ok) return parsed.value;
  errors[field] = parsed.error;
  return null;
}
