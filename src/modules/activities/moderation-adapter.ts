import { findModerationSummary, updateHiddenAt } from '#src/modules/activities/moderation-queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import type { ModerationAdapter } from '#src/platform/moderation.ts';

/** What a moderator needs to see of a reported activity. */
export interface ActivityModerationSummary {
  id: number;
  title: string;
  /** Path on this site, e.g. `/aktiviteter/12` (prefix `config.baseUrl` for a full link). */
  url: string;
  /** The organisation's name, else the organising person's; null once that person deleted their account. */
  organiserName: string | null;
  hidden: boolean;
}

export function activityPath(activityId: number): string {
  return `/aktiviteter/${activityId}`;
}

/**
 * Hides (or restores) an activity. A hidden activity disappears from lists, calendars, feeds,
 * its page and the API; nothing else about it changes, so restoring brings it back as it was.
 * Throws NotFoundError when there is no such activity.
 */
export async function setActivityHidden(ctx: AppContext, activityId: number, hidden: boolean): Promise<void> {
  const now = ctx.clock.now();
  const found = await updateHiddenAt(ctx.db.kysely, activityId, hidden ? now : null, now);
  if (!found) throw new NotFoundError();
}

/** The activity as the moderation queue shows it, hidden or not; null when it no longer exists. */
export async function describeActivityForModeration(
  ctx: AppContext,
  activityId: number,
): Promise<ActivityModerationSummary | null> {
  const row = await findModerationSummary(ctx.db.kysely, activityId);
  if (row === undefined) return null;
  return {
    id: row.id,
    title: row.title,
    url: activityPath(row.id),
    organiserName: row.organisation_name ?? row.organiser_name,
    hidden: row.hidden_at !== null,
  };
}

/**
 * Activities as moderation reads and hides them, for `src/moderation-adapters.ts`. The summary
 * does not name the organiser's account, so no one is told when an activity is hidden.
 */
export const activityModerationAdapter: ModerationAdapter = {
  async describe(ctx, id) {
    const summary = await describeActivityForModeration(ctx, id);
    if (summary === null) return null;
    return {
      title: summary.title,
      path: summary.url,
      hidden: summary.hidden,
      ownerUserId: null,
      ownerName: summary.organiserName,
    };
  },
  setHidden: setActivityHidden,
};
