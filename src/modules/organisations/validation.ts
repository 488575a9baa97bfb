import { ORGANISATION_KINDS, type OrganisationKind } from '#src/modules/organisations/types.ts';
import { hasRefusedControl } from '#src/platform/form-input.ts';

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const EMAIL_MAX = 254;
/** A CVR number as typed, spaces and a DK prefix included. */
export const CVR_TYPED_MAX = 20;

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
  return (
    value.length <= EMAIL_MAX && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && !hasRefusedControl(value, false)
  );
}
