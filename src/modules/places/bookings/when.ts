import { type MessageParams, TIME_ZONE } from '#src/platform/i18n.ts';
import { addDays, localParts, localToEpoch } from '#src/platform/local-time.ts';

/**
 * Texts about time for messages that are shown in both languages (API problems carry Danish and
 * English at once), so each parameter comes in a Danish and an English form.
 */
const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats in Copenhagen time; formatters are built once (building one costs far more than using it). */
function formatIn(locale: 'da' | 'en', epochMs: number, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    formats.set(key, format);
  }
  return format.format(epochMs);
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const CLOCK_FORMAT: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** "torsdag den 3. december 2026 kl. 18.00–20.00" in the reader's language, local time. */
export function intervalText(locale: 'da' | 'en', startsAt: number, endsAt: number): string {
  const sameDay = localParts(startsAt).date === localParts(endsAt - 1).date;
  const from = formatIn(locale, startsAt, DAY_FORMAT);
  const fromClock = formatIn(locale, startsAt, CLOCK_FORMAT);
  const toClock = formatIn(locale, endsAt, CLOCK_FORMAT);
  if (sameDay)
    return locale === 'da' ? `${from} kl. ${fromClock}–${toClock}` : `${from}, ${fromClock}–${toClock}`;
  const to = formatIn(locale, endsAt, DAY_FORMAT);
  return locale === 'da'
    ? `${from} kl. ${fromClock} – ${to} kl. ${toClock}`
    : `${from}, ${fromClock} – ${to}, ${toClock}`;
}

/** `whenDa`/`whenEn` parameters naming an interval. */
export function whenParams(startsAt: number, endsAt: number): MessageParams {
  return { whenDa: intervalText('da', startsAt, endsAt), whenEn: intervalText('en', startsAt, endsAt) };
}

/** "3. december 2026" / "3 December 2026" for a local date. */
export function dateText(locale: 'da' | 'en', date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const noonUtc = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
  return formatIn(locale, noonUtc, { day: 'numeric', month: 'long', year: 'numeric' });
}

export function dateParams(date: string): MessageParams {
  return { dateDa: dateText('da', date), dateEn: dateText('en', date) };
}

/** The name of an ISO weekday (1 = Monday). */
export function weekdayName(locale: 'da' | 'en', weekday: number): string {
  // 1 January 2024 was a Monday, so day n of that month is ISO weekday n.
  return formatIn(locale, Date.UTC(2024, 0, weekday, 12), { weekday: 'long' });
}

/** "2 timer 30 minutter" / "2 hours 30 minutes". */
export function durationText(locale: 'da' | 'en', minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) {
    parts.push(
      locale === 'da'
        ? `${hours} ${hours === 1 ? 'time' : 'timer'}`
        : `${hours} ${hours === 1 ? 'hour' : 'hours'}`,
    );
  }
  if (rest > 0 || hours === 0) {
    parts.push(locale === 'da' ? `${rest} minutter` : `${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  }
  return parts.join(' ');
}

export function durationParams(minutes: number): MessageParams {
  return { durationDa: durationText('da', minutes), durationEn: durationText('en', minutes) };
}

/** The instant of a local date and wall-clock minute, where minute 1440 (24:00) is the next midnight. */
export function instantAt(date: string, minute: number): number {
  return minute >= 1440 ? localToEpoch(addDays(date, 1), minute - 1440) : localToEpoch(date, minute);
}
