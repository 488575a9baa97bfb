import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '#src/platform/context.ts';
import { UnauthorizedError } from '#src/platform/errors.ts';

/** The logged-in person on a route declared `access: 'user'` (the access check ran before). */
export function loggedInUser(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new UnauthorizedError();
  return request.user;
}

/** The submitted form fields except the CSRF token, to re-render a form with what was typed. */
export function formValues(body: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name !== '_csrf' && typeof value === 'string') values[name] = value;
  }
  return values;
}
