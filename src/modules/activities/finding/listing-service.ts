import type { ParsedQuery } from '#src/modules/activities/finding/filters.ts';
import {
  type Activity,
  type Counts,
  changesOf,
  countsMap,
  type ListedActivity,
  type Occurrence,
  occurrencesOf,
  toActivity,
} from '#src/modules/activities/model.ts';
import { countsOf, signUpsOfUser } from '#src/modules/activities/participation/queries.ts';
import {
  type ActivityFilter,
  type ActivityRow,
  countSingles,
  listChanges,
  listInWindow,
  listSeriesInWindow,
  listSinglesPage,
  listStops,
  type PageEnd,
} from '#src/modules/activities/queries.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { yieldToLoop } from '#src/platform/feeds.ts';

export const ACTIVITIES_PER_PAGE = 20;
/** How many next dates a list shows of a series. */
export const UPCOMING_SHOWN = 4;

export interface ActivityListing {
  /** One item per activity: a series once, with its next dates. */
  items: ListedActivity[];
  /** Activities (not occurrences) in the window. */
  total: number;
  page: number;
  pages: number;
  /** The viewer's sign-ups, by `activityId:occurrenceStart`. */
  mine: Map<string, 'joined' | 'waiting' | 'unconfirmed'>;
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.startsAt - b.startsAt || a.activity.id - b.activity.id;
}

function byNext(a: ListedActivity, b: ListedActivity): number {
  return byStart(a.next, b.next);
}

/** Rows to activities and their occurrences in the window, with changes, stops and counts: three queries. */
export async function expandRows(
  ctx: AppContext,
  rows: readonly ActivityRow[],
  from: number,
  to: number,
  options: { counts: boolean; stops: boolean },
): Promise<Occurrence[]> {
  const ids = rows.map((row) => row.id);
  const seriesIds = rows.filter((row) => row.rrule !== null).map((row) => row.id);
  const [stops, changes, countRows] = await Promise.all([
    options.stops ? listStops(ctx.db.kysely, ids) : Promise.resolve([]),
    listChanges(ctx.db.kysely, seriesIds),
    options.counts ? countsOf(ctx.db.kysely, ids, from) : Promise.resolve([]),
  ]);
  const counts: Counts = countsMap(countRows);
  const changeList = changesOf(changes);
  return rows.flatMap((row) => occurrencesOf(toActivity(row, stops), changeList, from, to, counts));
}

type Changes = ReturnType<typeof changesOf>;

/** The changes of the series among `rows` whose usual start lies in the window: one query. */
async function windowChanges(ctx: AppContext, rows: readonly ActivityRow[], from: number, to: number) {
  const seriesIds = rows.filter((row) => row.rrule !== null).map((row) => row.id);
  return changesOf(await listChanges(ctx.db.kysely, seriesIds, { from, to }));
}

/** Each row's next `shown` occurrences in the window; rows with none are left out. No queries. */
function upcomingOf(
  rows: readonly ActivityRow[],
  stops: Parameters<typeof toActivity>[1],
  changes: Changes,
  from: number,
  to: number,
  shown: number,
  counts: Counts = new Map(),
): ListedActivity[] {
  return rows.flatMap((row) => {
    const activity = toActivity(row, stops);
    const upcoming = occurrencesOf(activity, changes, from, to, counts, shown).sort(byStart);
    const next = upcoming[0];
    return next === undefined ? [] : [{ activity, next, upcoming }];
  });
}

/**
 * Activities with their next `shown` occurrences in the window, with stops and participant
 * counts of just those occurrences: two queries, and work bounded by rows × `shown` however
 * long the series run.
 */
async function withUpcoming(
  ctx: AppContext,
  rows: readonly ActivityRow[],
  changes: Changes,
  from: number,
  to: number,
  shown: number,
): Promise<ListedActivity[]> {
  const bare = upcomingOf(rows, [], changes, from, to, shown);
  const kept = rows.filter((row) => bare.some((listed) => listed.activity.id === row.id));
  const lastKey = Math.max(from, ...bare.flatMap((listed) => listed.upcoming.map((o) => o.key)));
  const [stops, countRows] = await Promise.all([
    listStops(
      ctx.db.kysely,
      kept.filter((row) => row.location_kind === 'route').map((row) => row.id),
    ),
    countsOf(
      ctx.db.kysely,
      kept.map((row) => row.id),
      from,
      lastKey + 1,
    ),
  ]);
  return upcomingOf(kept, stops, changes, from, to, shown, countsMap(countRows)).sort(byNext);
}

async function viewerSignUps(ctx: AppContext, user: CurrentUser | null, activityIds: readonly number[]) {
  const mine = new Map<string, 'joined' | 'waiting' | 'unconfirmed'>();
  if (user === null) return mine;
  for (const row of await signUpsOfUser(ctx.db.kysely, user.id, activityIds)) {
    if (row.status !== 'cancelled') mine.set(`${row.activity_id}:${row.occurrence_start}`, row.status);
  }
  return mine;
}

