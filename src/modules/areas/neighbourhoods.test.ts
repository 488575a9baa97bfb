import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import { describe, expect, it } from 'vitest';
import {
  HOME_DISTRICT_SLUG,
  readDistrictSeeds,
  readNeighbourhoodSeeds,
} from '#src/modules/areas/data-files.ts';
import { type AreaGeometry, polygonsOf } from '#src/modules/areas/geometry.ts';

// Positions are rounded to six decimals (about 10 cm), so shared edges may differ by a sliver.
const TOLERANCE_M2 = 10;

function squareMetres(geometry: AreaGeometry): number {
  return area(geometry);
}

function overlapSquareMetres(a: AreaGeometry, b: AreaGeometry): number {
  const shared = intersect({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: a },
      { type: 'Feature', properties: {}, geometry: b },
    ],
  });
  return shared === null ? 0 : area(shared);
}

const district = readDistrictSeeds().find((seed) => seed.slug === HOME_DISTRICT_SLUG);
const neighbourhoods = readNeighbourhoodSeeds();

describe('the hand-drawn neighbourhoods of Vesterbro-Kongens Enghave', () => {
  it('are the seven named ones, all marked approximate', () => {
    expect(neighbourhoods.map((seed) => seed.name).sort()).toEqual([
      'Carlsberg Byen',
      'Enghave Brygge',
      'Kalvebod Brygge',
      'Sluseholmen',
      'Sydhavn',
      'Teglholmen',
      'Vesterbro',
    ]);
    expect(neighbourhoods.every((seed) => seed.approximate && seed.parentSlug === HOME_DISTRICT_SLUG)).toBe(
      true,
    );
  });

  it.each(neighbourhoods.map((seed) => [seed.name, seed] as const))(
    '%s lies inside the district',
    (_name, seed) => {
      if (district === undefined) throw new Error('home district missing');
      const own = squareMetres(seed.geometry);
      expect(own).toBeGreaterThan(100_000);
      expect(own - overlapSquareMetres(seed.geometry, district.geometry)).toBeLessThan(TOLERANCE_M2);
    },
  );

  it('do not overlap one another', () => {
    const overlaps: string[] = [];
    for (const [index, a] of neighbourhoods.entries()) {
      for (const b of neighbourhoods.slice(index + 1)) {
        if (overlapSquareMetres(a.geometry, b.geometry) >= TOLERANCE_M2)
          overlaps.push(`${a.name} / ${b.name}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('together cover nearly all of the district, so most addresses get a neighbourhood', () => {
    if (district === undefined) throw new Error('home district missing');
    const covered = neighbourhoods.reduce((sum, seed) => sum + squareMetres(seed.geometry), 0);
    expect(covered / squareMetres(district.geometry)).toBeGreaterThan(0.98);
  });

  it('have closed rings of longitude-latitude positions in Copenhagen', () => {
    for (const seed of [...neighbourhoods, ...(district === undefined ? [] : [district])]) {
      for (const ring of polygonsOf(seed.geometry).flat()) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(12.4);
          expect(lon).toBeLessThan(12.8);
          expect(lat).toBeGreaterThan(55.6);
          expect(lat).toBeLessThan(55.75);
        }
      }
    }
  });
});
