import { readFileSync } from 'node:fs';
import { type AreaGeometry, normaliseGeometry } from '#src/modules/areas/geometry.ts';
import type { AreaKind } from '#src/modules/areas/tables.ts';
import { packageFile } from '#src/platform/package-files.ts';
import { slugify } from '#src/platform/slugs.ts';

/** One area as the reference files describe it, before it has a database id. */
export interface AreaSeed {
  slug: string;
  name: string;
  kind: AreaKind;
  parentSlug: string | null;
  isHome: boolean;
  approximate: boolean;
  geometry: AreaGeometry;
  source: string;
  sortOrder: number;
}

/** Vesterbro–Kongens Enghave, the district Byliv serves first. */
export const HOME_DISTRICT_SLUG = 'vesterbro-kongens-enghave';
export const DISTRICT_SOURCE = 'Københavns Kommune, åbne data (WFS k101:bydel)';
export const NEIGHBOURHOOD_SOURCE = 'Byliv, håndtegnet og omtrentlig';

// Named from the package folder, not this file: the built server is one bundle in dist/server/.
export const DISTRICTS_FILE = packageFile('src/modules/areas/geodata/kk-bydele.geojson');
export const NEIGHBOURHOODS_FILE = packageFile('src/modules/areas/geodata/neighbourhoods.geojson');

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
}

function readFeatures(file: string): RawFeature[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { type?: string; features?: RawFeature[] };
  if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  }
  return parsed.features;
}

function stringProperty(feature: RawFeature, name: string): string {
  const value = feature.properties[name];
  if (typeof value !== 'string' || value === '') throw new Error(`A feature lacks the property "${name}"`);
  return value;
}

/** The ten districts (bydele) from Copenhagen's open data; `navn` is the name, `bydel_nr` the number. */
export function readDistrictSeeds(): AreaSeed[] {
  return readFeatures(DISTRICTS_FILE).map((feature) => {
    const name = stringProperty(feature, 'navn');
    // The open data always names a district, so the fallback is never used.
    const slug = slugify(name, 'bydel');
    return {
      slug,
      name,
      kind: 'district',
      parentSlug: null,
      isHome: slug === HOME_DISTRICT_SLUG,
      approximate: false,
      geometry: normaliseGeometry(feature.geometry),
      source: DISTRICT_SOURCE,
      sortOrder: Number(feature.properties.bydel_nr ?? 0),
    };
  });
}

/** The hand-drawn neighbourhoods (kvarterer) of the home district, north to south. */
export function readNeighbourhoodSeeds(): AreaSeed[] {
  return readFeatures(NEIGHBOURHOODS_FILE).map((feature, index) => ({
    slug: stringProperty(feature, 'slug'),
    name: stringProperty(feature, 'name'),
    kind: 'neighbourhood',
    parentSlug: HOME_DISTRICT_SLUG,
    isHome: false,
    approximate: true,
    geometry: normaliseGeometry(feature.geometry),
    source: NEIGHBOURHOOD_SOURCE,
    sortOrder: index + 1,
  }));
}

let cachedSeeds: AreaSeed[] | null = null;

/** Districts first, then neighbourhoods, read once per process. */
export function areaSeeds(): AreaSeed[] {
  cachedSeeds ??= [...readDistrictSeeds(), ...readNeighbourhoodSeeds()];
  return cachedSeeds;
}
