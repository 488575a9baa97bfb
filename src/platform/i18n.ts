import { da, type MessageKey } from '#src/locales/da.ts';
import { en } from '#src/locales/en.ts';
import { formatClockTime, formatDate, formatInterval, weekdayName } from '#src/platform/dates/format.ts';
import { isMessageKey } from '#src/platform/i18n-keys.ts';
import type {
  Message,
  MessageKeyWith,
  MessageKeyWithin,
  ParamsArg,
  PlaceholderFormats,
  PlainMessageKey,
} from '#src/platform/i18n-params.ts';
import type { Locale } from '#src/platform/locale.ts';
import { formatDuration, formatUnitCount, pluralForm, type TimeUnit } from '#src/platform/plurals.ts';
import { TIME_ZONE } from '#src/platform/time.ts';

export type { Locale, Message, MessageKey, MessageKeyWith, PlainMessageKey };

/** The values of any message, as the formatter reads them; callers get them typed by key. */
type LooseValue = PlaceholderFormats[keyof PlaceholderFormats] | string;
type LooseParams = Readonly<Record<string, LooseValue>>;

export const LOCALES: readonly Locale[] = ['da', 'en'];
const catalogues: Record<Locale, Record<MessageKey, string>> = { da, en };
const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

export { TIME_ZONE };

export interface Translator {
  readonly locale: Locale;
  /** The key's text with its placeholders filled; the compiler demands exactly the key's values. */
  t<Key extends MessageKey>(key: Key, ...params: ParamsArg<Key>): string;
  /** A message kept for later (a field error, a problem) in this language. */
  message(message: Message): string;
  /** Picks the `one` or `other` key by the locale's plural rules, with `{count}` filled in. */
  plural(count: number, one: MessageKeyWithin<'count'>, other: MessageKeyWithin<'count'>): string;
  dateTime(epochMs: number, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** An amount in øre: "2.500 kr." (see formatMoney). */
  money(ore: number): string;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

/** Money in øre as people read it: "2.500 kr." when whole, "2.500,50 kr." otherwise ("DKK 2,500"). */
export function formatMoney(locale: Locale, ore: number): string {
  const digits = ore % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ore / 100);
}

/**
 * Fills `{name}` placeholders; `{name:format}` formats the value in the locale (see
 * PlaceholderFormats). A value that ends with a full stop ("2.500 kr.") swallows the template's own
 * full stop right after it.
 */
export function format<Key extends MessageKey>(locale: Locale, key: Key, ...params: ParamsArg<Key>): string {
  return fill(locale, key, params[0]);
}

/** A kept message in one language. */
export function formatMessage(locale: Locale, message: Message): string {
  return fill(locale, message.key, message.params);
}

function fill(locale: Locale, key: MessageKey, params: LooseParams | undefined): string {
  const template = catalogues[locale][key];
  if (params === undefined) return template;
  return template.replace(
    /\{(\w+)(?::(\w+))?\}(\.?)/g,
    (whole, name: string, format: string | undefined, stop: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      const text = formatValue(locale, format, value);
      return text.endsWith('.') ? text : `${text}${stop}`;
    },
  );
}

function formatValue(locale: Locale, format: string | undefined, value: LooseValue): string {
  if (typeof value === 'object') {
    if (format === 'orList') return orList(locale, value);
    const [startsAt = 0, endsAt = 0] = value;
    return formatInterval(locale, Number(startsAt), Number(endsAt));
  }
  if (format === 'money') return formatMoney(locale, Number(value));
  if (format === 'date') return formatDate(locale, String(value));
  if (format === 'clock') return formatClockTime(locale, Number(value));
  if (format === 'weekday') return weekdayName(locale, Number(value));
  if (format === 'duration') return formatDuration(locale, Number(value));
  const unit = format === undefined ? undefined : TIME_UNITS[format];
  if (unit !== undefined) return formatUnitCount(locale, unit, Number(value));
  if (format === 'people') return peopleText(locale, Number(value));
  return String(value);
}

const TIME_UNITS: Partial<Record<string, TimeUnit>> = {
  days: 'day',
  hours: 'hour',
  minutes: 'minute',
  seconds: 'second',
};

/** "1 person", "12 personer": a noun Intl cannot spell, its forms in the catalogue. */
function peopleText(locale: Locale, count: number): string {
  return fill(locale, `units.people.${pluralForm(locale, count)}`, {
    count: numberFormat(locale).format(count),
  });
}

/** "forening eller institution": the keys' texts, lower-cased, joined as one choice. */
function orList(locale: Locale, keys: readonly (string | number)[]): string {
  return keys
    .map((key) =>
      typeof key === 'string' && isMessageKey(key) ? catalogues[locale][key].toLowerCase() : String(key),
    )
    .join(` ${catalogues[locale]['list.or']} `);
}

const translators = new Map<Locale, Translator>();

/**
 * Building an Intl formatter costs far more than using one, and a week calendar formats hundreds
 * of dates; formatters are kept per locale and options (a handful of distinct ones in the app).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: TIME_ZONE, ...options });
    dateFormats.set(key, format);
  }
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(intlLocale[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

export function translator(locale: Locale): Translator {
  const cached = translators.get(locale);
  if (cached !== undefined) return cached;
  const created: Translator = {
    locale,
    t: (key, ...params) => fill(locale, key, params[0]),
    message: (message) => formatMessage(locale, message),
    plural: (count, one, other) =>
      fill(locale, pluralForm(locale, count) === 'one' ? one : other, {
        count: numberFormat(locale).format(count),
      }),
    dateTime: (epochMs, options = { dateStyle: 'long', timeStyle: 'short' }) =>
      dateFormat(locale, options).format(epochMs),
    number: (value, options) => numberFormat(locale, options).format(value),
    money: (ore) => formatMoney(locale, ore),
  };
  translators.set(locale, created);
  return created;
}

/** Both languages of one message, for API problems and logs read by either audience. */
export function bothLanguages(message: Message): { da: string; en: string } {
  return { da: formatMessage('da', message), en: formatMessage('en', message) };
}
