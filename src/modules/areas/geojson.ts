import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Area, AreaIndex, SerialisedGeoJson } from '#src/modules/areas/area-index.ts';
import type { AreaGeometry } from '#src/modules/areas/geometry.ts';
import type { AreaKind } from '#src/modules/areas/tables.ts';

/** `properties` of an area Feature. */
export interface AreaFeatureProperties {
  slug: string;
  name: string;
  kind: AreaKind;
  approximate: boolean;
  /** Absolute address of the area's page. */
  url: string;
  /** True for the district Byliv serves first. */
  home: boolean;
  /** The slug of the district a neighbourhood lies in; null for a district. */
  district: string | null;
  neighbourhoods?: Array<{ slug: string; name: string; approximate: boolean; url: string }>;
}

export interface AreaFeature {
  type: 'Feature';
  id: string;
  bbox: [number, number, number, number];
  geometry: AreaGeometry;
  properties: AreaFeatureProperties;
}

export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

/** An RFC 7946 Feature: positions are longitude, latitude; the id is the slug. */
export function areaFeature(area: Area, baseUrl: string, neighbourhoods: Area[] = []): AreaFeature {
  const properties: AreaFeatureProperties = {
    slug: area.slug,
    name: area.name,
    kind: area.kind,
    approximate: area.approximate,
    url: `${baseUrl}${area.path}`,
    home: area.isHome,
    district: area.parentSlug,
  };
  if (area.kind === 'district') {
    properties.neighbourhoods = neighbourhoods.map((neighbourhood) => ({
      slug: neighbourhood.slug,
      name: neighbourhood.name,
      approximate: neighbourhood.approximate,
      url: `${baseUrl}${neighbourhood.path}`,
    }));
  }
  return { type: 'Feature', id: area.slug, bbox: area.bbox, geometry: area.geometry, properties };
}

export function areaFeatureCollection(areas: Area[], baseUrl: string): AreaFeatureCollection {
  return { type: 'FeatureCollection', features: areas.map((area) => areaFeature(area, baseUrl)) };
}

/**
 * Serialises on first use and keeps the text with the parsed areas, so repeated requests cost a
 * map lookup. The key must name everything the body depends on.
 */
export function serialisedOnce(index: AreaIndex, key: string, build: () => unknown): SerialisedGeoJson {
  const cached = index.responses.get(key);
  if (cached !== undefined) return cached;
  const body = JSON.stringify(build());
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
  // GeoJSON compresses to about a fifth; there is no compression plugin, so do it once here.
  const created: SerialisedGeoJson = {
    body,
    etag: `"${hash}"`,
    gzipped: gzipSync(body),
    gzippedEtag: `"${hash}-gzip"`,
  };
  index.responses.set(key, created);
  return created;
}
