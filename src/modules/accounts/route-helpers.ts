import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '#src/platform/context.ts';
import { type FieldErrors, UnauthorizedError } from '#src/platform/errors.ts';
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

/** The logged-in person on a `user` route (the access check has already let them in). */
export function currentUser(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new UnauthorizedError();
  return request.user;
}
