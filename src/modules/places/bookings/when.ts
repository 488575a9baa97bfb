import { formatDate, formatInterval, weekdayName } from '#src/platform/dates/format.ts';
import type { Locale } from '#src/platform/i18n.ts';
import { addDays, localToEpoch } from '#src/platform/local-time.ts';
import { formatDuration } from '#src/platform/plurals.ts';

/** "torsdag den 3. december 2026 kl. 18.00–20.00" in the reader's language, local time. */
export function intervalText(locale: Locale, startsAt: number, endsAt: number): string {
  return formatInterval(locale, startsAt, endsAt);
}

/** "3. december 2026" / "3 December 2026" for a local date. */
export function dateText(locale: Locale, date: string): string {
  return formatDate(locale, date);
}

export { weekdayName };

/** "2 timer 30 minutter" / "2 hours 30 minutes". */
export function durationText(locale: Locale, minutes: number): string {
  return formatDuration(locale, minutes);
}

/** The instant of a local date and wall-clock minute, where minute 1440 (24:00) is the next midnight. */
export function instantAt(date: string, minute: number): number {
  return minute >= 1440 ? localToEpoch(addDays(date, 1), minute - 1440) : localToEpoch(date, minute);
}
