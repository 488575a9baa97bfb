import {
  type Area,
  type AreaSummary,
  listDistricts,
  listNeighbourhoods,
  resolvePoint,
} from '#src/modules/areas/service.ts';
import type { AppContext } from '#src/platform/context.ts';

/** How exactly a funded initiative's map position is known. */
export type LocationPrecision = 'point' | 'approximate' | 'place' | 'area';

export interface GrantLocation {
  lat: number;
  lon: number;
  precision: LocationPrecision;
}

/** What an application says about where it happens. */
export interface WhereFields {
  area_id: number | null;
  lat: number | null;
  lon: number | null;
  place_lat?: number | null;
  place_lon?: number | null;
  place_district_id: number | null;
  place_neighbourhood_id: number | null;
}

/** The districts and neighbourhoods by id, read once per request from the areas service's cache. */
export interface AreaLookup {
  byId: Map<number, Area>;
  ctx: AppContext;
}

export async function areaLookup(ctx: AppContext): Promise<AreaLookup> {
  const districts = await listDistricts(ctx);
  const neighbourhoods = (
    await Promise.all(districts.map((district) => listNeighbourhoods(ctx, district.id)))
  ).flat();
  return { byId: new Map([...districts, ...neighbourhoods].map((area) => [area.id, area])), ctx };
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The neighbourhood (or, where none is drawn, the district) of an application: the area it names,
 * else its place's, else the one its map point lies in. Null when it says nothing about where.
 */
export async function areaOf(lookup: AreaLookup, where: WhereFields): Promise<Area | null> {
  if (where.area_id !== null) return lookup.byId.get(where.area_id) ?? null;
  const placeArea = where.place_neighbourhood_id ?? where.place_district_id;
  if (placeArea !== null) return lookup.byId.get(placeArea) ?? null;
  if (!finite(where.lat) || !finite(where.lon)) return null;
  const resolved = await resolvePoint(lookup.ctx, { lat: where.lat, lon: where.lon });
  const found = resolved.neighbourhood ?? resolved.district;
  return found === null ? null : (lookup.byId.get(found.id) ?? null);
}

/** Area-weighted centroid of the largest polygon's outer ring: a point to put an area's initiatives at. */
export function areaCentroid(area: Area): { lat: number; lon: number } {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  let best = { size: -1, lat: (area.bbox[1] + area.bbox[3]) / 2, lon: (area.bbox[0] + area.bbox[2]) / 2 };
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let twiceArea = 0;
    let lon = 0;
    let lat = 0;
    for (let index = 0; index + 1 < ring.length; index += 1) {
      const [x0, y0] = ring[index] ?? [0, 0];
      const [x1, y1] = ring[index + 1] ?? [0, 0];
      const cross = x0 * y1 - x1 * y0;
      twiceArea += cross;
      lon += (x0 + x1) * cross;
      lat += (y0 + y1) * cross;
    }
    const size = Math.abs(twiceArea);
    if (size > best.size && twiceArea !== 0) {
      best = { size, lon: lon / (3 * twiceArea), lat: lat / (3 * twiceArea) };
    }
  }
  return { lat: round(best.lat, 6), lon: round(best.lon, 6) };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Where to draw an initiative. An organisation's map point is shown as given. A resident's point
 * may be their own doorstep, so it is rounded to three decimals (about 110 m north–south, 60 m
 * east–west) and marked approximate. Without a point: the place, else the area's centroid.
 */
export function locationOf(where: WhereFields, area: Area | null, byResident: boolean): GrantLocation | null {
  if (finite(where.lat) && finite(where.lon)) {
    return byResident
      ? { lat: round(where.lat, 3), lon: round(where.lon, 3), precision: 'approximate' }
      : { lat: round(where.lat, 6), lon: round(where.lon, 6), precision: 'point' };
  }
  if (finite(where.place_lat) && finite(where.place_lon)) {
    return { lat: where.place_lat, lon: where.place_lon, precision: 'place' };
  }
  if (area === null) return null;
  return { ...areaCentroid(area), precision: 'area' };
}

/** The parts of an area a public page or export names. */
export function areaRef(area: AreaSummary | null): { slug: string; name: string; path: string } | null {
  return area === null ? null : { slug: area.slug, name: area.name, path: area.path };
}
