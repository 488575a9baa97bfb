import { listMembershipsOfUser } from '#src/modules/organisations/queries.ts';
import type { MembershipRole } from '#src/modules/organisations/tables.ts';
import type { AppContext } from '#src/platform/context.ts';

export interface UserMembership {
  organisationId: number;
  name: string;
  slug: string;
  role: MembershipRole;
  since: number;
}

/** The organisations a person belongs to, with their role (for the profile and data export). */
export async function membershipsOfUser(ctx: AppContext, userId: number): Promise<UserMembership[]> {
  const rows = await listMembershipsOfUser(ctx.db.kysely, userId);
  return rows.map((row) => ({
    organisationId: row.id,
    name: row.name,
    slug: row.slug,
    role: row.role,
    since: row.created_at,
  }));
}

/**
 * Organisations where this person is the only admin while others are members: deleting the
 * account would leave them without anyone who can manage them.
 */
export async function organisationsOnlyAdministeredBy(
  ctx: AppContext,
  userId: number,
): Promise<UserMembership[]> {
  const memberships = await membershipsOfUser(ctx, userId);
  const adminOf = memberships.filter((membership) => membership.role === 'admin');
  const result: UserMembership[] = [];
  for (const membership of adminOf) {
    const counts = await ctx.db.kysely
      .selectFrom('memberships')
      .select((eb) => [
        eb.fn.countAll<number>().as('members'),
        eb.fn.sum<number>(eb.case().when('role', '=', 'admin').then(1).else(0).end()).as('admins'),
      ])
      .where('organisation_id', '=', membership.organisationId)
      .executeTakeFirstOrThrow();
    if (Number(counts.admins) === 1 && Number(counts.members) > 1) result.push(membership);
  }
  return result;
}
