import type { Activity, Occurrence } from '#src/modules/activities/model.ts';
import { weekdayOrdinal } from '#src/modules/activities/occurrences/recurrence.ts';
import { weekdayName } from '#src/platform/dates/format.ts';
import { type PlainMessageKey, TIME_ZONE, type Translator } from '#src/platform/i18n.ts';
import { localParts } from '#src/platform/local-time.ts';

const INTL_LOCALE = { da: 'da-DK', en: 'en-GB' } as const;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: 'da' | 'en', options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, ...options });
    formats.set(key, format);
  }
  return format;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric' };
const DAY_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

function ordinalKey(ordinal: number): PlainMessageKey {
  if (ordinal === 1) return 'activities.series.ordinal.1';
  if (ordinal === 2) return 'activities.series.ordinal.2';
  if (ordinal === 3) return 'activities.series.ordinal.3';
  if (ordinal === 4) return 'activities.series.ordinal.4';
  return 'activities.series.ordinal.last';
}

/**
 * How a series repeats, in words: "hver lørdag kl. 10.00–11.30", "hver anden tirsdag kl. …",
 * "første lørdag i måneden kl. …" (weekday and clock through `Intl`, the rest from the
 * catalogue); null for a single activity.
 */
export function recurrenceText(t: Translator, activity: Activity): string | null {
  if (activity.recurrence === null) return null;
  const first = localParts(activity.startsAt);
  const params = {
    weekday: weekdayName(t.locale, first.weekday),
    from: formatter(t.locale, CLOCK).format(activity.startsAt),
    to: formatter(t.locale, CLOCK).format(activity.endsAt),
  };
  if (activity.recurrence.repeat === 'monthly_weekday') {
    const ordinal = t.t(ordinalKey(weekdayOrdinal(first.date)));
    return t.t('activities.series.monthly', { ...params, ordinal });
  }
  return t.t(
    activity.recurrence.repeat === 'biweekly' ? 'activities.series.biweekly' : 'activities.series.weekly',
    params,
  );
}

/** Whether the locale writes the day before the month ("12. dec.", "12 Dec"), so days can share one month. */
function dayFirst(locale: 'da' | 'en'): boolean {
  const types = formatter(locale, DAY_MONTH)
    .formatToParts(0)
    .map((part) => part.type);
  return types.indexOf('day') < types.indexOf('month');
}

/**
 * Dates in short, days of one month sharing its name: "12., 19. og 26. dec." /
 * "12, 19 and 26 Dec"; a cancelled date says so.
 */
export function shortDates(t: Translator, occurrences: readonly Occurrence[]): string {
  const shared = dayFirst(t.locale);
  const pieces = occurrences.map((occurrence, index) => {
    const following = occurrences[index + 1];
    const month = localParts(occurrence.startsAt).date.slice(0, 7);
    const sameMonthNext =
      shared &&
      following !== undefined &&
      !occurrence.cancelled &&
      localParts(following.startsAt).date.slice(0, 7) === month;
    const date = formatter(t.locale, sameMonthNext ? DAY : DAY_MONTH).format(occurrence.startsAt);
    return occurrence.cancelled ? t.t('activities.series.cancelledDate', { date }) : date;
  });
  return new Intl.ListFormat(INTL_LOCALE[t.locale], { type: 'unit', style: 'short' }).format(pieces);
}
