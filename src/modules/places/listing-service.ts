import {
  type AreaSummary,
  getArea,
  getHomeDistrict,
  listDistricts,
  listNeighbourhoods,
} from '#src/modules/areas/service.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { listPlacePhotos, type PhotoMeta } from '#src/modules/places/photos.ts';
import { assertPlaceManager, isPlaceManager } from '#src/modules/places/policy.ts';
import {
  countPlaces,
  listAllPlaces,
  listMapPoints,
  listPlacePage,
  type MapPointRow,
  type PlaceFilter,
} from '#src/modules/places/queries.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlaceRulesBySlug, withRules } from '#src/modules/places/service.ts';
import { ACCESS_MODES, type AccessMode, PLACE_KINDS, type PlaceKind } from '#src/modules/places/tables.ts';
import { FACILITIES } from '#src/modules/places/validation.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

export const PLACES_PER_PAGE = 20;

/** What a list or API query asked for, before it is checked. Unknown values match nothing. */
export interface RawPlaceFilter {
  kind?: string;
  area?: string;
  accessMode?: string;
  stepFree?: boolean;
  minCapacity?: number | null;
  facility?: string;
}

export interface PlaceListing {
  items: PlaceWithRules[];
  total: number;
  page: number;
  pages: number;
}

/** Reads a filter; an unknown area makes the filter match nothing rather than everything. */
export async function parsePlaceFilter(ctx: AppContext, raw: RawPlaceFilter): Promise<PlaceFilter> {
  const kind = PLACE_KINDS.find((candidate) => candidate === raw.kind) ?? null;
  const accessMode = ACCESS_MODES.find((candidate) => candidate === raw.accessMode) ?? null;
  const facility = FACILITIES.find((candidate) => candidate === raw.facility) ?? null;
  let areaId: number | null = null;
  if (raw.area !== undefined && raw.area !== '') areaId = (await getArea(ctx, raw.area))?.id ?? -1;
  const minCapacity = raw.minCapacity ?? null;
  return {
    kind: kind satisfies PlaceKind | null,
    accessMode: accessMode satisfies AccessMode | null,
    areaId,
    stepFree: raw.stepFree === true,
    minCapacity: minCapacity !== null && Number.isFinite(minCapacity) && minCapacity > 0 ? minCapacity : null,
    facility,
  };
}

/** One page of places with their rules: seven queries whatever the page size. */
export async function listPlaces(ctx: AppContext, filter: PlaceFilter, page: number): Promise<PlaceListing> {
  const total = await countPlaces(ctx.db.kysely, filter);
  const pages = Math.max(1, Math.ceil(total / PLACES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  const rows = await listPlacePage(ctx.db.kysely, filter, {
    limit: PLACES_PER_PAGE,
    offset: (current - 1) * PLACES_PER_PAGE,
  });
  return { items: await withRules(ctx, rows), total, page: current, pages };
}

/** Every matching place, for the map and GeoJSON. */
export async function allPlaces(ctx: AppContext, filter: PlaceFilter): Promise<PlaceWithRules[]> {
  return withRules(ctx, await listAllPlaces(ctx.db.kysely, filter));
}

/** The districts and the home district's neighbourhoods, for filters and for naming a place's area. */
export async function areaChoices(ctx: AppContext): Promise<AreaSummary[]> {
  const home = await getHomeDistrict(ctx);
  const neighbourhoods = home === null ? [] : await listNeighbourhoods(ctx, home.id);
  return [...neighbourhoods, ...(await listDistricts(ctx))];
}

export interface PlacePageModel {
  place: PlaceWithRules;
  district: AreaSummary | null;
  neighbourhood: AreaSummary | null;
  photos: PhotoMeta[];
  canManage: boolean;
}

/** Everything the place page shows. */
export async function placePage(
  ctx: AppContext,
  slug: string,
  user: CurrentUser | null,
): Promise<PlacePageModel> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  const areas = await areaChoices(ctx);
  const [photos, canManage] = await Promise.all([
    listPlacePhotos(ctx, place.id, place.slug),
    user === null ? Promise.resolve(false) : isPlaceManager(ctx, place.id, user.id),
  ]);
  return {
    place,
    district: areas.find((area) => area.id === place.districtId) ?? null,
    neighbourhood: areas.find((area) => area.id === place.neighbourhoodId) ?? null,
    photos,
    canManage,
  };
}

/** The place for one of its edit pages; ForbiddenError unless the person manages it. */
export async function placeForEditing(
  ctx: AppContext,
  user: CurrentUser,
  slug: string,
): Promise<PlaceWithRules> {
  const place = await getPlaceRulesBySlug(ctx, slug);
  await assertPlaceManager(ctx, place.id, user);
  return place;
}

/** The organisations a person administers: the owners they may create places for. */
export async function administeredOrganisations(
  ctx: AppContext,
  user: CurrentUser,
): Promise<Array<{ slug: string; name: string }>> {
  const memberships = await membershipsOfUser(ctx, user.id);
  return memberships
    .filter((membership) => membership.role === 'admin')
    .map((membership) => ({ slug: membership.slug, name: membership.name }));
}

/**
 * Every matching place as an RFC 7946 Feature (a Point in [longitude, latitude], language-neutral
 * properties), read in one narrow query: the map needs neither the places' texts nor their rules.
 */
export async function placesMap(ctx: AppContext, filter: PlaceFilter) {
  const rows = await listMapPoints(ctx.db.kysely, filter);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row) => mapPointFeature(row, ctx.config.baseUrl)),
  };
}

function mapPointFeature(row: MapPointRow, baseUrl: string) {
  return {
    type: 'Feature' as const,
    id: row.slug,
    geometry: { type: 'Point' as const, coordinates: [row.lon, row.lat] as [number, number] },
    properties: {
      slug: row.slug,
      name: row.name,
      kind: row.kind,
      accessMode: row.access_mode,
      capacity: row.capacity,
      stepFree: row.step_free === 1,
      accessibleToilet: row.accessible_toilet === 1,
      hearingLoop: row.hearing_loop === 1,
      organisation: row.organisation_name,
      url: `${baseUrl}/steder/${encodeURIComponent(row.slug)}`,
    },
  };
}
