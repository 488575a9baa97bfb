import type { Message, MessageKeyWith, PlainMessageKey } from '#src/platform/i18n.ts';

/** A field's problem: the message key and exactly the values its text needs. */
export type FieldError = Message;
export type FieldErrors = Record<string, FieldError>;

/** An error a person or client caused or may see: a status, a stable code and a message key. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    /** What the person is told. */
    readonly userMessage: Message,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Input that breaks a rule; carries one message per field so a form can show each beside its field. */
export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly summaryKey: PlainMessageKey = 'validation.invalid',
  ) {
    super(422, 'validation_failed', { key: summaryKey });
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(messageKey: PlainMessageKey = 'error.notFound.title') {
    super(404, 'not_found', { key: messageKey });
    this.name = 'NotFoundError';
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super(401, 'unauthorized', { key: 'error.unauthorized.body' });
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends AppError {
  constructor(messageKey: PlainMessageKey = 'error.forbidden.body', code = 'forbidden') {
    super(403, code, { key: messageKey });
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: PlainMessageKey | Message) {
    super(409, code, typeof message === 'string' ? { key: message } : message);
    this.name = 'ConflictError';
  }
}

export class RateLimitedError extends AppError {
  /** The message says when to try again (see `waitMessage`). */
  constructor(
    readonly retryAfterSeconds: number,
    message: Message = waitMessage(retryAfterSeconds),
  ) {
    super(429, 'rate_limited', message);
    this.name = 'RateLimitedError';
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(403, 'csrf_invalid', { key: 'error.csrf' });
    this.name = 'CsrfError';
  }
}

/** A wait in whole minutes (rounded up, at least one) for a `{minutes}` message. */
export function waitMessage(
  retryAfterSeconds: number,
  key: MessageKeyWith<'minutes:minutes'> = 'error.rateLimited',
): Message {
  return { key, params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } };
}

/** Throws a ValidationError when any field failed; call after collecting all of a form's problems. */
export function throwIfInvalid(errors: FieldErrors): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}
