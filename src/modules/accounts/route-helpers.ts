import type { FieldErrors } from '#src/platform/errors.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

/** The values a form re-renders with: the named text fields only, so passwords never come back. */
export function formState(
  body: Record<string, unknown>,
  fields: readonly string[],
  errors: FieldErrors = {},
): FormState {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = body[field];
    if (typeof value === 'string') values[field] = value;
  }
  return { values, errors };
}
