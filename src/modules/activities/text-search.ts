import { containsEveryWord } from '#src/db/text-search.ts';
import { publicAddress } from '#src/modules/activities/address-visibility.ts';
import { occurrenceStarts } from '#src/modules/activities/occurrences/recurrence.ts';
import type { AppContext } from '#src/platform/context.ts';
import type { SearchSection } from '#src/platform/search.ts';
import { DAY } from '#src/platform/time.ts';

const TEXT_COLUMNS = ['activities.title', 'activities.description'];
const COLUMNS = [...TEXT_COLUMNS, 'activities.address'];

/** How far ahead the next date of a series is looked for. */
const HORIZON = 400 * DAY;

/** The next start at or after `now`; a single activity already under way keeps its own start. */
export function nextStart(activity: { startsAt: number; rrule: string | null }, now: number): number {
  return occurrenceStarts(activity, now, now + HORIZON, 1)[0] ?? activity.startsAt;
}

/**
 * Coming activities (not hidden by a moderator, not cancelled, not over) whose title,
 * description or address holds every word: the count and the first `limit` by first start.
 */
export async function searchActivities(
  ctx: AppContext,
  words: readonly string[],
  limit: number,
  offset = 0,
): Promise<SearchSection> {
  const { kysely, dialect } = ctx.db;
  const now = ctx.clock.now();
  const coming = kysely
    .selectFrom('activities')
    .leftJoin('places', 'places.id', 'activities.place_id')
    .leftJoin('areas', 'areas.id', 'activities.neighbourhood_id')
    .where('activities.hidden_at', 'is', null)
    .where('activities.cancelled_at', 'is', null)
    .where((eb) =>
      eb.or([eb('activities.series_ends_at', 'is', null), eb('activities.series_ends_at', '>', now)]),
    )
    // An address for participants only is not searched: a hit would confirm a flat's number.
    .where((eb) =>
      eb.or([
        containsEveryWord(dialect, TEXT_COLUMNS, words),
        eb.and([
          eb('activities.address_visibility', '=', 'public'),
          containsEveryWord(dialect, COLUMNS, words),
        ]),
      ]),
    );
  const [count, rows] = await Promise.all([
    coming.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    coming
      .select([
        'activities.id',
        'activities.title',
        'activities.address',
        'activities.address_visibility',
        'areas.name as neighbourhood_name',
        'activities.starts_at',
        'activities.rrule',
        'places.name as place_name',
      ])
      .orderBy('activities.starts_at')
      .orderBy('activities.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    hits: rows.map((row) => ({
      title: row.title,
      path: `/aktiviteter/${row.id}`,
      detail:
        row.place_name ??
        (row.address_visibility === 'public'
          ? row.address
          : publicAddress(row.address, row.neighbourhood_name)),
      startsAt: nextStart({ startsAt: row.starts_at, rrule: row.rrule }, now),
    })),
  };
}
