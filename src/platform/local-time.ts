import { MINUTE, TIME_ZONE } from '#src/platform/time.ts';

/**
 * Local (Europe/Copenhagen) calendar arithmetic over UTC epoch milliseconds. A person thinks in
 * local dates and wall-clock minutes; the database stores instants. The only place that knows the
 * zone's offset: `Intl` is the truth (it follows the tz database), asked once per UTC hour and kept,
 * which is the fast path feeds and calendars need (a few µs per conversion).
 */
export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const HOUR = 60 * MINUTE;

/** The offset asked of Intl (slow: a week calendar would ask thousands of times). */
function offsetFromIntl(epochMs: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(epochMs).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(epochMs / MINUTE) * MINUTE) / MINUTE);
}

/**
 * Copenhagen's offset changes only on whole UTC hours, so it is asked once per hour and kept.
 * The cache is bounded: a calendar touches a few hundred hours, the whole suite a few thousand.
 */
const offsetByHour = new Map<number, number>();
const OFFSET_CACHE_LIMIT = 100_000;

/** The zone's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function offsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = offsetFromIntl(hour * HOUR);
    if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

export function localParts(epochMs: number): LocalParts {
  const wallClock = new Date(epochMs + offsetMinutes(epochMs) * MINUTE);
  const month = String(wallClock.getUTCMonth() + 1).padStart(2, '0');
  const day = String(wallClock.getUTCDate()).padStart(2, '0');
  return {
    date: `${String(wallClock.getUTCFullYear()).padStart(4, '0')}-${month}-${day}`,
    weekday: wallClock.getUTCDay() || 7,
    minute: wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes(),
  };
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number);
  const probe = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() + 1 === month && probe.getUTCDate() === day;
}

/**
 * The instant of a local date and wall-clock minute. In the spring gap (02:00–03:00 does not
 * exist) the time moves forward by the gap; in the autumn overlap the first (summer) one is taken.
 */
export function localToEpoch(date: string, minuteOfDay: number): number {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new RangeError(`not a local date: ${date}`);
  const [, year, month, day] = match.map(Number);
  const naive = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 0, minuteOfDay);
  // Try the offsets in force just before and after; keep the one that maps back to the wall clock.
  const candidates = [offsetMinutes(naive - 12 * 60 * MINUTE), offsetMinutes(naive + 12 * 60 * MINUTE)];
  for (const offset of candidates.sort((a, b) => b - a)) {
    const instant = naive - offset * MINUTE;
    const back = localParts(instant);
    if (back.date === date && back.minute === minuteOfDay % 1440) return instant;
  }
  // In the gap: no wall-clock match; use the offset before the change, which lands after the gap.
  return naive - Math.min(...candidates) * MINUTE;
}

/** The instant of a local date and wall-clock minute, where minute 1440 (24:00) is the next midnight. */
export function instantAt(date: string, minute: number): number {
  return minute >= 1440 ? localToEpoch(addDays(date, 1), minute - 1440) : localToEpoch(date, minute);
}

/** Adds whole calendar days to a local date. */
export function addDays(date: string, days: number): string {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new RangeError(`not a local date: ${date}`);
  const [, year, month, day] = match.map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/** The local date of the Monday of the week holding `date`. */
export function startOfWeek(date: string): string {
  const match = DATE_PATTERN.exec(date);
  if (match === null) throw new RangeError(`not a local date: ${date}`);
  const [, year, month, day] = match.map(Number);
  const weekday = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay() || 7;
  return addDays(date, 1 - weekday);
}

/** Parses "HH:MM" into minutes since midnight; null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) return null;
  return hours * 60 + minutes;
}

export function formatClock(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
