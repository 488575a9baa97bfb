import type { MessageKey, MessageParams } from '#src/platform/i18n.ts';

/** A field's problem: the message key and its parameters. */
export interface FieldError {
  key: MessageKey;
  params?: MessageParams;
}
export type FieldErrors = Record<string, FieldError>;

/** An error a person or client caused or may see: a status, a stable code and a message key. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Input that breaks a rule; carries one message per field so a form can show each beside its field. */
export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    messageKey: MessageKey = 'validation.invalid',
  ) {
    super(422, 'validation_failed', messageKey);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(messageKey: MessageKey = 'error.notFound.title') {
    super(404, 'not_found', messageKey);
    this.name = 'NotFoundError';
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super(401, 'unauthorized', 'error.unauthorized.body');
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends AppError {
  constructor(messageKey: MessageKey = 'error.forbidden.body', code = 'forbidden') {
    super(403, code, messageKey);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends AppError {
  constructor(code: string, messageKey: MessageKey, params?: MessageParams) {
    super(409, code, messageKey, params);
    this.name = 'ConflictError';
  }
}

export class RateLimitedError extends AppError {
  /** The message gets `{minutes}` and `{seconds}` (both rounded up) to say when to try again. */
  constructor(
    readonly retryAfterSeconds: number,
    messageKey: MessageKey = 'error.rateLimited',
  ) {
    super(429, 'rate_limited', messageKey, {
      minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
      seconds: Math.max(1, Math.ceil(retryAfterSeconds)),
    });
    this.name = 'RateLimitedError';
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(403, 'csrf_invalid', 'error.csrf');
    this.name = 'CsrfError';
  }
}

/** Throws a ValidationError when any field failed; call after collecting all of a form's problems. */
export function throwIfInvalid(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
