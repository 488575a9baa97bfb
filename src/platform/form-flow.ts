import { type FieldErrors, ValidationError } from '#src/platform/errors.ts';

/** What a form's action came to: its value, or the field errors to show beside the typed values. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/**
 * Runs a form's action: its value, or the field errors of a ValidationError, so the route can
 * re-render the form; any other error propagates to the error handler.
 */
export async function attempt<T>(action: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, errors: error.fieldErrors };
  }
}
