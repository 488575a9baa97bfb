import { membershipRole } from '#src/modules/organisations/service.ts';
import { findPlaceById, isListedManager } from '#src/modules/places/queries.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ForbiddenError } from '#src/platform/errors.ts';

/**
 * Who manages a place: the people listed as its managers, and the admins of the organisation
 * that owns it. Managers edit the place and its rules and decide on its bookings.
 */
export async function isPlaceManager(ctx: AppContext, placeId: number, userId: number): Promise<boolean> {
  if (await isListedManager(ctx.db.kysely, placeId, userId)) return true;
  const place = await findPlaceById(ctx.db.kysely, placeId);
  if (place === undefined) return false;
  return (await membershipRole(ctx, place.organisation_id, userId)) === 'admin';
}

/** Throws ForbiddenError unless this person manages the place. */
export async function assertPlaceManager(ctx: AppContext, placeId: number, user: CurrentUser): Promise<void> {
  if (!(await isPlaceManager(ctx, placeId, user.id))) throw new ForbiddenError('places.error.managersOnly');
}

/** New places are created by the admins of the organisation that will own them. */
export async function canCreatePlaceFor(
  ctx: AppContext,
  organisationId: number,
  userId: number,
): Promise<boolean> {
  return (await membershipRole(ctx, organisationId, userId)) === 'admin';
}
