import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/** A GeoJSON position: longitude, then latitude (RFC 7946 §3.1.1), WGS 84. */
export type Position = [number, number];
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}

/** The shapes an area may have. */
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** West, south, east, north. */
export type BoundingBox = [number, number, number, number];

// RFC 7946 §11.2: six decimals (about 10 cm) is enough for a district and keeps the files small.
const PRECISION = 1e6;

function roundPosition(position: readonly number[]): Position {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  if (!Number.isFinite(lon) || !Number.isFinite(lat))
    throw new Error('A position needs a longitude and latitude');
  return [Math.round(lon * PRECISION) / PRECISION, Math.round(lat * PRECISION) / PRECISION];
}

/** Twice the signed area (shoelace); positive when the ring runs counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] as Position;
    const [x2, y2] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Rounds, drops repeated positions, closes the ring and turns it the RFC 7946 way. */
function normaliseRing(raw: readonly (readonly number[])[], exterior: boolean): Ring {
  const ring: Ring = [];
  for (const position of raw) {
    const rounded = roundPosition(position);
    const previous = ring[ring.length - 1];
    if (previous === undefined || previous[0] !== rounded[0] || previous[1] !== rounded[1])
      ring.push(rounded);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    ring.push([first[0], first[1]]);
  }
  if (ring.length < 4) throw new Error('A polygon ring needs at least four positions');
  // Exterior rings counter-clockwise, holes clockwise (RFC 7946 §3.1.6).
  const counterClockwise = signedArea(ring) > 0;
  return counterClockwise === exterior ? ring : ring.reverse();
}

function normalisePolygon(rings: readonly (readonly (readonly number[])[])[]): Ring[] {
  return rings.map((ring, index) => normaliseRing(ring, index === 0));
}

/**
 * Reads a Polygon or MultiPolygon from parsed GeoJSON, rounded to six decimals, with closed rings
 * wound as RFC 7946 asks. Throws on anything else.
 */
export function normaliseGeometry(raw: unknown): AreaGeometry {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || !('coordinates' in raw)) {
    throw new Error('Not a GeoJSON geometry');
  }
  const coordinates = raw.coordinates as readonly (readonly (readonly number[])[])[];
  if (raw.type === 'Polygon') return { type: 'Polygon', coordinates: normalisePolygon(coordinates) };
  if (raw.type === 'MultiPolygon') {
    const polygons = raw.coordinates as readonly (readonly (readonly (readonly number[])[])[])[];
    return { type: 'MultiPolygon', coordinates: polygons.map(normalisePolygon) };
  }
  throw new Error(`Unsupported geometry type ${String(raw.type)}`);
}

/** The polygons of a geometry, each as its list of rings. */
export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [lon, lat] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

/** True when the point lies inside the shape or on its edge; the bounding box answers most misses. */
export function shapeContains(
  shape: { geometry: AreaGeometry; bbox: BoundingBox },
  point: { lat: number; lon: number },
): boolean {
  const [west, south, east, north] = shape.bbox;
  if (point.lon < west || point.lon > east || point.lat < south || point.lat > north) return false;
  return booleanPointInPolygon([point.lon, point.lat], shape.geometry);
}
