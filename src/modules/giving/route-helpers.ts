import type { Direction } from '#src/modules/giving/tables.ts';

/** Danish directions in page URLs (`?retning=tilbud`); the API uses the codes. */
const DIRECTION_PARAMS: Record<string, Direction> = { tilbud: 'offer', oensker: 'wish', oenske: 'wish' };

export function directionOfParam(raw: string | undefined): Direction | undefined {
  return raw === undefined || !Object.hasOwn(DIRECTION_PARAMS, raw) ? undefined : DIRECTION_PARAMS[raw];
}
