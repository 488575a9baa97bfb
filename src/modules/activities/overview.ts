import { nextStart } from '#src/modules/activities/text-search.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

/** organiser: she organises or co-hosts it; joined / waiting: her sign-up to one date. */
export type ActivityRole = 'organiser' | 'joined' | 'waiting';

export interface ActivitiesOverview {
  /** Her coming dates, soonest first, at most `limit`. */
  next: Array<{ id: number; title: string; startsAt: number; role: ActivityRole; path: string }>;
}

function signUpsOf(ctx: AppContext, userId: number, now: number) {
  return ctx.db.kysely
    .selectFrom('activity_participants as p')
    .innerJoin('activities as a', 'a.id', 'p.activity_id')
    .where('p.user_id', '=', userId)
    .where('p.status', 'in', ['joined', 'waiting'])
    .where('p.occurrence_start', '>=', now)
    .where('a.hidden_at', 'is', null)
    .where('a.cancelled_at', 'is', null)
    .select(['a.id', 'a.title', 'p.occurrence_start', 'p.status'])
    .orderBy('p.occurrence_start')
    .limit(200)
    .execute();
}

function organisedBy(ctx: AppContext, userId: number, now: number) {
  return ctx.db.kysely
    .selectFrom('activities as a')
    .where('a.hidden_at', 'is', null)
    .where('a.cancelled_at', 'is', null)
    .where((eb) => eb.or([eb('a.series_ends_at', 'is', null), eb('a.series_ends_at', '>', now)]))
    .where((eb) =>
      eb.or([
        eb('a.organiser_id', '=', userId),
        eb(
          'a.id',
          'in',
          eb.selectFrom('activity_cohosts as c').select('c.activity_id').where('c.user_id', '=', userId),
        ),
      ]),
    )
    .select(['a.id', 'a.title', 'a.starts_at', 'a.rrule'])
    .orderBy('a.starts_at')
    .limit(200)
    .execute();
}

/** Her next activities, joined and organised, for "Mit overblik": two queries however many. */
export async function activitiesOverviewFor(
  ctx: AppContext,
  user: CurrentUser,
  limit: number,
): Promise<ActivitiesOverview> {
  const now = ctx.clock.now();
  const [signUps, organised] = await Promise.all([
    signUpsOf(ctx, user.id, now),
    organisedBy(ctx, user.id, now),
  ]);
  const organisedIds = new Set(organised.map((row) => row.id));
  const dates = [
    ...organised.map((row) => ({
      id: row.id,
      title: row.title,
      startsAt: nextStart({ startsAt: row.starts_at, rrule: row.rrule }, now),
      role: 'organiser' as ActivityRole,
    })),
    ...signUps
      .filter((row) => !organisedIds.has(row.id))
      .map((row) => ({
        id: row.id,
        title: row.title,
        startsAt: row.occurrence_start,
        role: (row.status === 'waiting' ? 'waiting' : 'joined') as ActivityRole,
      })),
  ].sort((a, b) => a.startsAt - b.startsAt);
  return {
    next: dates.slice(0, limit).map((date) => ({ ...date, path: `/aktiviteter/${date.id}` })),
  };
}
