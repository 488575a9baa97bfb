import type { Transaction } from 'kysely';
import { lockRowForUpdate } from '#src/db/locks.ts';
import type { Database } from '#src/db/schema.ts';
import { assertCanManageMembers } from '#src/modules/organisations/policy.ts';
import {
  countAdmins,
  deleteMembership,
  findMember,
  findMembershipRole,
  updateMembershipRole,
} from '#src/modules/organisations/queries.ts';
import { getOrganisation, type Organisation, viewerOf } from '#src/modules/organisations/service.ts';
import { MEMBERSHIP_ROLES, type MembershipRole } from '#src/modules/organisations/types.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '#src/platform/errors.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';

interface LockedOrganisation {
  trx: Transaction<Database>;
  organisationId: number;
}

/**
 * Runs `work` in a transaction that holds the organisation's row lock, so that changes to its
 * admins happen one at a time: of two admins leaving at once, the second sees the first gone.
 */
async function withLockedOrganisation<T>(
  ctx: AppContext,
  slug: string,
  work: (locked: LockedOrganisation) => Promise<T>,
): Promise<T> {
  const { id } = await getOrganisation(ctx, slug);
  return ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await lockRowForUpdate(trx, ctx.db.dialect, 'organisations', id))) {
      throw new NotFoundError('organisations.error.notFound');
    }
    return work({ trx, organisationId: id });
  });
}

/** Refuses a change that would leave the organisation without an admin. */
async function assertAnotherAdminRemains(
  { trx, organisationId }: LockedOrganisation,
  currentRole: MembershipRole,
  messageKey: PlainMessageKey,
): Promise<void> {
  if (currentRole !== 'admin') return;
  if ((await countAdmins(trx, organisationId)) <= 1) throw new ConflictError('last_admin', messageKey);
}

async function assertActorIsAdmin(locked: LockedOrganisation, actor: CurrentUser): Promise<void> {
  const role = (await findMembershipRole(locked.trx, locked.organisationId, actor.id)) ?? null;
  assertCanManageMembers({ user: actor, role });
}

async function roleOfMember(locked: LockedOrganisation, userId: number): Promise<MembershipRole> {
  const role = await findMembershipRole(locked.trx, locked.organisationId, userId);
  if (role === undefined) throw new NotFoundError('organisations.error.memberNotFound');
  return role;
}

function parseRole(raw: string | undefined): MembershipRole {
  const role = MEMBERSHIP_ROLES.find((candidate) => candidate === raw);
  if (role === undefined) throw new ValidationError({ role: { key: 'organisations.validation.role' } });
  return role;
}

/** An admin changes a member's role; the last admin cannot be made a plain member. */
export async function changeMemberRole(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
  userId: number,
  rawRole: string | undefined,
): Promise<void> {
  const role = parseRole(rawRole);
  await withLockedOrganisation(ctx, slug, async (locked) => {
    await assertActorIsAdmin(locked, actor);
    const current = await roleOfMember(locked, userId);
    if (current === role) return;
    await assertAnotherAdminRemains(locked, current, 'organisations.error.lastAdminDemote');
    await updateMembershipRole(locked.trx, locked.organisationId, userId, role);
  });
}

/** An admin removes a member; the last admin cannot be removed. */
export async function removeMember(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
  userId: number,
): Promise<void> {
  await withLockedOrganisation(ctx, slug, async (locked) => {
    await assertActorIsAdmin(locked, actor);
    const current = await roleOfMember(locked, userId);
    await assertAnotherAdminRemains(locked, current, 'organisations.error.lastAdminRemove');
    await deleteMembership(locked.trx, locked.organisationId, userId);
  });
}

/**
 * A member leaves the organisation. The last admin cannot: they must first make another member
 * admin. Leaving an organisation one is not a member of does nothing.
 */
export async function leaveOrganisation(ctx: AppContext, actor: CurrentUser, slug: string): Promise<void> {
  await withLockedOrganisation(ctx, slug, async (locked) => {
    const current = await findMembershipRole(locked.trx, locked.organisationId, actor.id);
    if (current === undefined) return;
    await assertAnotherAdminRemains(locked, current, 'organisations.error.lastAdminLeave');
    await deleteMembership(locked.trx, locked.organisationId, actor.id);
  });
}

/** Whether this person is the organisation's only admin (the leave page explains what to do). */
export async function isOnlyAdmin(ctx: AppContext, organisationId: number, userId: number): Promise<boolean> {
  const role = await findMembershipRole(ctx.db.kysely, organisationId, userId);
  return role === 'admin' && (await countAdmins(ctx.db.kysely, organisationId)) <= 1;
}

/** The member an admin is about to remove, for the confirmation page. */
export async function memberToRemove(
  ctx: AppContext,
  actor: CurrentUser,
  slug: string,
  userId: number,
): Promise<{ organisation: Organisation; member: { userId: number; name: string } }> {
  const organisation = await getOrganisation(ctx, slug);
  assertCanManageMembers(await viewerOf(ctx, organisation, actor));
  const member = await findMember(ctx.db.kysely, organisation.id, userId);
  if (member === undefined) throw new NotFoundError('organisations.error.memberNotFound');
  return { organisation, member: { userId: member.id, name: member.name ?? '' } };
}
