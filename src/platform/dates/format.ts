import type { Locale } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';

/**
 * Dates and times as people read them, in Copenhagen time: "tirsdag den 8. december 2026 kl. 18.00",
 * "Tuesday 8 December 2026 at 18:00". Danish keeps "den" between weekday and date, as Dansk
 * Sprognævn recommends and as `Intl` (da-DK) and every page and e-mail of Byliv already wrote it. Machine formats (CSV, iCalendar, API JSON, `<time datetime>`)
 * keep ISO and do not come here. Names of months and weekdays come from `Intl`; the order and the
 * punctuation are written here so that every page says it the same way.
 */
const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const names = new Map<string, readonly string[]>();

function namesOf(locale: Locale, kind: 'month' | 'weekday'): readonly string[] {
  const key = `${locale}:${kind}`;
  const cached = names.get(key);
  if (cached !== undefined) return cached;
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', [kind]: 'long' });
  // January 2024 began on a Monday, so day n (n = 1…7) of it is ISO weekday n.
  const list =
    kind === 'month'
      ? Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2024, month, 15)))
      : Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, day + 1)));
  names.set(key, list);
  return list;
}

/** The name of a month (1–12): "december" / "December". */
export function monthName(locale: Locale, month: number): string {
  return namesOf(locale, 'month')[month - 1] ?? '';
}

/** The name of an ISO weekday (1 = Monday): "tirsdag" / "Tuesday". */
export function weekdayName(locale: Locale, weekday: number): string {
  return namesOf(locale, 'weekday')[weekday - 1] ?? '';
}

interface DayParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

function dayParts(date: string): DayParts {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
  return { year, month, day, weekday };
}

function dayMonth(locale: Locale, parts: DayParts): string {
  return locale === 'da'
    ? `${parts.day}. ${monthName(locale, parts.month)}`
    : `${parts.day} ${monthName(locale, parts.month)}`;
}

/** A local date (YYYY-MM-DD): "8. december 2026", with `weekday` "tirsdag den 8. december 2026". */
export function formatDate(locale: Locale, date: string, options: { weekday?: boolean } = {}): string {
  const parts = dayParts(date);
  const text = `${dayMonth(locale, parts)} ${parts.year}`;
  if (options.weekday !== true) return text;
  return locale === 'da'
    ? `${weekdayName(locale, parts.weekday)} den ${text}`
    : `${weekdayName(locale, parts.weekday)} ${text}`;
}

/** A wall-clock minute: "18.00" in Danish, "18:00" in English; 1440 is "24.00", the end of a day. */
export function formatClockTime(locale: Locale, minuteOfDay: number): string {
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');
  return locale === 'da' ? `${hours}.${minutes}` : `${hours}:${minutes}`;
}

/** The time of day of an instant in Copenhagen: "18.00" / "18:00". */
export function formatTime(locale: Locale, epochMs: number): string {
  return formatClockTime(locale, localParts(epochMs).minute);
}

function at(locale: Locale): string {
  return locale === 'da' ? 'kl.' : 'at';
}

/** An instant: "tirsdag den 8. december 2026 kl. 18.00" / "Tuesday 8 December 2026 at 18:00". */
export function formatDateTime(locale: Locale, epochMs: number): string {
  const local = localParts(epochMs);
  return `${formatDate(locale, local.date, { weekday: true })} ${at(locale)} ${formatClockTime(locale, local.minute)}`;
}

/**
 * An interval of instants, half-open: "tirsdag den 8. december 2026 kl. 18.00–20.00" / "Tuesday
 * 8 December 2026, 18:00–20:00", or both days written out when it crosses midnight. An end at
 * midnight is 24.00 of the day it ends.
 */
export function formatInterval(locale: Locale, startsAt: number, endsAt: number): string {
  const start = localParts(startsAt);
  const lastMoment = localParts(Math.max(startsAt, endsAt - 1));
  const end = localParts(endsAt);
  const endClock = formatClockTime(locale, end.date === lastMoment.date ? end.minute : 1440);
  if (start.date === lastMoment.date) {
    const day = formatDate(locale, start.date, { weekday: true });
    const separator = locale === 'da' ? ' kl.' : ',';
    return `${day}${separator} ${formatClockTime(locale, start.minute)}–${endClock}`;
  }
  return `${formatDateTime(locale, startsAt)} – ${formatDate(locale, lastMoment.date, { weekday: true })} ${at(locale)} ${endClock}`;
}

/**
 * A range of local dates, both ends included: "20.–22. marts 2027", "30. marts – 2. april 2027",
 * "30. december 2026 – 2. januar 2027", and "20. marts 2027" when both ends are the same day.
 */
export function formatDateRange(locale: Locale, from: string, to: string): string {
  if (from === to) return formatDate(locale, from);
  const start = dayParts(from);
  const end = dayParts(to);
  if (start.year !== end.year) return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
  if (start.month !== end.month) return `${dayMonth(locale, start)} – ${formatDate(locale, to)}`;
  return locale === 'da'
    ? `${start.day}.–${formatDate(locale, to)}`
    : `${start.day}–${formatDate(locale, to)}`;
}
