import type { ParsedQuery } from '#src/modules/activities/finding/filters.ts';
import {
  expandRows,
  firstInWindow,
  occurrencesInWindow,
} from '#src/modules/activities/finding/listing-service.ts';
import type { CalendarDay, CalendarPageModel } from '#src/modules/activities/finding/views/calendar-page.tsx';
import type { ListedActivity, Occurrence } from '#src/modules/activities/model.ts';
import { listActivityRows, listNearIds } from '#src/modules/activities/queries.ts';
import { distanceMetres, neighbourhoodOptions } from '#src/modules/places/bookings/search-service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { addDays, localParts, localToEpoch, startOfWeek } from '#src/platform/local-time.ts';

const MONTH = /^(\d{4})-(\d{2})$/;

function monthOf(raw: string | undefined, today: string): string {
  const match = MONTH.exec(raw ?? '');
  if (match === null) return today.slice(0, 7);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? (raw ?? '') : today.slice(0, 7);
}

function shiftMonth(month: string, by: number): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The month table: whole weeks (Monday first) around the month, each day with its occurrences. */
export async function monthCalendar(
  ctx: AppContext,
  query: ParsedQuery,
  rawMonth: string | undefined,
  queryText: string,
): Promise<CalendarPageModel> {
  const today = localParts(ctx.clock.now()).date;
  const month = monthOf(rawMonth, today);
  const first = `${month}-01`;
  const gridStart = startOfWeek(first);
  const nextMonthFirst = `${shiftMonth(month, 1)}-01`;
  const lastDay = addDays(nextMonthFirst, -1);
  const gridEnd = addDays(startOfWeek(lastDay), 7);
  const occurrences = await occurrencesInWindow(
    ctx,
    query.filter,
    localToEpoch(gridStart, 0),
    localToEpoch(gridEnd, 0),
  );
  const byDate = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const date = localParts(occurrence.startsAt).date;
    byDate.set(date, [...(byDate.get(date) ?? []), occurrence]);
  }
  const weeks: CalendarDay[][] = [];
  for (let day = gridStart; day < gridEnd; day = addDays(day, 7)) {
    weeks.push(
      [0, 1, 2, 3, 4, 5, 6].map((offset) => {
        const date = addDays(day, offset);
        return { date, inMonth: date.startsWith(month), occurrences: byDate.get(date) ?? [] };
      }),
    );
  }
  return {
    month,
    previous: shiftMonth(month, -1),
    next: shiftMonth(month, 1),
    weeks,
    query: queryText,
    today,
  };
}

/** This week: from now until the end of Sunday. */
export function thisWeek(now: number): { from: number; to: number } {
  const today = localParts(now).date;
  return { from: now, to: localToEpoch(addDays(startOfWeek(today), 7), 0) };
}

export interface NearResult {
  occurrence: Occurrence;
  metres: number | null;
}

/** Radius around a point within which an activity counts as near. */
export const NEAR_METRES = 2500;

/** How many activities "near me" shows at most, nearest first. */
export const NEAR_SHOWN = 50;

/** Degrees of latitude and longitude (at this latitude) a little beyond NEAR_METRES. */
function boxAround(centre: { lat: number; lon: number }) {
  const lat = (NEAR_METRES * 1.05) / 111_000;
  const lon = lat / Math.max(0.1, Math.cos((centre.lat * Math.PI) / 180));
  return { south: centre.lat - lat, north: centre.lat + lat, west: centre.lon - lon, east: centre.lon + lon };
}

/**
 * "Denne uge nær mig": this week's activities in a neighbourhood, or within 2.5 km of a point,
 * nearest first, at most NEAR_SHOWN of them. Without geolocation: the person picks a
 * neighbourhood or types a point. Only activities in a box around the point (or in the
 * neighbourhood) are read, and only the nearest few expanded.
 */
export async function nearThisWeek(
  ctx: AppContext,
  centre: { lat: number; lon: number },
  neighbourhoodId: number | null,
): Promise<NearResult[]> {
  const { from, to } = thisWeek(ctx.clock.now());
  const near = { centre, box: boxAround(centre), neighbourhoodId };
  const ids = await listNearIds(ctx.db.kysely, near, from, to, NEAR_SHOWN);
  const rows = await listActivityRows(ctx.db.kysely, ids);
  const occurrences = await expandRows(ctx, rows, from, to, { counts: false, stops: true });
  return occurrences
    .map((occurrence) => ({
      occurrence,
      metres: occurrence.activity.point === null ? null : distanceMetres(centre, occurrence.activity.point),
    }))
    .filter(
      ({ occurrence, metres }) =>
        (neighbourhoodId !== null && occurrence.activity.neighbourhoodId === neighbourhoodId) ||
        (metres !== null && metres <= NEAR_METRES),
    )
    .sort(
      (a, b) =>
        (a.metres ?? Number.MAX_VALUE) - (b.metres ?? Number.MAX_VALUE) ||
        a.occurrence.startsAt - b.occurrence.startsAt,
    )
    .slice(0, NEAR_SHOWN);
}

export { neighbourhoodOptions };

/**
 * The home page's "Det sker i denne uge": the first few activities (a series once, at its next
 * time this week that is not cancelled) and how many more, reading only the few it shows.
 */
export async function homeWeek(
  ctx: AppContext,
  shown: number,
): Promise<{ items: ListedActivity[]; more: number; moreCapped: boolean }> {
  const week = thisWeek(ctx.clock.now());
  const { items, total, totalCapped } = await firstInWindow(ctx, {}, week, shown, { uncancelled: true });
  const shownItems = items.flatMap((listed) => {
    const upcoming = listed.upcoming.filter((occurrence) => !occurrence.cancelled);
    const next = upcoming[0];
    return next === undefined ? [] : [{ activity: listed.activity, next, upcoming }];
  });
  return { items: shownItems, more: Math.max(0, total - shownItems.length), moreCapped: totalCapped };
}

/** Coming occurrences as GeoJSON points (RFC 7946), one feature per activity at its next time. */
export function occurrencesGeoJson(occurrences: readonly Occurrence[], baseUrl: string) {
  const seen = new Set<number>();
  const features = [];
  for (const occurrence of occurrences) {
    const { activity } = occurrence;
    if (activity.point === null || seen.has(activity.id)) continue;
    seen.add(activity.id);
    features.push({
      type: 'Feature' as const,
      id: activity.id,
      geometry: {
        type: 'Point' as const,
        coordinates: [activity.point.lon, activity.point.lat] as [number, number],
      },
      properties: {
        slug: String(activity.id),
        name: activity.title,
        kind: activity.kind,
        startsAt: new Date(occurrence.startsAt).toISOString(),
        endsAt: new Date(occurrence.endsAt).toISOString(),
        cancelled: occurrence.cancelled,
        url: `${baseUrl}/aktiviteter/${activity.id}`,
      },
    });
  }
  return { type: 'FeatureCollection' as const, features };
}
