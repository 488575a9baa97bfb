import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '#src/platform/context.ts';
import { UnauthorizedError } from '#src/platform/errors.ts';

/**
 * The logged-in person on a route declared `access: 'user'` or `'admin'` (the access check has
 * already let them in); a 401 should a route call it without that declaration.
 */
export function currentUser(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new UnauthorizedError();
  return request.user;
}
