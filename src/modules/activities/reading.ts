import {
  type Activity,
  changesOf,
  type OccurrenceChange,
  toActivity,
} from '#src/modules/activities/model.ts';
import { isOccurrence } from '#src/modules/activities/occurrences/recurrence.ts';
import { findActivityRow, listChanges, listStops } from '#src/modules/activities/queries.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError } from '#src/platform/errors.ts';

export interface LoadedActivity {
  activity: Activity;
  changes: Array<OccurrenceChange & { activityId: number }>;
}

/** One activity with its stops and changed occurrences; a hidden one is gone (NotFoundError). */
export async function loadActivity(ctx: AppContext, id: number): Promise<LoadedActivity> {
  const row = await findActivityRow(ctx.db.kysely, id);
  if (row === undefined || row.hidden_at !== null) throw new NotFoundError('activities.error.notFound');
  const [stops, changes] = await Promise.all([
    listStops(ctx.db.kysely, [id]),
    listChanges(ctx.db.kysely, [id]),
  ]);
  return { activity: toActivity(row, stops), changes: changesOf(changes) };
}

/** The occurrence whose original start is `key`, with its current times; null if there is none. */
export function findOccurrence(
  loaded: LoadedActivity,
  key: number,
): { key: number; startsAt: number; endsAt: number; cancelled: boolean } | null {
  const { activity, changes } = loaded;
  const duration = activity.endsAt - activity.startsAt;
  if (activity.rrule === null) {
    if (key !== activity.startsAt) return null;
    return { key, startsAt: activity.startsAt, endsAt: activity.endsAt, cancelled: activity.cancelled };
  }
  const change = changes.find((candidate) => candidate.occurrenceStart === key);
  if (change === undefined) {
    const exists =
      key >= activity.startsAt &&
      (activity.seriesEndsAt === null || key < activity.seriesEndsAt) &&
      isOccurrence(activity, key);
    if (!exists) return null;
  }
  return {
    key,
    startsAt: change?.startsAt ?? key,
    endsAt: change?.endsAt ?? key + duration,
    cancelled: activity.cancelled || change?.cancelled === true,
  };
}
