import { CANCEL_REASON_MAX } from '#src/modules/activities/limits.ts';
import { type FieldErrors, throwIfInvalid } from '#src/platform/errors.ts';
import { type RawValue, readText } from '#src/platform/form-input.ts';

/**
 * The reason an activity or one occurrence is cancelled, as the form or the API sent it: optional,
 * multi-line, at most CANCEL_REASON_MAX characters, under the form kit's control-character rule.
 */
function readInto(errors: FieldErrors, raw: RawValue): string {
  return readText(errors, 'reason', raw, { max: CANCEL_REASON_MAX, multiline: true });
}

/** The reason as it is stored and mailed; throws a ValidationError on `reason`. */
export function readCancelReason(raw: RawValue): string {
  const errors: FieldErrors = {};
  const reason = readInto(errors, raw);
  throwIfInvalid(errors);
  return reason;
}

/** The reason's field errors (none: `{}`), for the confirmation page to show before anyone is told. */
export function cancelReasonErrors(raw: RawValue): FieldErrors {
  const errors: FieldErrors = {};
  readInto(errors, raw);
  return errors;
}
