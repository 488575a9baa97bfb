import { ORGANISATION_KINDS, type OrganisationKind } from '#src/modules/organisations/types.ts';
import type { FieldErrors } from '#src/platform/errors.ts';

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const EMAIL_MAX = 254;
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r']);

/** Control characters other than tab and line breaks; PostgreSQL also refuses NUL in text. */
function hasControlCharacter(value: string): boolean {
  for (const character of value) {
    const code = character.charCodeAt(0);
    if ((code < 0x20 || code === 0x7f) && !ALLOWED_CONTROLS.has(character)) return true;
  }
  return false;
}

/** A Danish CVR number: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr)) return false;
  const sum = CVR_WEIGHTS.reduce((total, weight, index) => total + weight * Number(cvr[index]), 0);
  return sum % 11 === 0;
}

/** What people type: "12 34 56 74" or "DK12345674" → "12345674". */
export function normaliseCvr(raw: string): string {
  return raw.replace(/^\s*DK/i, '').replace(/[\s-]/g, '');
}

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/**
 * Checks a required or optional text field and returns it trimmed; records the problem in `errors`.
 * `null` for an empty optional field.
 */
export function checkText(
  errors: FieldErrors,
  field: string,
  raw: string | undefined,
  options: { max: number; optional?: boolean },
): string | null {
  const value = (raw ?? '').trim();
  if (value === '') {
    if (options.optional !== true) errors[field] = { key: 'validation.required' };
    return null;
  }
  if (value.length > options.max) {
    errors[field] = { key: 'validation.tooLong', params: { max: options.max } };
  } else if (hasControlCharacter(value)) {
    errors[field] = { key: 'validation.invalid' };
  }
  return value;
}
