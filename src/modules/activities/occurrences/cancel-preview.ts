import type { Activity } from '#src/modules/activities/model.ts';
import { listSignUps } from '#src/modules/activities/participation/queries.ts';
import { assertCanManage } from '#src/modules/activities/policy.ts';
import { findOccurrence, loadActivity } from '#src/modules/activities/reading.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { ConflictError, NotFoundError } from '#src/platform/errors.ts';

/** What the confirmation page before a cancellation shows: what is cancelled and how many hear of it. */
export interface CancellationPreview {
  activity: Activity;
  /** The time cancelled: the one occurrence, or the activity's next coming time (its first when past). */
  startsAt: number;
  endsAt: number;
  /** People (distinct e-mail addresses) who would get an e-mail: the same sign-ups the mails go to. */
  told: number;
}

/** The preview of cancelling a whole activity (every coming time of a series). */
export async function previewActivityCancellation(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
): Promise<CancellationPreview> {
  const loaded = await loadActivity(ctx, activityId);
  await assertCanManage(ctx, loaded.activity, user);
  const { activity } = loaded;
  if (activity.cancelled) throw new ConflictError('activity_cancelled', 'activities.error.cancelled');
  const now = ctx.clock.now();
  const rows = await listSignUps(ctx.db.kysely, activityId, {
    since: now - (activity.endsAt - activity.startsAt),
    statuses: ['joined', 'waiting'],
  });
  const told = new Set<string>();
  let next: { startsAt: number; endsAt: number } | null = null;
  for (const row of rows) {
    const occurrence = findOccurrence(loaded, row.occurrence_start);
    if (occurrence === null || occurrence.endsAt <= now) continue;
    told.add(row.email.toLowerCase());
    if (next === null || occurrence.startsAt < next.startsAt) next = occurrence;
  }
  const when = next ?? { startsAt: activity.startsAt, endsAt: activity.endsAt };
  return { activity, startsAt: when.startsAt, endsAt: when.endsAt, told: told.size };
}

/** The preview of cancelling one time of a series. */
export async function previewOccurrenceCancellation(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  key: number,
): Promise<CancellationPreview> {
  const loaded = await loadActivity(ctx, activityId);
  await assertCanManage(ctx, loaded.activity, user);
  const occurrence = loaded.activity.rrule === null ? null : findOccurrence(loaded, key);
  if (occurrence === null) throw new NotFoundError('activities.error.noSuchOccurrence');
  if (occurrence.cancelled) throw new ConflictError('occurrence_cancelled', 'activities.error.cancelled');
  const rows = await listSignUps(ctx.db.kysely, activityId, {
    occurrenceStart: key,
    statuses: ['joined', 'waiting'],
  });
  const told = new Set(rows.map((row) => row.email.toLowerCase()));
  return {
    activity: loaded.activity,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    told: told.size,
  };
}
