import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

type Position = [number, number];

function ringsOf(geometry: Feature['geometry']): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  return (geometry.coordinates as Position[][][]).flat();
}

/** Twice the signed area; positive for a counter-clockwise ring. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] ?? [0, 0];
    const [x2, y2] = ring[i + 1] ?? [0, 0];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

describe('the areas API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the districts as an RFC 7946 FeatureCollection with lon/lat positions and closed rings', async () => {
    const response = await t.app.inject({ url: '/api/v1/districts' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/geo+json');
    const body = response.json() as { type: string; features: Feature[]; crs?: unknown };
    expect(body.type).toBe('FeatureCollection');
    expect(body.crs).toBeUndefined();
    expect(body.features).toHaveLength(10);
    for (const feature of body.features) {
      expect(feature.type).toBe('Feature');
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
      for (const [index, ring] of ringsOf(feature.geometry).entries()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [lon, lat] of ring) {
          expect(lon).toBeGreaterThan(12.4);
          expect(lon).toBeLessThan(12.8);
          expect(lat).toBeGreaterThan(55.6);
          expect(lat).toBeLessThan(55.75);
        }
        if (feature.geometry.type === 'Polygon' && index === 0) expect(signedArea(ring)).toBeGreaterThan(0);
      }
    }
    const home = body.features[0];
    expect(home?.properties).toMatchObject({
      slug: 'vesterbro-kongens-enghave',
      name: 'Vesterbro-Kongens Enghave',
      kind: 'district',
      approximate: false,
      home: true,
      url: 'http://localhost:3000/bydele/vesterbro-kongens-enghave',
    });
  });

  it('lets clients cache the GeoJSON for an hour and revalidate it with its ETag', async () => {
    const first = await t.app.inject({ url: '/api/v1/districts' });
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await t.app.inject({ url: '/api/v1/districts' });
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);
    const revalidated = await t.app.inject({
      url: '/api/v1/districts',
      headers: { 'if-none-match': String(etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    const stale = await t.app.inject({ url: '/api/v1/districts', headers: { 'if-none-match': '"old"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('sends the GeoJSON gzipped to clients that accept it, with its own ETag, and lets any site fetch it', async () => {
    const plain = await t.app.inject({ url: '/api/v1/districts' });
    const zipped = await t.app.inject({
      url: '/api/v1/districts',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(plain.headers['access-control-allow-origin']).toBe('*');
    const refused = await t.app.inject({
      url: '/api/v1/districts',
      headers: { 'accept-encoding': 'gzip;q=0' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('serves one district as a Feature that lists its neighbourhoods', async () => {
    const response = await t.app.inject({ url: '/api/v1/districts/vesterbro-kongens-enghave' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/geo+json');
    const feature = response.json() as Feature;
    expect(feature.type).toBe('Feature');
    expect(feature.id).toBe('vesterbro-kongens-enghave');
    const neighbourhoods = feature.properties.neighbourhoods as Array<{ name: string; approximate: boolean }>;
    expect(neighbourhoods.map((item) => item.name)).toContain('Sluseholmen');
    expect(neighbourhoods.every((item) => item.approximate)).toBe(true);
  });

  it('serves the neighbourhoods, all marked approximate, optionally for one district', async () => {
    const all = (await t.app.inject({ url: '/api/v1/neighbourhoods' })).json() as { features: Feature[] };
    expect(all.features).toHaveLength(7);
    expect(all.features.every((feature) => feature.properties.approximate === true)).toBe(true);
    expect(all.features.every((feature) => feature.properties.district === 'vesterbro-kongens-enghave')).toBe(
      true,
    );
    const ofValby = await t.app.inject({ url: '/api/v1/neighbourhoods?district=valby' });
    expect(ofValby.json()).toEqual({ type: 'FeatureCollection', features: [] });
    const ofNowhere = await t.app.inject({ url: '/api/v1/neighbourhoods?district=atlantis' });
    expect(ofNowhere.statusCode).toBe(404);
  });

  it('answers an unknown district with a 404 problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/districts/atlantis' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const neighbourhood = await t.app.inject({ url: '/api/v1/districts/sluseholmen' });
    expect(neighbourhood.statusCode).toBe(404);
  });

  it('resolves a point to its district and neighbourhood', async () => {
    const response = await t.app.inject({ url: '/api/v1/areas/resolve?lat=55.6455&lon=12.548' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lat: 55.6455,
      lon: 12.548,
      district: {
        slug: 'vesterbro-kongens-enghave',
        name: 'Vesterbro-Kongens Enghave',
        kind: 'district',
        approximate: false,
        url: 'http://localhost:3000/bydele/vesterbro-kongens-enghave',
      },
      neighbourhood: {
        slug: 'sluseholmen',
        name: 'Sluseholmen',
        kind: 'neighbourhood',
        approximate: true,
        url: 'http://localhost:3000/bydele/vesterbro-kongens-enghave/sluseholmen',
      },
    });
  });

  it('resolves a point outside Copenhagen to nulls', async () => {
    const response = await t.app.inject({ url: '/api/v1/areas/resolve?lat=55.68&lon=12.65' });
    expect(response.json()).toEqual({ lat: 55.68, lon: 12.65, district: null, neighbourhood: null });
  });

  it.each([
    ['a latitude that is not a number', 'lat=north&lon=12.5', 'lat'],
    ['a latitude above 90', 'lat=91&lon=12.5', 'lat'],
    ['a longitude below -180', 'lat=55.6&lon=-181', 'lon'],
    ['a missing longitude', 'lat=55.6', 'lon'],
    ['an empty latitude', 'lat=&lon=12.5', 'lat'],
  ])('refuses %s with a 400 problem naming the parameter', async (_label, query, field) => {
    const response = await t.app.inject({ url: `/api/v1/areas/resolve?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json() as { detail: string; message: { da: string; en: string } };
    expect(problem.detail).toContain(field);
    expect(problem.message.da).not.toBe('');
    expect(problem.message.en).not.toBe('');
  });

  it('lists the area routes in the OpenAPI description under the tag areas', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    for (const path of [
      '/api/v1/districts',
      '/api/v1/districts/{slug}',
      '/api/v1/neighbourhoods',
      '/api/v1/areas/resolve',
    ]) {
      expect(spec.paths[path]?.get?.tags).toEqual(['areas']);
    }
  });
});