/**
 * One page of activities, each once, by its next time in the window. Single activities are
 * paged in the database; series (few) are placed by their first occurrence in the window,
 * found by stepping the rule, not by expanding it. A constant number of queries at any size.
 */
export async function listActivities(
  ctx: AppContext,
  query: ParsedQuery,
  user: CurrentUser | null,
  shown: number = UPCOMING_SHOWN,
): Promise<ActivityListing> {
  const { filter, from, to } = query;
  const [singleCount, seriesRows] = await Promise.all([
    countSingles(ctx.db.kysely, filter, from, to),
    listSeriesInWindow(ctx.db.kysely, filter, from, to),
  ]);
  const changes = await windowChanges(ctx, seriesRows, from, to);
  const series = upcomingOf(seriesRows, [], changes, from, to, 1);
  const total = singleCount + series.length;
  const pages = Math.max(1, Math.ceil(total / ACTIVITIES_PER_PAGE));
  const page = Math.min(query.page, pages);
  const end = page * ACTIVITIES_PER_PAGE;
  // A single's place in the merged order is its rank among singles plus the series before it
  // (0 to all of them), so the page's singles rank in [end - per page - series, end): read
  // only those, never all the singles before the page.
  const offset = Math.max(0, end - ACTIVITIES_PER_PAGE - series.length);
  const singleRows = await listSinglesPage(ctx.db.kysely, filter, from, to, end - offset, offset);
  const merged = [
    ...singleRows.map((row) => ({ startsAt: row.starts_at, id: row.id, row })),
    ...series.map(({ next, activity }) => ({
      startsAt: next.startsAt,
      id: activity.id,
      row: seriesRows.find((row) => row.id === activity.id),
    })),
  ].sort((a, b) => a.startsAt - b.startsAt || a.id - b.id);
  // From the first single read on, an entry's place in the whole list is `offset` + its index
  // here; the series before that single all come before the page.
  const pageRows = merged
    .slice(end - ACTIVITIES_PER_PAGE - offset, end - offset)
    .map((entry) => entry.row)
    .filter((row): row is ActivityRow => row !== undefined);
  const items = await withUpcoming(ctx, pageRows, changes, from, to, shown);
  const mine = await viewerSignUps(
    ctx,
    user,
    pageRows.map((row) => row.id),
  );
  return { items, total, page, pages, mine };
}

/**
 * Every activity touching a window, each once with its next occurrences (map, home page), the
 * first `limit` by next time. Four queries.
 */
export async function activitiesInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
  limit: number,
  shown: number = UPCOMING_SHOWN,
): Promise<ListedActivity[]> {
  const rows = await listInWindow(ctx.db.kysely, filter, from, to);
  const changes = await windowChanges(ctx, rows, from, to);
  const firsts = upcomingOf(rows, [], changes, from, to, 1).sort(byNext).slice(0, limit);
  const chosen = firsts.flatMap((listed) => rows.filter((row) => row.id === listed.activity.id));
  return withUpcoming(ctx, chosen, changes, from, to, shown);
}

/** Every occurrence in a window (calendar, map, feeds), without participant counts. */
export async function occurrencesInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
): Promise<Occurrence[]> {
  const rows = await listInWindow(ctx.db.kysely, filter, from, to);
  return (await expandRows(ctx, rows, from, to, { counts: false, stops: true })).sort(byStart);
}

/** Activities (not occurrences) touching a window, with their changes, for calendar feeds. */
/** Rows read per query while a feed is built; the event loop is given back between pages. */
const FEED_PAGE = 100;

export async function activitiesForFeed(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
): Promise<{ activities: Activity[]; changes: ReturnType<typeof changesOf> }> {
  const rows: Awaited<ReturnType<typeof listInWindow>> = [];
  let after: PageEnd | null = null;
  for (;;) {
    const page = await listInWindow(ctx.db.kysely, filter, from, to, { after, limit: FEED_PAGE });
    rows.push(...page);
    const last = page.at(-1);
    if (last === undefined || page.length < FEED_PAGE) break;
    after = { startsAt: last.starts_at, id: last.id };
    await yieldToLoop();
  }
  const seriesIds = rows.filter((row) => row.rrule !== null).map((row) => row.id);
  const [stops, changes] = await Promise.all([
    listStops(
      ctx.db.kysely,
      rows.filter((row) => row.location_kind === 'route').map((row) => row.id),
    ),
    listChanges(ctx.db.kysely, seriesIds),
  ]);
  const activities: Activity[] = [];
  for (const row of rows) {
    activities.push(toActivity(row, row.location_kind === 'route' ? stops : []));
    if (activities.length % FEED_PAGE === 0) await yieldToLoop();
  }
  return { activities, changes: changesOf(changes) };
}
