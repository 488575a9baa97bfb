import { parseDkk, parsePositiveDkk } from '#src/modules/grants/amounts.ts';
import { GRANT_CATEGORIES, type GrantCategory } from '#src/modules/grants/tables.ts';
import { parseDate } from '#src/platform/dates/parse.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { readText as readFormText } from '#src/platform/form-input.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';
import { isLocalDate } from '#src/platform/local-time.ts';

/** Readers for what a form or the API sent; each records one message per field in `errors`. */

/**
 * A trimmed text under the form kit's one rule for control characters. Grants' texts are read as
 * multi-line (most are text areas, and line breaks were always kept here), so a CR LF counts as
 * one character, as the browser's `maxlength` counts it.
 */
export function readText(
  errors: FieldErrors,
  field: string,
  raw: unknown,
  options: { max: number; required?: PlainMessageKey },
): string {
  return readFormText(errors, field, raw, { ...options, multiline: true });
}

/** An amount in kroner as typed; `null` when left empty (and then `required` decides). */
export function readAmount(
  errors: FieldErrors,
  field: string,
  raw: unknown,
  options: { positive?: boolean; required?: boolean } = {},
): number | null {
  const text = typeof raw === 'string' ? raw : '';
  if (text.trim() === '') {
    if (options.required === true) errors[field] = { key: 'grants.amount.required' };
    return null;
  }
  const result = options.positive === true ? parsePositiveDkk(text) : parseDkk(text);
  if (!result.ok) {
    errors[field] = result.error;
    return null;
  }
  return result.ore;
}

/** An amount in øre from the API: a whole number, checked like a typed one. */
export function checkOre(
  errors: FieldErrors,
  field: string,
  ore: number | undefined,
  options: { positive?: boolean; required?: boolean } = {},
): number | null {
  if (ore === undefined) {
    if (options.required === true) errors[field] = { key: 'grants.amount.required' };
    return null;
  }
  if (!Number.isSafeInteger(ore)) errors[field] = { key: 'grants.amount.notANumber' };
  else if (ore < 0) errors[field] = { key: 'grants.amount.negative' };
  else if (ore === 0 && options.positive === true) errors[field] = { key: 'grants.amount.zero' };
  else return ore;
  return null;
}

/**
 * A date: ISO YYYY-MM-DD from the API; as Danes type it ("8.12", "8.12.2026", ISO too) when an
 * HTML form sent it, which passes `formToday` (the request's local date, to fill a missing year).
 */
export function readDate(
  errors: FieldErrors,
  field: string,
  raw: unknown,
  required: boolean,
  formToday?: string,
): string | null {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') {
    if (required) errors[field] = { key: 'grants.validation.dateRequired' };
    return null;
  }
  if (formToday !== undefined) {
    const parsed = parseDate(text, formToday);
    if (!parsed.ok) errors[field] = parsed.error;
    return parsed.ok ? parsed.value : null;
  }
  if (!isLocalDate(text)) {
    errors[field] = { key: 'grants.validation.dateFormat' };
    return null;
  }
  return text;
}

export function isCategory(value: unknown): value is GrantCategory {
  return typeof value === 'string' && (GRANT_CATEGORIES as readonly string[]).includes(value);
}

/** A coordinate typed with a dot or a Danish comma; null when empty or not a number in range. */
export function readCoordinate(raw: unknown, limit: number): number | null | 'invalid' {
  if (typeof raw === 'number') return Number.isFinite(raw) && Math.abs(raw) <= limit ? raw : 'invalid';
  const text = typeof raw === 'string' ? raw.trim().replace(',', '.') : '';
  if (text === '') return null;
  if (!/^-?\d{1,3}(\.\d{1,10})?$/.test(text)) return 'invalid';
  const value = Number(text);
  return Math.abs(value) <= limit ? value : 'invalid';
}

/** An amount as the HTML form types it (kroner text) or as the API sends it (whole øre). */
export type AmountInput = { text: unknown } | { ore: number | undefined };

export function readAmountInput(
  errors: FieldErrors,
  field: string,
  input: AmountInput,
  options: { positive?: boolean; required?: boolean } = {},
): number | null {
  return 'text' in input
    ? readAmount(errors, field, input.text, options)
    : checkOre(errors, field, input.ore, options);
}
