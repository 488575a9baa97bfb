import {
  type Area,
  type AreaSummary,
  areaIndex,
  forgetAreaIndex,
  type SerialisedGeoJson,
  summarise,
} from '#src/modules/areas/area-index.ts';
import { type Coordinates, parseCoordinates } from '#src/modules/areas/coordinates.ts';
import { type AreaSeed, areaSeeds } from '#src/modules/areas/data-files.ts';
import { areaFeature, areaFeatureCollection, serialisedOnce } from '#src/modules/areas/geojson.ts';
import { shapeContains } from '#src/modules/areas/geometry.ts';
import { countAreas, findAreaIdBySlug, upsertArea } from '#src/modules/areas/queries.ts';
import type { AppContext } from '#src/platform/context.ts';

export type { Area, AreaSummary };

function expectedFingerprint(seeds: AreaSeed[]): { count: number; geometryLength: number } {
  return {
    count: seeds.length,
    geometryLength: seeds.reduce((sum, seed) => sum + JSON.stringify(seed.geometry).length, 0),
  };
}

/**
 * Loads the districts and neighbourhoods from the reference files: inserts the missing ones and
 * updates the others by slug, in one transaction. When the table already holds exactly the files'
 * areas (same count and same amount of geometry) it costs one query.
 */
export async function ensureAreas(ctx: AppContext): Promise<void> {
  const seeds = areaSeeds();
  const expected = expectedFingerprint(seeds);
  const actual = await countAreas(ctx.db.kysely);
  if (actual.count === expected.count && actual.geometryLength === expected.geometryLength) return;
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // Districts first, so that neighbourhoods can point at their district's id.
    for (const seed of seeds) {
      const parentId = seed.parentSlug === null ? null : await findAreaIdBySlug(trx, seed.parentSlug);
      if (seed.parentSlug !== null && parentId === null) {
        throw new Error(`Area ${seed.slug} names a missing district ${seed.parentSlug}`);
      }
      await upsertArea(trx, {
        slug: seed.slug,
        name: seed.name,
        kind: seed.kind,
        parent_id: parentId,
        is_home: seed.isHome ? 1 : 0,
        approximate: seed.approximate ? 1 : 0,
        geometry: JSON.stringify(seed.geometry),
        source: seed.source,
        sort_order: seed.sortOrder,
      });
    }
  });
  forgetAreaIndex(ctx.db);
}

/** The ten districts, the home district first. */
export async function listDistricts(ctx: AppContext): Promise<Area[]> {
  return (await areaIndex(ctx.db)).districts;
}

/** A district or neighbourhood by its slug, or null. */
export async function getArea(ctx: AppContext, slug: string): Promise<Area | null> {
  return (await areaIndex(ctx.db)).bySlug.get(slug) ?? null;
}

/** The neighbourhoods (kvarterer) of a district, north to south; none for most districts. */
export async function listNeighbourhoods(ctx: AppContext, districtId: number): Promise<Area[]> {
  return (await areaIndex(ctx.db)).neighbourhoodsByDistrict.get(districtId) ?? [];
}

/** The home district (Vesterbro–Kongens Enghave), or null before the areas are loaded. */
export async function getHomeDistrict(ctx: AppContext): Promise<Area | null> {
  return (await areaIndex(ctx.db)).districts.find((district) => district.isHome) ?? null;
}

export interface ResolvedPoint {
  district: AreaSummary | null;
  neighbourhood: AreaSummary | null;
}

/**
 * Which district and (where known) neighbourhood a point lies in. Both are null outside the
 * municipality or in the water; the neighbourhood is null where none is drawn.
 */
export async function resolvePoint(
  ctx: AppContext,
  point: { lat: number; lon: number },
): Promise<ResolvedPoint> {
  const index = await areaIndex(ctx.db);
  const district = index.districts.find((candidate) => shapeContains(candidate, point));
  if (district === undefined) return { district: null, neighbourhood: null };
  const neighbourhood = (index.neighbourhoodsByDistrict.get(district.id) ?? []).find((candidate) =>
    shapeContains(candidate, point),
  );
  return {
    district: summarise(district),
    neighbourhood: neighbourhood === undefined ? null : summarise(neighbourhood),
  };
}

/** All districts as a GeoJSON FeatureCollection, serialised once. */
export async function districtsGeoJson(ctx: AppContext): Promise<SerialisedGeoJson> {
  const index = await areaIndex(ctx.db);
  const baseUrl = ctx.config.baseUrl;
  return serialisedOnce(index, `districts ${baseUrl}`, () => areaFeatureCollection(index.districts, baseUrl));
}

/** Neighbourhoods as a FeatureCollection: all of them, or those of one district. */
export async function neighbourhoodsGeoJson(
  ctx: AppContext,
  district: Area | null = null,
): Promise<SerialisedGeoJson> {
  const index = await areaIndex(ctx.db);
  const baseUrl = ctx.config.baseUrl;
  const key = `neighbourhoods ${district?.slug ?? '*'} ${baseUrl}`;
  return serialisedOnce(index, key, () => {
    const areas =
      district === null
        ? index.districts.flatMap((candidate) => index.neighbourhoodsByDistrict.get(candidate.id) ?? [])
        : (index.neighbourhoodsByDistrict.get(district.id) ?? []);
    return areaFeatureCollection(areas, baseUrl);
  });
}

/** One area as a Feature; a district's lists its neighbourhoods in `properties.neighbourhoods`. */
export async function areaGeoJson(ctx: AppContext, area: Area): Promise<SerialisedGeoJson> {
  const index = await areaIndex(ctx.db);
  const baseUrl = ctx.config.baseUrl;
  return serialisedOnce(index, `area ${area.slug} ${baseUrl}`, () =>
    areaFeature(area, baseUrl, index.neighbourhoodsByDistrict.get(area.id) ?? []),
  );
}

export interface TypedPointResult {
  point: Coordinates;
  resolved: ResolvedPoint;
  /** Where the point lies with latitude and longitude swapped, when only that finds a district. */
  swapped: ResolvedPoint | null;
}

/**
 * Resolves a point typed into the "find my area" form. Throws a ValidationError for missing or
 * malformed numbers; offers the swapped reading when the point as typed is outside Copenhagen.
 */
export async function resolveTypedPoint(
  ctx: AppContext,
  raw: { lat?: string; lon?: string },
): Promise<TypedPointResult> {
  const point = parseCoordinates(raw);
  const resolved = await resolvePoint(ctx, point);
  if (resolved.district !== null || Math.abs(point.lon) > 90) return { point, resolved, swapped: null };
  const swapped = await resolvePoint(ctx, { lat: point.lon, lon: point.lat });
  return { point, resolved, swapped: swapped.district === null ? null : swapped };
}
