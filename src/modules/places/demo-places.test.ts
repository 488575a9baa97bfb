import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { DEMO_PLACE_SLUGS, seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the demo places', () => {
  let t: TestApp;
  let slugs: string[];
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    await seedDemoData(t.ctx);
    slugs = await seedDemoPlaces(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds every kind of place the issue names, at the slugs the demo bookings use', async () => {
    expect(slugs).toHaveLength(11);
    expect(slugs).toEqual(expect.arrayContaining(Object.values(DEMO_PLACE_SLUGS)));
    const kinds = new Set(
      (await t.ctx.db.kysely.selectFrom('places').select('kind').execute()).map((row) => row.kind),
    );
    expect([...kinds].sort()).toEqual([
      'green_pocket',
      'ground_floor',
      'housing_common_room',
      'library_room',
      'outdoor_area',
      'public_toilet',
      'school_room',
      'swap_shelf',
      'temporary_premises',
    ]);
  });

  it('places each of them in Vesterbro–Kongens Enghave, in a named neighbourhood', async () => {
    const response = await t.app.inject({ url: '/api/v1/places' });
    const places = response.json().items as Array<{
      slug: string;
      district: { slug: string } | null;
      neighbourhood: unknown;
    }>;
    expect(places).toHaveLength(11);
    for (const place of places) {
      expect(place.district?.slug, place.slug).toBe('vesterbro-kongens-enghave');
      expect(place.neighbourhood, place.slug).not.toBeNull();
    }
  });

  it('opens the school gym after hours: weekdays 17–22 and weekends 9–22', async () => {
    const page = await t.app.inject({ url: `/steder/${DEMO_PLACE_SLUGS.gym}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Mandag<\/th><td role="cell">17:00–22:00/);
    expect(page.body).toMatch(/Lørdag<\/th><td role="cell">09:00–22:00/);
  });

  it('shows why the courtyard is closed', async () => {
    const page = await t.app.inject({ url: `/steder/${DEMO_PLACE_SLUGS.courtyard}` });
    expect(page.body).toContain('Privat gårdrum for ejerforeningens beboere');
  });

  it('does nothing the second time', async () => {
    expect(await seedDemoPlaces(t.ctx)).toEqual([]);
  });
});
