import type { FieldErrors } from '#src/platform/errors.ts';
import { hasRefusedControl, readText } from '#src/platform/form-input.ts';
import { isLocale, type Locale } from '#src/platform/i18n.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 500;
export const NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 254;
export const TOKEN_NAME_MAX_LENGTH = 100;

// Deliberately loose: the verification mail is the real test of an address.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** E-mail addresses are compared and stored trimmed and lower-cased. */
export function normaliseEmail(raw: string | undefined): string {
  return (raw ?? '').trim().toLowerCase();
}

/** A person's name on one line, inner runs of spaces made one. */
export function checkName(errors: FieldErrors, field: string, raw: string | undefined): string {
  return readText(errors, field, raw, {
    max: NAME_MAX_LENGTH,
    required: 'accounts.validation.nameRequired',
  }).replace(/\s+/g, ' ');
}

export function checkEmail(errors: FieldErrors, field: string, raw: string | undefined): string {
  const email = normaliseEmail(raw);
  if (email === '') errors[field] = { key: 'accounts.validation.emailRequired' };
  else if (email.length > EMAIL_MAX_LENGTH) {
    errors[field] = { key: 'validation.tooLong', params: { max: EMAIL_MAX_LENGTH } };
  } else if (!EMAIL_PATTERN.test(email) || hasRefusedControl(email, false)) {
    errors[field] = { key: 'accounts.validation.emailInvalid' };
  }
  return email;
}

/** A new password: long enough to resist guessing, short enough not to burden the hash. */
export function checkNewPassword(errors: FieldErrors, field: string, raw: string | undefined): string {
  const password = raw ?? '';
  if (password === '') errors[field] = { key: 'accounts.validation.passwordRequired' };
  else if ([...password].length < PASSWORD_MIN_LENGTH) {
    errors[field] = { key: 'accounts.validation.passwordTooShort', params: { min: PASSWORD_MIN_LENGTH } };
  } else if (password.length > PASSWORD_MAX_LENGTH) {
    errors[field] = { key: 'validation.tooLong', params: { max: PASSWORD_MAX_LENGTH } };
  }
  return password;
}

export function checkLocale(errors: FieldErrors, field: string, raw: string | undefined): Locale {
  if (isLocale(raw)) return raw;
  errors[field] = { key: 'accounts.validation.localeInvalid' };
  return 'da';
}
