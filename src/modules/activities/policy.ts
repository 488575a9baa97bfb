import type { Activity } from '#src/modules/activities/model.ts';
import { isCohost } from '#src/modules/activities/queries.ts';
import { membershipRole } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ForbiddenError } from '#src/platform/errors.ts';

/**
 * Who may change an activity, see and export its participants, and cancel it: the organiser,
 * its co-hosts, and the admins of the organisation it is organised for.
 */
export async function canManage(
  ctx: AppContext,
  activity: Activity,
  user: Pick<CurrentUser, 'id'> | null,
): Promise<boolean> {
  if (user === null) return false;
  if (activity.organiserId === user.id) return true;
  if (
    activity.organisation !== null &&
    (await membershipRole(ctx, activity.organisation.id, user.id)) === 'admin'
  ) {
    return true;
  }
  return isCohost(ctx.db.kysely, activity.id, user.id);
}

export async function assertCanManage(ctx: AppContext, activity: Activity, user: CurrentUser): Promise<void> {
  if (!(await canManage(ctx, activity, user))) throw new ForbiddenError('activities.error.organisersOnly');
}
