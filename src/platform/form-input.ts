import { type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import type { MessageKeyWith, PlainMessageKey } from '#src/platform/i18n.ts';

/**
 * The form kit: readers for what an HTML form or a JSON client sent. Values arrive as strings from
 * forms and as numbers, booleans or arrays from JSON; each reader accepts both, records at most one
 * message per field in `errors` and returns what it read (`null` or `''` where it recorded one).
 * After reading, `checkedValues` throws the collected errors or hands back the values narrowed, so
 * no caller needs an "unreachable" check.
 *
 * One rule for control characters (C0 U+0000–U+001F, DEL U+007F, C1 U+0080–U+009F). None of them
 * can be typed into a form; they come from pasted or machine-made text, print as nothing or break
 * a mail's lines, and PostgreSQL refuses NUL outright.
 * - Single-line text (`readText`): a tab becomes a space (a cell pasted from a spreadsheet);
 *   any other control character, line breaks included, refuses the field (`validation.invalid`).
 * - Multi-line text (`readText` with `multiline`): CR LF and a lone CR become LF first, since
 *   browsers send CR LF but count a line break as one character against `maxlength`; LF and tab are
 *   kept; any other control character refuses the field.
 * The text is refused rather than cleaned so that an API client learns its data was not stored as
 * sent. Lengths are counted after that, in UTF-16 units, as a browser's `maxlength` counts them.
 */
export type RawValue = unknown;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it finds
const SINGLE_LINE_REFUSED = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what it finds
const MULTI_LINE_REFUSED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** True when the text holds a control character the rule above refuses. */
export function hasRefusedControl(text: string, multiline: boolean): boolean {
  return (multiline ? MULTI_LINE_REFUSED : SINGLE_LINE_REFUSED).test(text);
}

/** A form's string, or a JSON number written as the form would send it; null for anything else. */
export function asText(value: RawValue): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function normalised(text: string, multiline: boolean): string {
  return multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\t/g, ' ');
}

export interface TextOptions {
  max: number;
  /** The message when it is left empty; absent: the field may be empty. */
  required?: PlainMessageKey | undefined;
  /** The message when it is too long, if not the common one; it names the limit as `max`. */
  tooLong?: MessageKeyWith<'max'>;
  /** A text area: line breaks and tabs kept (see the rule above). */
  multiline?: boolean;
}

/** A trimmed text of at most `max` characters under the control-character rule; '' on an error. */
export function readText(errors: FieldErrors, field: string, value: RawValue, options: TextOptions): string {
  const multiline = options.multiline === true;
  const text = normalised(asText(value) ?? '', multiline).trim();
  if (text === '') {
    if (options.required !== undefined) errors[field] = { key: options.required };
    return '';
  }
  if (text.length > options.max) {
    errors[field] = { key: options.tooLong ?? 'validation.tooLong', params: { max: options.max } };
    return '';
  }
  if (hasRefusedControl(text, multiline)) {
    errors[field] = { key: 'validation.invalid' };
    return '';
  }
  return text;
}

export interface IntegerOptions {
  min: number;
  max: number;
  /** The message for a missing or out-of-range value. */
  message: PlainMessageKey;
  /** The message when it is left empty, if not `message`. */
  required?: PlainMessageKey;
  optional?: boolean;
}

/** A whole number in [min, max] (at most nine digits); `null` when empty and optional, or on an error. */
export function readInteger(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  options: IntegerOptions,
): number | null {
  const text = (asText(value) ?? '').trim();
  if (text === '') {
    if (options.optional !== true) errors[field] = { key: options.required ?? options.message };
    return null;
  }
  const number = /^-?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(number) || number < options.min || number > options.max) {
    errors[field] = { key: options.message };
    return null;
  }
  return number;
}

/** A decimal number typed with a point or a Danish comma, in [min, max]. */
export function readDecimal(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  options: { min: number; max: number; required: PlainMessageKey; message: PlainMessageKey },
): number | null {
  const text = (asText(value) ?? '').trim().replace(',', '.');
  if (text === '') {
    errors[field] = { key: options.required };
    return null;
  }
  const number = /^-?\d{1,3}(\.\d{1,10})?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(number) || number < options.min || number > options.max) {
    errors[field] = { key: options.message };
    return null;
  }
  return number;
}

/** One of the allowed values, as its own type; the message names what to choose. */
export function readChoice<T extends string>(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  allowed: readonly T[],
  message: PlainMessageKey,
): T | null {
  const found = pickChoice(allowed, value);
  if (found === null) errors[field] = { key: message };
  return found;
}

/** The allowed value the raw one names (trimmed), or null; records nothing. */
export function pickChoice<T extends string>(allowed: readonly T[], value: RawValue): T | null {
  const text = (asText(value) ?? '').trim();
  return allowed.find((candidate) => candidate === text) ?? null;
}

/** A checkbox: ticked when the form sent "on"/"1"/"true"/"yes", or JSON sent `true` or 1. */
export function readFlag(value: RawValue): boolean {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.some(readFlag);
  return value === 'on' || value === '1' || value === 'true' || value === 'yes' || value === 1;
}

/** Several checkboxes of one name, or a JSON array: the distinct non-empty strings, trimmed. */
export function readList(value: RawValue): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const strings = items.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
  return [...new Set(strings.filter((item) => item !== ''))];
}

/** The members of a fixed set; anything else is an error on the field (and nothing is returned). */
export function readSubset<T extends string>(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  allowed: readonly T[],
  message: PlainMessageKey,
): T[] {
  const chosen: T[] = [];
  for (const item of readList(value)) {
    const found = allowed.find((candidate) => candidate === item);
    if (found === undefined) {
      errors[field] = { key: message };
      return [];
    }
    chosen.push(found);
  }
  return chosen;
}

/** A positive database id (a JSON integer or up to nine digits of text); null for anything else. */
export function readId(value: RawValue): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : null;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,9}$/.test(text)) return null;
  const id = Number(text);
  return id > 0 ? id : null;
}

/** Values read for a form, some of which a reader left `null` after recording an error. */
type Read = Record<string, unknown>;
export type Checked<T extends Read> = { [K in keyof T]: Exclude<T[K], null> };

/**
 * Throws the collected field errors (one ValidationError), or returns `values` with `null` taken
 * out of their types. Pass only values that must be present, keyed by their field's name: a
 * reader returns null only after recording an error, so a null without an error is a reader's
 * slip, and it is refused on its field rather than let through.
 */
export function checkedValues<T extends Read>(errors: FieldErrors, values: T): Checked<T> {
  for (const [field, value] of Object.entries(values)) {
    if (value === null && errors[field] === undefined) errors[field] = { key: 'validation.required' };
  }
  throwIfInvalid(errors);
  // Every value was checked above to be non-null.
  return values as Checked<T>;
}

/**
 * A body schema's `maxLength` for a field whose limit is `max`: twice the limit. The reader counts
 * after a CR LF has become one LF (as the browser's `maxlength` counts it), so a text area filled
 * to its limit may arrive with up to twice as many characters; past the cap the body is refused
 * before the reader sees it.
 */
export function fieldCap(max: number): number {
  return 2 * max;
}

/** The alternative text of an uploaded photo (the shared photo form and every module's reader). */
export const PHOTO_ALT_TEXT_MAX = 300;
