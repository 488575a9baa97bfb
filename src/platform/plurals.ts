import type { Locale } from '#src/platform/locale.ts';

/**
 * Counts with their words, by each language's plural rules (`Intl`), never `n === 1 ? … : …`:
 * "1 dag", "30 dage", "1 minute", "2 timer 30 minutter". Units `Intl` knows are spelt by
 * `Intl.NumberFormat` (unit, long); other nouns (people) have their forms in the catalogue, and
 * `pluralForm` picks which. `Intl.DurationFormat` is not in Node 20, so a duration is its parts.
 */
const INTL_LOCALE: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export type TimeUnit = 'day' | 'hour' | 'minute' | 'second';

const unitFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** "1 dag", "30 dage" / "1 day", "30 days". */
export function formatUnitCount(locale: Locale, unit: TimeUnit, count: number): string {
  const key = `${locale}:${unit}`;
  let format = unitFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, unitDisplay: 'long' });
    unitFormats.set(key, format);
  }
  return format.format(count);
}

/** Whether a count takes the `one` or the `other` form of a noun in this language. */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    pluralRules.set(locale, rules);
  }
  // Danish and English have only these two cardinal forms.
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** A length in minutes as hours and minutes: "2 timer 30 minutter", "1 hour", "45 minutes". */
export function formatDuration(locale: Locale, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(formatUnitCount(locale, 'hour', hours));
  if (rest > 0 || hours === 0) parts.push(formatUnitCount(locale, 'minute', rest));
  return parts.join(' ');
}
