import { getHomeDistrict, listNeighbourhoods } from '#src/modules/areas/service.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { localDayPieces } from '#src/modules/places/bookings/availability.ts';
import { listManagedPlaceIds, organisationKinds } from '#src/modules/places/bookings/queries.ts';
import { type FreePlaceCriteria, freePlacePage } from '#src/modules/places/bookings/search-queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlacesWithRules } from '#src/modules/places/service.ts';
import type { Facility } from '#src/modules/places/validation.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { DAY, HOUR, MINUTE } from '#src/platform/time.ts';

/** "Room for 20 on Thursday 18–21 near Sydhavn, step-free, with a kitchen." */
export interface RoomQuery {
  attendees: number;
  startsAt: number;
  endsAt: number;
  stepFree: boolean;
  facilities: readonly Facility[];
  /** Where "nearest" is measured from; null lists by name. */
  origin: { lat: number; lon: number } | null;
}

export interface RoomHit {
  place: PlaceWithRules;
  /** Metres from the origin, or null without one. */
  distance: number | null;
}

export interface NeighbourhoodOption {
  slug: string;
  name: string;
  centre: { lat: number; lon: number };
}

/** The home district's neighbourhoods, with the centre of each as the point to measure from. */
export async function neighbourhoodOptions(ctx: AppContext): Promise<NeighbourhoodOption[]> {
  const home = await getHomeDistrict(ctx);
  if (home === null) return [];
  const neighbourhoods = await listNeighbourhoods(ctx, home.id);
  return neighbourhoods.map((area) => {
    const [west, south, east, north] = area.bbox;
    return { slug: area.slug, name: area.name, centre: { lat: (south + north) / 2, lon: (west + east) / 2 } };
  });
}

const EARTH_RADIUS = 6_371_000;

/** Great-circle distance in metres (haversine); plenty for a neighbourhood. */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

/** What the rules need to know of who is searching; nothing for an anonymous visitor. */
async function standingOf(ctx: AppContext, user: CurrentUser | null): Promise<FreePlaceCriteria['booker']> {
  if (user === null) {
    return { organisationIds: [], organisationKinds: [], managedPlaceIds: [], adminOf: [] };
  }
  const [memberships, managedPlaceIds] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    listManagedPlaceIds(ctx.db.kysely, user.id),
  ]);
  const organisationIds = memberships.map((membership) => membership.organisationId);
  return {
    organisationIds,
    organisationKinds: await organisationKinds(ctx.db.kysely, organisationIds),
    managedPlaceIds,
    adminOf: memberships.filter((membership) => membership.role === 'admin').map((m) => m.organisationId),
  };
}

/** Free places shown per page of the search. */
export const ROOM_PAGE_SIZE = 20;

export interface RoomPage {
  hits: RoomHit[];
  page: number;
  /** Whether another page follows. */
  hasMore: boolean;
  /** How many places are free in all, when known: when no page follows. */
  total: number | null;
}

/**
 * The interval as the database's rules read it, or null when no place can take it (it ends before
 * it starts, or starts in the past).
 */
function criteriaOf(
  query: RoomQuery,
  booker: FreePlaceCriteria['booker'],
  now: number,
): FreePlaceCriteria | null {
  if (query.endsAt <= query.startsAt || query.startsAt < now) return null;
  const ahead = query.startsAt - now;
  return {
    ...query,
    minutes: Math.round((query.endsAt - query.startsAt) / MINUTE),
    daysAhead: Math.ceil(ahead / DAY),
    noticeHours: Math.floor(ahead / HOUR),
    pieces: localDayPieces(query.startsAt, query.endsAt),
    booker,
  };
}

/**
 * One page of the places free for the whole interval under their own rules (the availability
 * engine's rules, applied by the database to all places at once), nearest first or by name.
 * A constant number of queries; the page's places are the only ones loaded.
 */
export async function findFreePlaces(
  ctx: AppContext,
  user: CurrentUser | null,
  query: RoomQuery,
  pageNumber = 1,
): Promise<RoomPage> {
  const criteria = criteriaOf(query, await standingOf(ctx, user), ctx.clock.now());
  if (criteria === null) return { hits: [], page: 1, hasMore: false, total: 0 };
  const page = Math.max(1, pageNumber);
  const offset = (page - 1) * ROOM_PAGE_SIZE;
  const found = await freePlacePage(ctx.db.kysely, criteria, { limit: ROOM_PAGE_SIZE, offset });
  const places = new Map((await getPlacesWithRules(ctx, found.ids)).map((place) => [place.id, place]));
  const hits = found.ids.flatMap((id) => {
    const place = places.get(id);
    if (place === undefined) return [];
    return [{ place, distance: query.origin === null ? null : distanceMetres(query.origin, place) }];
  });
  return {
    hits,
    page,
    hasMore: found.hasMore,
    total: found.hasMore || (hits.length === 0 && page > 1) ? null : offset + hits.length,
  };
}
