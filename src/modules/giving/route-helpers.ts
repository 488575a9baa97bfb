import type { FastifyRequest } from 'fastify';
import type { Direction } from '#src/modules/giving/tables.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { UnauthorizedError } from '#src/platform/errors.ts';

/** Danish directions in page URLs (`?retning=tilbud`); the API uses the codes. */
const DIRECTION_PARAMS: Record<string, Direction> = { tilbud: 'offer', oensker: 'wish', oenske: 'wish' };

export function directionOfParam(raw: string | undefined): Direction | undefined {
  return raw === undefined || !Object.hasOwn(DIRECTION_PARAMS, raw) ? undefined : DIRECTION_PARAMS[raw];
}

export function currentUser(request: FastifyRequest): CurrentUser {
  if (request.user === null) throw new UnauthorizedError();
  return request.user;
}
