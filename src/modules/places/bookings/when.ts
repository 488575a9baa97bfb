import { formatDate, formatInterval, weekdayName } from '#src/platform/dates/format.ts';
import type { Locale } from '#src/platform/i18n.ts';
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
