import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createPlace } from '#src/modules/places/edit-service.ts';
import { PLACES_PER_PAGE } from '#src/modules/places/listing-service.ts';
import { createTestOrganisation, validFacts } from '#src/modules/places/test-support.ts';
import type { CurrentUser } from '#src/platform/context.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

interface Feature {
  type: string;
  geometry: { type: string; coordinates: number[] };
  properties: { slug: string; name: string; url: string };
}

describe('the place list, GeoJSON and the places API', () => {
  let t: TestApp;
  let admin: TestPerson;
  let stranger: TestPerson;
  let organisation: { slug: string };
  const bearer = (person: TestPerson) => ({ authorization: `Bearer ${person.apiToken}` });

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    admin = await createPerson(t.ctx, { name: 'Api Admin' });
    stranger = await createPerson(t.ctx, { name: 'Api Fremmed' });
    organisation = await createTestOrganisation(t.ctx, [{ id: admin.id, role: 'admin' }]);
    const user: CurrentUser = {
      id: admin.id,
      name: 'Api Admin',
      email: admin.email,
      locale: 'da',
      isAdmin: false,
      emailVerified: true,
    };
    // 22 small rooms in Sluseholmen, one big step-free hall with a kitchen in Sydhavn, one open green pocket.
    for (let index = 1; index <= 22; index += 1) {
      await createPlace(
        t.ctx,
        user,
        validFacts(organisation.slug, {
          name: `Lokale ${String(index).padStart(2, '0')}`,
          capacity: '10',
          facilities: [],
          accessibility: [],
        }),
      );
    }
    await createPlace(
      t.ctx,
      user,
      validFacts(organisation.slug, {
        name: 'Store sal',
        lat: '55.6505',
        lon: '12.53',
        capacity: '120',
        facilities: ['kitchen'],
        stepFree: 'on',
      }),
    );
    await createPlace(
      t.ctx,
      user,
      validFacts(organisation.slug, {
        name: 'Den grønne lomme',
        kind: 'green_pocket',
        accessMode: 'open',
        capacity: '',
        facilities: [],
        accessibility: [],
      }),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  async function listNames(query: string): Promise<{ names: string[]; total: number; pages: number }> {
    const response = await t.app.inject({ url: `/api/v1/places${query}` });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: Array<{ name: string }>; total: number; pages: number };
    return { names: body.items.map((item) => item.name), total: body.total, pages: body.pages };
  }

  it('pages the list, 20 places at a time, in name order', async () => {
    const first = await listNames('');
    expect(first.total).toBe(24);
    expect(first.pages).toBe(2);
    expect(first.names).toHaveLength(PLACES_PER_PAGE);
    expect(first.names[0]).toBe('Den grønne lomme');
    const second = await listNames('?page=2');
    expect(second.names).toEqual(['Lokale 20', 'Lokale 21', 'Lokale 22', 'Store sal']);
  });

  it.each([
    ['?kind=green_pocket', ['Den grønne lomme']],
    ['?accessMode=open', ['Den grønne lomme']],
    ['?stepFree=true', ['Store sal']],
    ['?minCapacity=50', ['Store sal']],
    ['?facility=kitchen', ['Store sal']],
    ['?area=sydhavn', ['Store sal']],
    ['?area=no-such-area', []],
  ])('filters the API list by %s', async (query, names) => {
    expect((await listNames(query)).names).toEqual(names);
  });

  it('filters the HTML list the same way and links to the next page', async () => {
    const filtered = await t.app.inject({
      url: '/steder?omraade=sydhavn&niveaufri=ja&plads=100&facilitet=kitchen',
    });
    expect(filtered.body).toContain('Store sal');
    expect(filtered.body).not.toContain('Lokale 01');
    expect(filtered.body).toContain('1 sted');
    const all = await t.app.inject({ url: '/steder' });
    expect(all.body).toContain('24 steder');
    expect(all.body).toContain('href="/steder?side=2"');
    const second = await t.app.inject({ url: '/steder?side=2' });
    expect(second.body).toContain('Lokale 22');
    expect(second.body).not.toContain('Lokale 01');
  });

  it('refuses an unknown filter value in the API with a problem', async () => {
    const response = await t.app.inject({ url: '/api/v1/places?kind=castle' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('serves every place as an RFC 7946 FeatureCollection of points in longitude, latitude order', async () => {
    const response = await t.app.inject({ url: '/api/v1/places.geojson?stepFree=true' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/geo+json');
    const collection = response.json() as { type: string; features: Feature[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature?.type).toBe('Feature');
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [12.53, 55.6505] });
    expect(feature?.properties.url).toBe('http://localhost:3000/steder/store-sal');
    const map = await t.app.inject({ url: '/steder/kort.geojson' });
    expect((map.json() as { features: Feature[] }).features).toHaveLength(24);
  });

  it('shows one place with its area and rules, without the key instructions', async () => {
    const response = await t.app.inject({ url: '/api/v1/places/store-sal' });
    expect(response.statusCode).toBe(200);
    const place = response.json();
    expect(place.neighbourhood).toEqual({ slug: 'sydhavn', name: 'Sydhavn' });
    expect(place.district.slug).toBe('vesterbro-kongens-enghave');
    expect(place.rules.bookerScope).toBe('anyone');
    expect(place).not.toHaveProperty('rules.keyInstructions');
    expect((await t.app.inject({ url: '/api/v1/places/findes-ikke' })).statusCode).toBe(404);
  });

  it('creates a place with rules over the API for an organisation admin', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/places',
      headers: bearer(admin),
      payload: {
        organisation: organisation.slug,
        name: 'Biblioteksrummet',
        kind: 'library_room',
        address: 'Mozarts Plads 1',
        lat: 55.6505,
        lon: 12.53,
        capacity: 25,
        facilities: ['projector'],
        stepFree: true,
        accessMode: 'bookable',
        rules: {
          windows: [
            { weekday: 2, start: '16:00', end: '20:00' },
            { weekday: 2, start: '10:00', end: '12:00' },
          ],
          closedDates: [{ date: '2026-12-24', reason: 'Jul' }],
          approvalRequired: false,
          keyHandover: 'pickup',
          keyInstructions: 'Hent nøglen i skranken.',
        },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const place = response.json();
    expect(response.headers.location).toBe('/api/v1/places/biblioteksrummet');
    expect(place.rules.windows).toEqual([
      { weekday: 2, start: '10:00', end: '12:00' },
      { weekday: 2, start: '16:00', end: '20:00' },
    ]);
    expect(place.rules.approvalRequired).toBe(false);
    expect(place.neighbourhood.slug).toBe('sydhavn');
  });

  it('answers invalid API input with the same field messages as the forms, in both languages', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/places',
      headers: bearer(admin),
      payload: {
        organisation: organisation.slug,
        name: '',
        kind: 'school_room',
        address: 'Vej 1',
        lat: 40,
        lon: 12.5,
        accessMode: 'bookable',
      },
    });
    expect(response.statusCode).toBe(422);
    const problem = response.json() as {
      errors: Array<{ field: string; message: { da: string; en: string } }>;
    };
    expect(problem.errors.map((error) => error.field).sort()).toEqual(['lat', 'name']);
    expect(problem.errors.find((error) => error.field === 'name')?.message).toEqual({
      da: 'Skriv stedets navn',
      en: "Enter the place's name",
    });
  });

  it('refuses creating without a token, and for an organisation one does not administer', async () => {
    const payload = {
      organisation: organisation.slug,
      name: 'X',
      kind: 'school_room',
      address: 'Vej 1',
      lat: 55.65,
      lon: 12.53,
      accessMode: 'open',
    };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/places', payload })).statusCode).toBe(401);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/places',
      headers: bearer(stranger),
      payload,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0].field).toBe('organisation');
  });

  it('patches only the given fields, for a manager, and refuses others with 403', async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/places/lokale-01',
      headers: bearer(admin),
      payload: { capacity: 12, rules: { bufferMinutes: 30 } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const place = patched.json();
    expect(place.capacity).toBe(12);
    expect(place.rules.bufferMinutes).toBe(30);
    expect(place.name).toBe('Lokale 01');
    const invalid = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/places/lokale-01',
      headers: bearer(admin),
      payload: { rules: { minDurationMinutes: 120, maxDurationMinutes: 60 } },
    });
    expect(invalid.statusCode).toBe(422);
    const refused = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/places/lokale-01',
      headers: bearer(stranger),
      payload: { capacity: 99 },
    });
    expect(refused.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/places/lokale-01' })).json().capacity).toBe(12);
  });

  it('describes the places API in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/places', '/api/v1/places.geojson', '/api/v1/places/{slug}']),
    );
  });
});
