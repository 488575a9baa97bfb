import { membershipRole, membersOfOrganisation } from '#src/modules/organisations/service.ts';
import { assertPlaceManager } from '#src/modules/places/policy.ts';
import { deleteManager, insertManager, listManagers } from '#src/modules/places/queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ForbiddenError, ValidationError } from '#src/platform/errors.ts';

export interface PlaceManager {
  userId: number;
  /** `null` for a deleted account. */
  name: string | null;
}

export interface ManagersOverview {
  place: PlaceWithRules;
  managers: PlaceManager[];
  /** Members of the owning organisation who are not managers yet. */
  candidates: PlaceManager[];
}

/** The managers of a place and whom a manager may add (the owning organisation's members). */
export async function managersOverview(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
): Promise<ManagersOverview> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  const managers = (await listManagers(ctx.db.kysely, place.id)).map((row) => ({
    userId: row.id,
    name: row.name,
  }));
  const listed = new Set(managers.map((manager) => manager.userId));
  let members: PlaceManager[] = [];
  try {
    const result = await membersOfOrganisation(ctx, place.organisationSlug, user);
    members = result.members.map((member) => ({ userId: member.userId, name: member.name }));
  } catch (error) {
    // A listed manager who has since left the organisation may not see its members.
    if (!(error instanceof ForbiddenError)) throw error;
  }
  return { place, managers, candidates: members.filter((member) => !listed.has(member.userId)) };
}

function parseUserId(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** A manager adds a member of the owning organisation as manager. */
export async function addPlaceManager(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  raw: unknown,
): Promise<void> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  const userId = parseUserId(raw);
  if (userId === null) throw new ValidationError({ manager: { key: 'places.validation.managerRequired' } });
  if ((await membershipRole(ctx, place.organisationId, userId)) === null) {
    throw new ValidationError({ manager: { key: 'places.validation.managerNotMember' } });
  }
  await insertManager(ctx.db.kysely, place.id, userId);
}

/** A manager removes a manager (themselves too; the organisation's admins keep their rights). */
export async function removePlaceManager(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
  userId: number,
): Promise<void> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  await deleteManager(ctx.db.kysely, place.id, userId);
}
