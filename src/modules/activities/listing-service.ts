import type { ParsedQuery } from '#src/modules/activities/filters.ts';
import {
  type Activity,
  type Counts,
  changesOf,
  countsMap,
  type Occurrence,
  occurrencesOf,
  toActivity,
} from '#src/modules/activities/model.ts';
import { countsOf, signUpsOfUser } from '#src/modules/activities/participant-queries.ts';
import {
  type ActivityFilter,
  type ActivityRow,
  countSingles,
  listChanges,
  listInWindow,
  listSeriesInWindow,
  listSinglesPage,
  listStops,
} from '#src/modules/activities/queries.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

export const ACTIVITIES_PER_PAGE = 20;

export interface ActivityListing {
  items: Occurrence[];
  total: number;
  page: number;
  pages: number;
  /** The viewer's sign-ups, by `activityId:occurrenceStart`. */
  mine: Map<string, 'joined' | 'waiting' | 'unconfirmed'>;
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.startsAt - b.startsAt || a.activity.id - b.activity.id;
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

async function viewerSignUps(ctx: AppContext, user: CurrentUser | null, activityIds: readonly number[]) {
  const mine = new Map<string, 'joined' | 'waiting' | 'unconfirmed'>();
  if (user === null) return mine;
  for (const row of await signUpsOfUser(ctx.db.kysely, user.id, activityIds)) {
    if (row.status !== 'cancelled') mine.set(`${row.activity_id}:${row.occurrence_start}`, row.status);
  }
  return mine;
}

/**
 * One page of occurrences, soonest first. Single activities are paged in the database; series
 * (few) are expanded in the window and merged in. A constant number of queries at any size.
 */
export async function listActivities(
  ctx: AppContext,
  query: ParsedQuery,
  user: CurrentUser | null,
): Promise<ActivityListing> {
  const { filter, from, to } = query;
  const [singleCount, seriesRows] = await Promise.all([
    countSingles(ctx.db.kysely, filter, from, to),
    listSeriesInWindow(ctx.db.kysely, filter, from, to),
  ]);
  const seriesPreview = await expandRows(ctx, seriesRows, from, to, { counts: false, stops: false });
  const total = singleCount + seriesPreview.length;
  const pages = Math.max(1, Math.ceil(total / ACTIVITIES_PER_PAGE));
  const page = Math.min(query.page, pages);
  const end = page * ACTIVITIES_PER_PAGE;
  // A single's place in the merged order is its rank among singles plus the series occurrences
  // before it (0 to all of them), so the page's singles rank in [end - per page - series, end):
  // read only those, never all the singles before the page.
  const offset = Math.max(0, end - ACTIVITIES_PER_PAGE - seriesPreview.length);
  const singleRows = await listSinglesPage(ctx.db.kysely, filter, from, to, end - offset, offset);
  const merged = [
    ...singleRows.map((row) => ({ startsAt: row.starts_at, id: row.id, key: row.starts_at, row })),
    ...seriesPreview.map((occurrence) => ({
      startsAt: occurrence.startsAt,
      id: occurrence.activity.id,
      key: occurrence.key,
      row: seriesRows.find((row) => row.id === occurrence.activity.id),
    })),
  ].sort((a, b) => a.startsAt - b.startsAt || a.id - b.id);
  // From the first single read on, an entry's place in the whole list is `offset` + its index
  // here; the series occurrences before that single all come before the page.
  const slice = merged.slice(end - ACTIVITIES_PER_PAGE - offset, end - offset);
  const pageRows = [...new Map(slice.map((entry) => [entry.id, entry.row] as const)).values()].filter(
    (row): row is ActivityRow => row !== undefined,
  );
  const expanded = await expandRows(ctx, pageRows, from, to, { counts: true, stops: true });
  const wanted = new Set(slice.map((entry) => `${entry.id}:${entry.key}`));
  const items = expanded
    .filter((occurrence) => wanted.has(`${occurrence.activity.id}:${occurrence.key}`))
    .sort(byStart);
  const mine = await viewerSignUps(
    ctx,
    user,
    pageRows.map((row) => row.id),
  );
  return { items, total, page, pages, mine };
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
export async function activitiesForFeed(
  ctx: AppContext,
  filter: ActivityFilter,
  from: number,
  to: number,
): Promise<{ activities: Activity[]; changes: ReturnType<typeof changesOf> }> {
  const rows = await listInWindow(ctx.db.kysely, filter, from, to);
  const seriesIds = rows.filter((row) => row.rrule !== null).map((row) => row.id);
  const [stops, changes] = await Promise.all([
    listStops(
      ctx.db.kysely,
      rows.filter((row) => row.location_kind === 'route').map((row) => row.id),
    ),
    listChanges(ctx.db.kysely, seriesIds),
  ]);
  return { activities: rows.map((row) => toActivity(row, stops)), changes: changesOf(changes) };
}
