import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/** The visible text of a page's <main>, tags stripped, whitespace collapsed. */
function mainText(html: string): string {
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the district pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  const english = { cookies: { byliv_lang: 'en' } };

  it('lists the ten districts under the heading Bydele, the home district first and highlighted', async () => {
    const response = await t.app.inject({ url: '/bydele' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Bydele</h1>');
    const links = [...response.body.matchAll(/<li>(?:<strong>)?<a href="\/bydele\/([a-z-]+)">/g)].map(
      (match) => match[1],
    );
    expect(links).toHaveLength(10);
    expect(links[0]).toBe('vesterbro-kongens-enghave');
    expect(mainText(response.body)).toContain('Vesterbro-Kongens Enghave Byliv er i gang her – 7 kvarterer');
  });

  it('offers the map as an enhancement with an accessible name, without tiles when they are switched off', async () => {
    const body = (await t.app.inject({ url: '/bydele' })).body;
    expect(body).toMatch(
      /<div class="app-map" hidden data-module="app-map" data-layers="\/api\/v1\/districts"/,
    );
    expect(body).toContain('aria-label="Kort over Københavns 10 bydele"');
    expect(body).not.toContain('data-tile-url');
  });

  it('passes the tile address to the map when tiles are configured', async () => {
    const withTiles = await createTestApp({
      env: { MAP_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' },
      database: t.database,
    });
    try {
      const body = (await withTiles.app.inject({ url: '/bydele' })).body;
      expect(body).toContain('data-tile-url="https://tiles.example/{z}/{x}/{y}.png"');
      // Another tile server is never credited as OpenStreetMap: without a credit its host is named.
      expect(body).toContain('data-tile-attribution="tiles.example"');
    } finally {
      await withTiles.close();
    }
  });

  it('credits the tiles as configured, and OpenStreetMap in the reader’s language for its own tiles', async () => {
    const credited = await createTestApp({
      env: {
        MAP_TILE_URL: 'https://kort.example.dk/{z}/{x}/{y}.png',
        MAP_TILE_ATTRIBUTION: '© Eksempel Kort A/S',
      },
      database: t.database,
    });
    const osm = await createTestApp({
      env: { MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png' },
      database: t.database,
    });
    try {
      expect((await credited.app.inject({ url: '/bydele' })).body).toContain(
        'data-tile-attribution="© Eksempel Kort A/S"',
      );
      expect((await credited.app.inject({ url: '/steder' })).body).toContain(
        'data-tile-attribution="© Eksempel Kort A/S"',
      );
      expect((await credited.app.inject({ url: '/aktiviteter/kort' })).body).toContain(
        'data-tile-attribution="© Eksempel Kort A/S"',
      );
      expect((await osm.app.inject({ url: '/bydele' })).body).toContain(
        'data-tile-attribution="© OpenStreetMap-bidragydere"',
      );
    } finally {
      await credited.close();
      await osm.close();
    }
  });

  it('shows a district with its neighbourhoods and says their boundaries are approximate', async () => {
    const response = await t.app.inject({ url: '/bydele/vesterbro-kongens-enghave' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Vesterbro-Kongens Enghave</h1>');
    for (const name of [
      'Carlsberg Byen',
      'Enghave Brygge',
      'Sluseholmen',
      'Teglholmen',
      'Kalvebod Brygge',
      'Sydhavn',
    ]) {
      expect(response.body).toContain(`>${name}</a>`);
    }
    const text = mainText(response.body);
    expect(text).toContain('Grænserne her er tegnet i hånden og er omtrentlige');
    expect(text).toContain('Sluseholmen Omtrentlig grænse');
    expect(response.body).toContain('href="/organisationer"');
  });

  it('says plainly when a district has no neighbourhoods yet', async () => {
    const response = await t.app.inject({ url: '/bydele/valby', ...english });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Valby</h1>');
    expect(mainText(response.body)).toContain('Byliv has no neighbourhoods for this district yet.');
  });

  it('shows a neighbourhood within its district, and sends a bare neighbourhood slug there', async () => {
    const page = await t.app.inject({ url: '/bydele/vesterbro-kongens-enghave/sluseholmen' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Sluseholmen</h1>');
    expect(mainText(page.body)).toContain('Der findes ingen officiel grænse for Sluseholmen.');
    const redirect = await t.app.inject({ url: '/bydele/sluseholmen' });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/bydele/vesterbro-kongens-enghave/sluseholmen');
  });

  it.each([
    '/bydele/atlantis',
    '/bydele/valby/sluseholmen',
    '/bydele/vesterbro-kongens-enghave/atlantis',
    '/bydele/sluseholmen/teglholmen',
  ])('answers %s with a 404 page', async (url) => {
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Siden findes ikke');
  });

  it('finds the district and neighbourhood of a point typed with a decimal comma', async () => {
    const response = await t.app.inject({ url: '/bydele/find?lat=55%2C6455&lon=12%2C548' });
    expect(response.statusCode).toBe(200);
    const text = mainText(response.body);
    expect(text).toContain(
      'Punktet (breddegrad 55,6455, længdegrad 12,548) ligger i bydelen Vesterbro-Kongens Enghave.',
    );
    expect(text).toContain('Det ligger i kvarteret Sluseholmen.');
    expect(response.body).toContain('href="/bydele/vesterbro-kongens-enghave/sluseholmen"');
    expect(response.body).toContain('value="55,6455"');
  });

  it('says in English when a point is outside Copenhagen, and offers the swapped reading', async () => {
    const response = await t.app.inject({ url: '/bydele/find?lat=12.533&lon=55.666', ...english });
    expect(response.statusCode).toBe(200);
    const text = mainText(response.body);
    expect(text).toContain('is not in any of the 10 districts of the City of Copenhagen');
    expect(text).toContain('With the numbers swapped the point is in Vesterbro-Kongens Enghave.');
    expect(response.body).toContain('href="/bydele/find?lat=55.666&amp;lon=12.533"');
  });

  it('says so when a point is in the sea, without suggesting a swap', async () => {
    const text = mainText((await t.app.inject({ url: '/bydele/find?lat=55.68&lon=12.65' })).body);
    expect(text).toContain('ligger ikke i nogen af Københavns Kommunes 10 bydele');
    expect(text).not.toContain('byttet om');
  });

  it('shows the empty form when no point is given', async () => {
    const response = await t.app.inject({ url: '/bydele/find' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Find din bydel</h1>');
    expect(response.body).not.toContain('alert-error');
  });

  it.each([
    ['lat=&lon=', 'Skriv en breddegrad, fx 55,6465', 'Skriv en længdegrad, fx 12,5450'],
    ['lat=nord&lon=12.5', 'Breddegraden skal være et tal, fx 55,6465', null],
    [
      'lat=95&lon=200',
      'Breddegraden skal være mellem -90 og 90',
      'Længdegraden skal være mellem -180 og 180',
    ],
    ["lat=55.6'%20or%201=1--&lon=12.5", 'Breddegraden skal være et tal, fx 55,6465', null],
  ])('re-renders the form with field errors for %s', async (query, latError, lonError) => {
    const response = await t.app.inject({ url: `/bydele/find?${query}` });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('data-module="app-error-summary"');
    expect(response.body).toContain(latError);
    expect(response.body).toContain('aria-invalid="true"');
    if (lonError !== null) expect(response.body).toContain(lonError);
  });

  it('explains bad input in English too, and never fails on an over-long value', async () => {
    const english422 = await t.app.inject({ url: '/bydele/find?lat=abc&lon=12', ...english });
    expect(english422.statusCode).toBe(422);
    expect(english422.body).toContain('The latitude must be a number, e.g. 55.6465');
    const tooLong = await t.app.inject({ url: `/bydele/find?lat=${'5'.repeat(500)}&lon=12` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('<h1>');
  });
});
