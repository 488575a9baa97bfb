import { visibleAddress } from '#src/modules/activities/address-visibility.ts';
import { type Activity, countsMap, type Occurrence, occurrencesOf } from '#src/modules/activities/model.ts';
import { countsOf, listSignUps, signUpsOfUser } from '#src/modules/activities/participation/queries.ts';
import { assertCanManage, canManage } from '#src/modules/activities/policy.ts';
import { listBookingStatuses, listCohosts } from '#src/modules/activities/queries.ts';
import { loadActivity } from '#src/modules/activities/reading.ts';
import type { ParticipantStatus } from '#src/modules/activities/tables.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { type CsvDialect, csvDocument } from '#src/platform/csv.ts';
import type { Translator } from '#src/platform/i18n.ts';
import { DAY } from '#src/platform/time.ts';

export const UPCOMING_SHOWN = 10;

export interface ActivityPageModel {
  activity: Activity;
  /** The coming occurrences (one for a single activity, even once it is over). */
  occurrences: Occurrence[];
  canManage: boolean;
  /** The viewer's live sign-ups, by occurrence key. */
  mine: Map<number, ParticipantStatus>;
  cohosts: string[];
  /** For organisers: the state of the place's booking(s). */
  bookingStatuses: string[];
  /** Occurrences that have ended take no more sign-ups. */
  now: number;
}

/** The coming occurrences of an activity with their counts. */
export async function upcomingOccurrences(
  ctx: AppContext,
  loaded: Awaited<ReturnType<typeof loadActivity>>,
  limit: number,
): Promise<Occurrence[]> {
  const { activity, changes } = loaded;
  const now = ctx.clock.now();
  const from = activity.rrule === null ? activity.startsAt : now - (activity.endsAt - activity.startsAt);
  const to = activity.rrule === null ? activity.startsAt + 1 : now + 800 * DAY;
  const counts = countsMap(await countsOf(ctx.db.kysely, [activity.id], from));
  return occurrencesOf(activity, changes, from, to, counts, limit);
}

export async function activityPage(
  ctx: AppContext,
  id: number,
  user: CurrentUser | null,
): Promise<ActivityPageModel> {
  const stored = await loadActivity(ctx, id);
  const loaded = { ...stored, activity: await visibleAddress(ctx, stored.activity, user) };
  const { activity } = loaded;
  const [occurrences, manage, cohosts, signUps] = await Promise.all([
    upcomingOccurrences(ctx, loaded, UPCOMING_SHOWN),
    canManage(ctx, activity, user),
    listCohosts(ctx.db.kysely, id),
    user === null ? Promise.resolve([]) : signUpsOfUser(ctx.db.kysely, user.id, [id]),
  ]);
  const mine = new Map<number, ParticipantStatus>();
  for (const row of signUps) mine.set(row.occurrence_start, row.status);
  const bookingStatuses = manage
    ? (await listBookingStatuses(ctx.db.kysely, id)).map((row) => row.status)
    : [];
  return {
    activity,
    occurrences,
    canManage: manage,
    mine,
    cohosts: cohosts.map((row) => row.name ?? '').filter((name) => name !== ''),
    bookingStatuses,
    now: ctx.clock.now(),
  };
}

export interface ParticipantView {
  id: number;
  name: string;
  email: string;
  status: ParticipantStatus;
  occurrence: number;
  signedUpAt: number;
}

/** The sign-ups of one occurrence, or of every coming one; organisers only. */
export async function participantsOf(
  ctx: AppContext,
  user: CurrentUser,
  activityId: number,
  occurrenceKey: number | null,
): Promise<{ activity: Activity; participants: ParticipantView[] }> {
  const loaded = await loadActivity(ctx, activityId);
  await assertCanManage(ctx, loaded.activity, user);
  const rows = await listSignUps(ctx.db.kysely, activityId, {
    ...(occurrenceKey === null ? { since: ctx.clock.now() - DAY } : { occurrenceStart: occurrenceKey }),
    statuses: ['joined', 'waiting', 'unconfirmed'],
  });
  return {
    activity: loaded.activity,
    participants: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      status: row.status,
      occurrence: row.occurrence_start,
      signedUpAt: row.created_at,
    })),
  };
}

/** The participant list as CSV, safe to open in a spreadsheet, in either form (see platform/csv). */
export function participantsCsv(
  t: Translator,
  participants: readonly ParticipantView[],
  dialect: CsvDialect,
): string {
  return csvDocument(
    [
      t.t('activities.participants.name'),
      t.t('activities.participants.email'),
      t.t('activities.participants.status'),
      { time: t.t('activities.participants.occurrence') },
      { time: t.t('activities.participants.signedUpAt') },
    ],
    participants.map((row) => [
      row.name,
      row.email,
      t.t(`activities.participantStatus.${row.status}`),
      { at: row.occurrence },
      { at: row.signedUpAt },
    ]),
    dialect,
  );
}
