import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import {
  GrantFeatureCollectionJson,
  PoolFiguresJson,
  PublicGrantListJson,
} from '#src/modules/grants/public/schemas.ts';
import {
  insertApplication,
  insertLedger,
  insertOrganisation,
  insertPool,
  type TestPool,
} from '#src/modules/grants/public/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

function expectShape(schema: TSchema, body: unknown): void {
  const errors = [...Value.Errors(schema, body)].map((error) => `${error.instancePath} ${error.message}`);
  expect(errors).toEqual([]);
}

describe('the open pool figures in the JSON API', () => {
  let t: TestApp;
  let pool: TestPool;
  let other: TestPool;
  let resident: TestPerson;

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    resident = await createPerson(t.ctx, { name: 'Privat Person', email: 'privat.person@example.dk' });
    const organisation = await insertOrganisation(t.ctx, 'Teglholmens Venner');
    pool = await insertPool(t.ctx, organisation.id, { committedOre: 250_000 });
    other = await insertPool(t.ctx, organisation.id, { committedOre: 100_000 });
    const resident1 = await insertApplication(t.ctx, pool.id, {
      status: 'approved',
      title: 'Grøn lomme ved broen',
      category: 'green_pocket',
      applicantId: resident.id,
      point: { lat: 55.648849, lon: 12.541234 },
      requestedOre: 250_000,
      events: [
        ['submitted', 0],
        ['approved', 5],
      ],
    });
    await insertLedger(t.ctx, pool.id, resident1, 'commit', 250_000);
    await insertApplication(t.ctx, pool.id, {
      status: 'rejected',
      title: 'Afvist hegn',
      applicantId: resident.id,
      events: [
        ['submitted', 0],
        ['rejected', 9],
      ],
    });
    const elsewhere = await insertApplication(t.ctx, other.id, {
      status: 'approved',
      title: 'Kulturaften på Teglholmen',
      category: 'culture',
      organisationId: organisation.id,
      requestedOre: 100_000,
      point: { lat: 55.6502, lon: 12.5401 },
    });
    await insertLedger(t.ctx, other.id, elsewhere, 'commit', 100_000);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives a pool’s figures in the documented shape', async () => {
    const response = await t.app.inject({ url: `/api/v1/pools/${pool.slug}/figures` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expectShape(PoolFiguresJson, body);
    expect(body.money).toMatchObject({ committedOre: 250_000, remainingOre: 9_750_000 });
    expect(body.decisionTime).toMatchObject({ decisions: 2, medianDays: 7, p90Days: 8.6 });
    expect(response.body).not.toContain('Privat Person');
  });

  it('lists a pool’s funded initiatives only, with a resident unnamed', async () => {
    const response = await t.app.inject({ url: `/api/v1/pools/${pool.slug}/grants` });
    const body = response.json();
    expectShape(PublicGrantListJson, body);
    expect(body.items.map((item: { title: string }) => item.title)).toEqual(['Grøn lomme ved broen']);
    expect(body.items[0].applicant).toEqual({ kind: 'resident', organisation: null });
    for (const secret of ['Privat Person', 'privat.person@example.dk', 'Afvist hegn']) {
      expect(response.body).not.toContain(secret);
    }
  });

  it('answers an unknown pool with a JSON problem', async () => {
    for (const url of [
      '/api/v1/pools/findes-ikke/figures',
      '/api/v1/pools/findes-ikke/grants',
      '/api/v1/grants.geojson?pool=findes-ikke',
    ]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('serves every pool’s funded initiatives as RFC 7946 GeoJSON, longitude first', async () => {
    const response = await t.app.inject({ url: '/api/v1/grants.geojson' });
    expect(response.headers['content-type']).toContain('application/geo+json');
    const body = response.json();
    expectShape(GrantFeatureCollectionJson, body);
    const byName = new Map(
      body.features.map((feature: { properties: { name: string } }) => [feature.properties.name, feature]),
    );
    expect(byName.size).toBe(2);
    expect(byName.get('Grøn lomme ved broen')).toMatchObject({
      geometry: { type: 'Point', coordinates: [12.541, 55.649] },
      properties: { applicant: null, precision: 'approximate', pool: pool.slug },
    });
    expect(byName.get('Kulturaften på Teglholmen')).toMatchObject({
      geometry: { coordinates: [12.5401, 55.6502] },
      properties: { applicant: 'Teglholmens Venner', precision: 'point' },
    });
  });

  it('narrows the GeoJSON to one pool', async () => {
    const body = (await t.app.inject({ url: `/api/v1/grants.geojson?pool=${other.slug}` })).json();
    expect(body.features.map((feature: { properties: { name: string } }) => feature.properties.name)).toEqual(
      ['Kulturaften på Teglholmen'],
    );
  });

  it('describes the three routes in the OpenAPI document under the grants tag', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[]; responses?: Record<string, unknown> }>>;
    };
    for (const path of [
      '/api/v1/pools/{slug}/figures',
      '/api/v1/pools/{slug}/grants',
      '/api/v1/grants.geojson',
    ]) {
      const operation = doc.paths[path]?.get;
      expect(operation?.tags, path).toEqual(['grants']);
      expect(Object.keys(operation?.responses ?? {}), path).toEqual(['200', '404']);
    }
  });
});
