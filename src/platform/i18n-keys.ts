import { da, type MessageKey } from '#src/locales/da.ts';
import type { PlainMessageKey } from '#src/platform/i18n-params.ts';

/** A `{name}` or `{name:format}` placeholder, as the formatter fills it. */
export const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(da, value);
}

/** A key whose text needs no values, e.g. a flash message named in a cookie. */
export function isPlainMessageKey(value: string): value is PlainMessageKey {
  return isMessageKey(value) && !new RegExp(PLACEHOLDER.source).test(da[value]);
}
