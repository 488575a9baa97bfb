import type { FieldErrors } from '#src/platform/errors.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';

/**
 * Readers for what a form or the API sent. Values arrive as strings from forms and as numbers,
 * booleans or arrays from JSON; each reader accepts both and records one message per field.
 */
export type RawValue = unknown;

/** The facilities a place can offer (filterable; labels in the catalogue). */
export const FACILITIES = [
  'kitchen',
  'tables_chairs',
  'projector',
  'sound_system',
  'wifi',
  'toilet',
  'baby_changing',
  'sports_equipment',
  'outdoor_space',
  'storage',
  'bicycle_parking',
  'power_outlet',
] as const;
export type Facility = (typeof FACILITIES)[number];

export function isFacility(value: string): value is Facility {
  return (FACILITIES as readonly string[]).includes(value);
}

function asString(value: RawValue): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function readText(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  options: { max: number; required: PlainMessageKey | null },
): string {
  const text = (asString(value) ?? '').trim();
  if (text === '') {
    if (options.required !== null) errors[field] = { key: options.required };
    return '';
  }
  if (text.length > options.max) {
    errors[field] = { key: 'validation.tooLong', params: { max: options.max } };
    return '';
  }
  // Control characters (other than line breaks and tabs) never belong in a text a person typed.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what it looks for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) {
    errors[field] = { key: 'validation.invalid' };
    return '';
  }
  return text;
}

/** A whole number in [min, max]; `null` when empty and optional. */
export function readInteger(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  options: { min: number; max: number; message: PlainMessageKey; optional?: boolean },
): number | null {
  const text = (asString(value) ?? '').trim();
  if (text === '') {
    if (options.optional !== true) errors[field] = { key: options.message };
    return null;
  }
  const number = /^-?\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(number) || number < options.min || number > options.max) {
    errors[field] = { key: options.message };
    return null;
  }
  return number;
}

/** A decimal number (comma or point) in [min, max]. */
export function readDecimal(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  options: { min: number; max: number; required: PlainMessageKey; message: PlainMessageKey },
): number | null {
  const text = (asString(value) ?? '').trim().replace(',', '.');
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

/** One of the allowed values; the message names what to choose. */
export function readChoice<T extends string>(
  errors: FieldErrors,
  field: string,
  value: RawValue,
  allowed: readonly T[],
  message: PlainMessageKey,
): T | null {
  const text = (asString(value) ?? '').trim();
  const found = allowed.find((candidate) => candidate === text);
  if (found === undefined) {
    errors[field] = { key: message };
    return null;
  }
  return found;
}

/** A checkbox: ticked when the form sent "on"/"1"/"true", or JSON sent `true`. */
export function readFlag(value: RawValue): boolean {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.some(readFlag);
  return value === 'on' || value === '1' || value === 'true' || value === 'yes' || value === 1;
}

/** Several checkboxes of one name, or a JSON array: the distinct strings. */
export function readList(value: RawValue): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const strings = items.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
  return [...new Set(strings.filter((item) => item !== ''))];
}

/** The members of a fixed set; anything else is an error on the field. */
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
