import { da, type MessageKey } from '#src/locales/da.ts';
import { en } from '#src/locales/en.ts';
import type { Locale } from '#src/modules/accounts/tables.ts';

export type { Locale, MessageKey };
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['da', 'en'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { da, en };
const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
export const TIME_ZONE = 'Europe/Copenhagen';

export interface Translator {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** Picks the `one` or `other` key by the locale's plural rules, with `{count}` filled in. */
  plural(count: number, one: MessageKey, other: MessageKey): string;
  dateTime(epochMs: number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

export function format(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

const translators = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const cached = translators.get(locale);
  if (cached !== undefined) return cached;
  const plurals = new Intl.PluralRules(intlLocale[locale]);
  const created: Translator = {
    locale,
    t: (key, params) => format(locale, key, params),
    plural: (count, one, other) =>
      format(locale, plurals.select(count) === 'one' ? one : other, {
        count: new Intl.NumberFormat(intlLocale[locale]).format(count),
      }),
    dateTime: (epochMs, options = { dateStyle: 'long', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, ...options }).format(epochMs),
    number: (value, options) => new Intl.NumberFormat(intlLocale[locale], options).format(value),
  };
  translators.set(locale, created);
  return created;
}

/** Both languages of one message, for API problems and logs read by either audience. */
export function bothLanguages(key: MessageKey, params?: MessageParams): { da: string; en: string } {
  return { da: format('da', key, params), en: format('en', key, params) };
}
