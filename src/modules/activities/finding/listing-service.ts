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
import { occurrenceStarts } from '#src/modules/activities/occurrences/recurrence.ts';
import { countsOf, signUpsOfUser } from '#src/modules/activities/participation/queries.ts';
import {
  type ActivityFilter,
  type ActivityRow,
  countSingles,
  listActivityRows,
  listChanges,
  listInWindow,
  listSeriesInWindow,
  listSinglesPage,
  listStops,
  type PageEnd,
  type Placed,
  type SeriesTiming,
} from '#src/modules/activities/queries.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { yieldToLoop } from '#src/platform/feeds.ts';

export const ACTIVITIES_PER_PAGE = 20;
/** Single activities counted at most (50 pages): beyond, a list says "over" and offers filters. */
export const COUNTED_SINGLES = 1000;
/** How many next dates a list shows of a series. */
export const UPCOMING_SHOWN = 4;

export interface ActivityListing {
  /** One item per activity: a series once, with its next dates. */
  items: ListedActivity[];
  /** Activities (not occurrences) in the window, or, when `totalCapped`, at least this many. */
  total: number;
  /** More single activities than are counted (COUNTED_SINGLES): narrow by dates or filters. */
  totalCapped: boolean;
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

/** The changes of these series whose usual start lies in the window: one query. */
async function windowChanges(
  ctx: AppContext,
  series: readonly SeriesTiming[],
  from: number,
  to: number,
): Promise<Changes> {
  const ids = series.map((timing) => timing.id);
  return changesOf(await listChanges(ctx.db.kysely, ids, { from, to }));
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

/** How a list is cut: which page, of how many entries, and whether cancelled ones count. */
interface Cut {
  page: number;
  perPage: number;
  /** Leave out cancelled activities and, of a series, its cancelled times (the home page). */
  uncancelled: boolean;
}

/**
 * Each series placed by its first time in the window (moved: where it moved to), or left out when
 * it has none. The rule is stepped only to that first time (with `uncancelled`, past the times
 * cancelled): no queries, and work per series bounded by its changes, not by its length.
 */
function placeSeries(
  series: readonly SeriesTiming[],
  changes: Changes,
  from: number,
  to: number,
  uncancelled: boolean,
): Placed[] {
  const bySeries = new Map<number, Changes>();
  for (const change of changes)
    bySeries.set(change.activityId, [...(bySeries.get(change.activityId) ?? []), change]);
  return series.flatMap((timing) => {
    if (uncancelled && timing.cancelled) return [];
    const own = bySeries.get(timing.id) ?? [];
    const skipped = uncancelled ? own.filter((change) => change.cancelled).length : 0;
    const keys = occurrenceStarts({ startsAt: timing.starts_at, rrule: timing.rrule }, from, to, skipped + 1);
    for (const key of keys) {
      const change = own.find((candidate) => candidate.occurrenceStart === key);
      if (uncancelled && change?.cancelled === true) continue;
      return [{ id: timing.id, startsAt: change?.startsAt ?? key }];
    }
    return [];
  });
}

function byPlace(a: Placed, b: Placed): number {
  return a.startsAt - b.startsAt || a.id - b.id;
}

/**
 * One page of the entries of a window, each activity once by its next time: the singles paged and
 * counted in the index, the series (few) placed by stepping their rules. Five queries whatever
 * the page; rows read: the page's, the series' timing, and at most the series' count of singles
 * before the page (a single's rank among all entries is its rank among singles plus 0 to all
 * series, so the page's singles rank in [end - per page - series, end)).
 */
async function pageOfWindow(ctx: AppContext, filter: ActivityFilter, from: number, to: number, cut: Cut) {
  const options = { uncancelled: cut.uncancelled };
  const [counted, seriesTimings] = await Promise.all([
    countSingles(ctx.db.kysely, filter, from, to, { ...options, atMost: COUNTED_SINGLES }),
    listSeriesInWindow(ctx.db.kysely, filter, from, to),
  ]);
  const changes = await windowChanges(ctx, seriesTimings, from, to);
  const series = placeSeries(seriesTimings, changes, from, to, cut.uncancelled).sort(byPlace);
  const totalCapped = counted > COUNTED_SINGLES;
  const total = Math.min(counted, COUNTED_SINGLES) + series.length;
  const pages = Math.max(1, Math.ceil(total / cut.perPage));
  const page = Math.min(cut.page, pages);
  const end = page * cut.perPage;
  const offset = Math.max(0, end - cut.perPage - series.length);
  const singles = await listSinglesPage(ctx.db.kysely, filter, from, to, end - offset, offset, options);
  // From the first single read on, an entry's place in the whole list is `offset` + its index
  // here; the series before that single all come before the page.
  const placed = [...singles, ...series].sort(byPlace).slice(end - cut.perPage - offset, end - offset);
  const rows = await listActivityRows(
    ctx.db.kysely,
    placed.map((entry) => entry.id),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = placed.flatMap((entry) => byId.get(entry.id) ?? []);
  return { rows: ordered, changes, total, totalCapped, page, pages };
}

/**
 * One page of activities, each once, by its next time in the window. A constant number of
 * queries at any size, reading the page's rows and the series' timing (see pageOfWindow).
 */
export async function listActivities(
  ctx: AppContext,
  query: ParsedQuery,
  user: CurrentUser | null,
  shown: number = UPCOMING_SHOWN,
): Promise<ActivityListing> {
  const { filter, from, to } = query;
  const cut = { page: query.page, perPage: ACTIVITIES_PER_PAGE, uncancelled: false };
  const { rows, changes, total, totalCapped, page, pages } = await pageOfWindow(ctx, filter, from, to, cut);
  const items = await withUpcoming(ctx, rows, changes, from, to, shown);
  const mine = await viewerSignUps(
    ctx,
    user,
    rows.map((row) => row.id),
  );
  return { items, total, totalCapped, page, pages, mine };
}

/**
 * The first `limit` activities touching a window, each once with its next occurrences, and how
 * many there are in all. Work bounded by `limit`, as for a page of the list.
 */
export async function firstInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  window: { from: number; to: number },
  limit: number,
  options: { shown?: number; uncancelled?: boolean } = {},
): Promise<{ items: ListedActivity[]; total: number; totalCapped: boolean }> {
  const { from, to } = window;
  const cut = { page: 1, perPage: limit, uncancelled: options.uncancelled === true };
  const { rows, changes, total, totalCapped } = await pageOfWindow(ctx, filter, from, to, cut);
  const items = await withUpcoming(ctx, rows, changes, from, to, options.shown ?? UPCOMING_SHOWN);
  return { items, total, totalCapped };
}

/** The first `limit` activities touching a window, each once with its next occurrences (the map). */
export async function activitiesInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
  limit: number,
  shown: number = UPCOMING_SHOWN,
): Promise<ListedActivity[]> {
  return (await firstInWindow(ctx, filter, { from, to }, limit, { shown })).items;
}

/** Rows read per query while a feed is built; the event loop is given back between pages. */
const FEED_PAGE = 100;
/** The most one-off activities a public feed holds (every series in its window comes too). */
export const FEED_SINGLES_MAX = 5000;

/**
 * Every series touching the window and its first `singlesMax` one-off activities, by start, read in
 * pages. Nothing a later single could displace is missed: the first `singlesMax` occurrences all
 * start by the last single read, and every series starting by then has been read too.
 */
async function rowsInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
  singlesMax: number,
): Promise<ActivityRow[]> {
  const rows: ActivityRow[] = [];
  let singles = 0;
  let after: PageEnd | null = null;
  for (;;) {
    const page = await listInWindow(ctx.db.kysely, filter, from, to, { after, limit: FEED_PAGE });
    for (const row of page) {
      if (row.rrule === null && singles >= singlesMax) return rows;
      if (row.rrule === null) singles += 1;
      rows.push(row);
    }
    const last = page.at(-1);
    if (last === undefined || page.length < FEED_PAGE) return rows;
    after = { startsAt: last.starts_at, id: last.id };
    await yieldToLoop();
  }
}

/**
 * Occurrences in a window (calendar, map, exports), without participant counts, by start; with
 * `limit`, only the first `limit`, read without loading the activities after them.
 */
export async function occurrencesInWindow(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
  limit: number = Number.POSITIVE_INFINITY,
): Promise<Occurrence[]> {
  const rows = Number.isFinite(limit)
    ? await rowsInWindow(ctx, filter, from, to, limit)
    : await listInWindow(ctx.db.kysely, filter, from, to);
  const occurrences = await expandRows(ctx, rows, from, to, { counts: false, stops: true });
  return occurrences.sort(byStart).slice(0, limit);
}

/**
 * Activities (not occurrences) touching a window, with their changes, for calendar feeds: every
 * series and the first FEED_SINGLES_MAX one-off activities, so that a feed of a whole city's year
 * stays a file a calendar program can take (and the process's memory bounded).
 */
export async function activitiesForFeed(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
): Promise<{ activities: Activity[]; changes: ReturnType<typeof changesOf> }> {
  const rows = await rowsInWindow(ctx, filter, from, to, FEED_SINGLES_MAX);
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
