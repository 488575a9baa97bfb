/**
 * Cuts the hand-drawn neighbourhood sketches to the official district boundary (so they follow its
 * coastline) and writes `neighbourhoods.geojson`, which the app loads.
 *
 *   npx tsx src/modules/areas/geodata/clip-neighbourhoods.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { intersect } from '@turf/intersect';
import { HOME_DISTRICT_SLUG, NEIGHBOURHOODS_FILE, readDistrictSeeds } from '#src/modules/areas/data-files.ts';
import { type AreaGeometry, normaliseGeometry } from '#src/modules/areas/geometry.ts';

const SKETCH_FILE = new URL('./neighbourhoods-sketch.geojson', import.meta.url);

interface SketchFeature {
  properties: { slug: string; name: string };
  geometry: unknown;
}

function clip(shape: AreaGeometry, district: AreaGeometry): AreaGeometry {
  const clipped = intersect({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: shape },
      { type: 'Feature', properties: {}, geometry: district },
    ],
  });
  if (clipped === null) throw new Error('A sketch lies wholly outside the district');
  return normaliseGeometry(clipped.geometry);
}

/** One position per line keeps diffs of the data readable. */
function format(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]')}\n`;
}

function main(): void {
  const district = readDistrictSeeds().find((seed) => seed.slug === HOME_DISTRICT_SLUG);
  if (district === undefined) throw new Error(`No district ${HOME_DISTRICT_SLUG}`);
  const sketch = JSON.parse(readFileSync(SKETCH_FILE, 'utf8')) as { features: SketchFeature[] };
  const features = sketch.features.map((feature) => ({
    type: 'Feature',
    properties: { slug: feature.properties.slug, name: feature.properties.name, approximate: true },
    geometry: clip(normaliseGeometry(feature.geometry), district.geometry),
  }));
  const collection = {
    type: 'FeatureCollection',
    description:
      'Approximate, hand-drawn neighbourhoods (kvarterer) of Vesterbro-Kongens Enghave, cut to the district boundary. No official neighbourhood boundaries exist. Generated from neighbourhoods-sketch.geojson by clip-neighbourhoods.ts; edit the sketch, not this file.',
    features,
  };
  writeFileSync(NEIGHBOURHOODS_FILE, format(collection));
  process.stdout.write(`Wrote ${features.length} neighbourhoods to ${NEIGHBOURHOODS_FILE}\n`);
}

main();
