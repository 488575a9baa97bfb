import type { Transaction } from 'kysely';
import type { Database } from '#src/db/schema.ts';
import type { Activity } from '#src/modules/activities/model.ts';
import { cancelledMail, movedMail } from '#src/modules/activities/participation/mails.ts';
import { listSignUps } from '#src/modules/activities/participation/queries.ts';
import {
  activityUrl,
  mailActivity,
  participantLink,
  promoteWaiting,
} from '#src/modules/activities/participation/service.ts';
import { findOccurrence, type LoadedActivity } from '#src/modules/activities/reading.ts';
import type { AppContext } from '#src/platform/context.ts';
import { queueMail } from '#src/platform/mail.ts';

/** The live sign-ups (joined or waiting) of one occurrence, or of every coming one. */
async function liveSignUps(
  trx: Transaction<Database>,
  activityId: number,
  options: { occurrenceStart?: number; since?: number },
) {
  return listSignUps(trx, activityId, { ...options, statuses: ['joined', 'waiting'] });
}

/** Everyone who joined a coming occurrence hears that the activity is cancelled. */
export async function queueActivityCancelledMails(
  trx: Transaction<Database>,
  ctx: AppContext,
  loaded: LoadedActivity,
  reason: string,
  now: number,
): Promise<void> {
  const rows = await liveSignUps(trx, loaded.activity.id, {
    since: now - (loaded.activity.endsAt - loaded.activity.startsAt),
  });
  for (const row of rows) {
    const occurrence = findOccurrence(loaded, row.occurrence_start);
    if (occurrence === null || occurrence.endsAt <= now) continue;
    await queueMail(
      trx,
      now,
      cancelledMail(
        row,
        mailActivity(loaded.activity),
        occurrence,
        reason,
        `${ctx.config.baseUrl}/aktiviteter`,
      ),
    );
  }
}

/** Those who joined one occurrence hear that it is cancelled. */
export async function queueOccurrenceCancelledMails(
  trx: Transaction<Database>,
  ctx: AppContext,
  activity: Activity,
  occurrence: { key: number; startsAt: number; endsAt: number },
  reason: string,
  now: number,
): Promise<void> {
  for (const row of await liveSignUps(trx, activity.id, { occurrenceStart: occurrence.key })) {
    await queueMail(
      trx,
      now,
      cancelledMail(row, mailActivity(activity), occurrence, reason, activityUrl(ctx, activity.id)),
    );
  }
}

/** Those who joined hear of the new time of their occurrence (`key`, after any move of the keys). */
export async function notifyTimeChange(
  trx: Transaction<Database>,
  ctx: AppContext,
  activity: Activity,
  before: number,
  key: number,
  previous: { startsAt: number; endsAt: number },
  now: number,
  after: { startsAt: number; endsAt: number } = { startsAt: activity.startsAt, endsAt: activity.endsAt },
): Promise<void> {
  const beforeInterval = { startsAt: before, endsAt: before + (previous.endsAt - previous.startsAt) };
  for (const row of await liveSignUps(trx, activity.id, { occurrenceStart: key })) {
    await queueMail(
      trx,
      now,
      movedMail(
        row,
        mailActivity(activity, { fullAddress: row.status === 'joined' }),
        beforeInterval,
        after,
        {
          page: activityUrl(ctx, activity.id),
          cancel: participantLink(ctx, row.id, 'cancel'),
        },
      ),
    );
  }
}

/** More places than before: the waiting lists of coming occurrences move up. */
export async function promoteAfterCapacityRise(
  trx: Transaction<Database>,
  ctx: AppContext,
  loaded: LoadedActivity,
  updated: Activity,
  previousCapacity: number | null,
  now: number,
): Promise<void> {
  const rose =
    updated.capacity === null
      ? previousCapacity !== null
      : previousCapacity !== null && updated.capacity > previousCapacity;
  if (!rose) return;
  const waiting = await listSignUps(trx, updated.id, { since: now - 24 * 3_600_000, statuses: ['waiting'] });
  const keys = [...new Set(waiting.map((row) => row.occurrence_start))];
  const unlimited = updated.capacity === null ? { ...updated, capacity: Number.MAX_SAFE_INTEGER } : updated;
  for (const key of keys) {
    const occurrence = findOccurrence({ ...loaded, activity: updated }, key);
    if (occurrence === null || occurrence.cancelled || occurrence.endsAt <= now) continue;
    await promoteWaiting(trx, ctx, unlimited, occurrence, now);
  }
}
