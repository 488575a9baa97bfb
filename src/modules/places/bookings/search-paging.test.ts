import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  distanceMetres,
  findFreePlaces,
  type RoomQuery,
} from '#src/modules/places/bookings/search-service.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * The search shows 20 free places a page, nearest first or by name, and reads only as far as the
 * page needs: near places from a small circle, far ones by widening it, the rest by name.
 */
describe('paging through the free places', () => {
  let t: TestApp;
  const places: Array<{ name: string; lat: number; lon: number }> = [];
  const origin = { lat: 55.6466, lon: 12.5446 };
  const evening: RoomQuery = {
    attendees: 10,
    startsAt: instantAt('2026-12-10', 18 * 60),
    endsAt: instantAt('2026-12-10', 20 * 60),
    stepFree: false,
    facilities: [],
    origin,
  };

  beforeAll(async () => {
    t = await createTestApp();
    const owner = await createOrganisation(t.ctx);
    // 45 places on a spiral from 100 m to about 30 km out, and 5 too small to show.
    for (let index = 0; index < 50; index += 1) {
      const metres = 100 * 1.13 ** index;
      const angle = index * 2.4;
      const lat = origin.lat + (metres * Math.cos(angle)) / 111_320;
      const lon =
        origin.lon + (metres * Math.sin(angle)) / (111_320 * Math.cos((origin.lat * Math.PI) / 180));
      const name = `Sted ${String(49 - index).padStart(2, '0')}`;
      const small = index % 10 === 7;
      await createPlace(t.ctx, { organisationId: owner, name, lat, lon, capacity: small ? 5 : 30 });
      if (!small) places.push({ name, lat, lon });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function allPages(query: RoomQuery) {
    const pages = [];
    for (let page = 1; page <= 4; page += 1) pages.push(await findFreePlaces(t.ctx, null, query, page));
    return pages;
  }

  it('gives the nearest 20, then the next 20, then the last 5 with the total', async () => {
    const pages = await allPages(evening);
    expect(pages.map((page) => page.hits.length)).toEqual([20, 20, 5, 0]);
    expect(pages.map((page) => page.hasMore)).toEqual([true, true, false, false]);
    expect(pages.map((page) => page.total)).toEqual([null, null, 45, null]);
    const byDistance = [...places].sort((a, b) => distanceMetres(origin, a) - distanceMetres(origin, b));
    expect(pages.flatMap((page) => page.hits.map((hit) => hit.place.name))).toEqual(
      byDistance.map((place) => place.name),
    );
  });

  it('gives them by name without a point to measure from', async () => {
    const pages = await allPages({ ...evening, origin: null });
    expect(pages.map((page) => page.hits.length)).toEqual([20, 20, 5, 0]);
    expect(pages.flatMap((page) => page.hits.map((hit) => hit.place.name))).toEqual(
      places.map((place) => place.name).sort(),
    );
  });

  it('says how many there are on the page, and links to the next page with the same search', async () => {
    const url = `/find-lokale?antal=10&dato=2026-12-10&fra=18%3A00&til=20%3A00&kvarter=&facilitet=kitchen&facilitet=wifi`;
    const first = await t.app.inject({ url: url.replace('&facilitet=kitchen&facilitet=wifi', '') });
    expect(first.body).toContain('Over 20 ledige steder');
    expect(first.body).toContain('rel="next"');
    const last = await t.app.inject({
      url: `${url.replace('&facilitet=kitchen&facilitet=wifi', '')}&side=3`,
    });
    expect(last.body).toContain('45 ledige steder');
    expect(last.body).toContain('side=2');
    expect(last.body).not.toContain('rel="next"');
    const filtered = await t.app.inject({ url });
    expect(filtered.body).toContain('0 ledige steder');
  });

  it('pages the API too', async () => {
    const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
    const base = `/api/v1/bookings/search?attendees=10&startsAt=${iso(evening.startsAt)}&endsAt=${iso(evening.endsAt)}&lat=${origin.lat}&lon=${origin.lon}`;
    const first = (await t.app.inject({ url: base })).json();
    expect(first).toMatchObject({ page: 1, hasMore: true, total: null });
    expect(first.items).toHaveLength(20);
    const last = (await t.app.inject({ url: `${base}&page=3` })).json();
    expect(last).toMatchObject({ page: 3, hasMore: false, total: 45 });
    expect(last.items[4].distanceMetres).toBeGreaterThan(20_000);
  });
});
