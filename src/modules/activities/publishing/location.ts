import type { LocationDraft, Stop } from '#src/modules/activities/publishing/input.ts';
import type { LocationKind } from '#src/modules/activities/tables.ts';
import { resolvePoint } from '#src/modules/areas/service.ts';
import type { PlaceWithRules } from '#src/modules/places/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { NotFoundError, ValidationError } from '#src/platform/errors.ts';

/** Where an activity is, resolved: the place with its rules, or the point, and its area. */
export interface ResolvedLocation {
  locationKind: LocationKind;
  place: PlaceWithRules | null;
  address: string;
  lat: number | null;
  lon: number | null;
  neighbourhoodId: number | null;
  districtId: number | null;
  stops: Stop[];
}

async function areasOf(ctx: AppContext, lat: number | null, lon: number | null) {
  if (lat === null || lon === null) return { neighbourhoodId: null, districtId: null };
  const resolved = await resolvePoint(ctx, { lat, lon });
  return { neighbourhoodId: resolved.neighbourhood?.id ?? null, districtId: resolved.district?.id ?? null };
}

export async function resolveLocation(ctx: AppContext, draft: LocationDraft): Promise<ResolvedLocation> {
  if (draft.kind === 'place') {
    let place: PlaceWithRules;
    try {
      place = await getPlaceRulesBySlug(ctx, draft.placeSlug);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new ValidationError({ placeSlug: { key: 'activities.validation.choosePlace' } });
      throw error;
    }
    if (place.rules.accessMode === 'closed') {
      throw new ValidationError({ placeSlug: { key: 'activities.validation.placeClosed' } });
    }
    return {
      locationKind: 'place',
      place,
      address: '',
      lat: null,
      lon: null,
      neighbourhoodId: place.neighbourhoodId,
      districtId: place.districtId,
      stops: [],
    };
  }
  if (draft.kind === 'route') {
    const first = draft.stops.find((stop) => stop.lat !== null && stop.lon !== null);
    return {
      locationKind: 'route',
      place: null,
      address: '',
      lat: null,
      lon: null,
      ...(await areasOf(ctx, first?.lat ?? null, first?.lon ?? null)),
      stops: draft.stops,
    };
  }
  return {
    locationKind: 'point',
    place: null,
    address: draft.address,
    lat: draft.lat,
    lon: draft.lon,
    ...(await areasOf(ctx, draft.lat, draft.lon)),
    stops: [],
  };
}
