import { getHomeDistrict, listNeighbourhoods } from '#src/modules/areas/service.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { type BookerStanding, checkInterval } from '#src/modules/places/bookings/availability.ts';
import {
  candidatePlaceIds,
  listManagedPlaceIds,
  organisationKinds,
} from '#src/modules/places/bookings/queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlacesWithRules } from '#src/modules/places/service.ts';
import type { Facility } from '#src/modules/places/validation.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

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
const byName = new Intl.Collator('da');

/** Great-circle distance in metres (haversine); plenty for a neighbourhood. */
export function distanceMetres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
}

async function standingOf(ctx: AppContext, user: CurrentUser | null) {
  if (user === null) {
    return { organisationIds: [], organisationKinds: [], managedPlaces: [], adminOf: [] };
  }
  const [memberships, managedPlaces] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    listManagedPlaceIds(ctx.db.kysely, user.id),
  ]);
  const organisationIds = memberships.map((membership) => membership.organisationId);
  return {
    organisationIds,
    organisationKinds: await organisationKinds(ctx.db.kysely, organisationIds),
    managedPlaces,
    adminOf: memberships.filter((membership) => membership.role === 'admin').map((m) => m.organisationId),
  };
}

/**
 * Places free for the whole interval under their own rules, nearest first. The database drops
 * places that are taken, too small or lack a facility; the engine checks each remaining place's
 * windows, closed dates, notice, duration and who may book. A constant number of queries.
 */
export async function findFreePlaces(
  ctx: AppContext,
  user: CurrentUser | null,
  query: RoomQuery,
): Promise<RoomHit[]> {
  const ids = await candidatePlaceIds(ctx.db.kysely, query);
  const [places, standing] = await Promise.all([getPlacesWithRules(ctx, ids), standingOf(ctx, user)]);
  const now = ctx.clock.now();
  const hits: RoomHit[] = [];
  for (const place of places) {
    const booker: BookerStanding = {
      organisationIds: standing.organisationIds,
      organisationKinds: standing.organisationKinds,
      isManager: standing.managedPlaces.includes(place.id) || standing.adminOf.includes(place.organisationId),
    };
    const request = {
      startsAt: query.startsAt,
      endsAt: query.endsAt,
      attendees: query.attendees,
      responsibleHostName: '-',
    };
    if (checkInterval(place, request, booker, [], now).length > 0) continue;
    hits.push({ place, distance: query.origin === null ? null : distanceMetres(query.origin, place) });
  }
  return hits.sort(
    (a, b) => (a.distance ?? 0) - (b.distance ?? 0) || byName.compare(a.place.name, b.place.name),
  );
}
