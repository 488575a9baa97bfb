import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { DEMO_PLACE_SLUGS, seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { DAY } from '#src/platform/time.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the demo bookings', () => {
  let t: TestApp;
  let count: number;

  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    await seedDemoData(t.ctx);
    await seedDemoPlaces(t.ctx);
    count = await seedDemoBookings(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('fills the coming four weeks of every bookable demo place, some approved and some waiting', async () => {
    const rows = await t.ctx.db.kysely
      .selectFrom('bookings')
      .innerJoin('places', 'places.id', 'bookings.place_id')
      .select([
        'places.slug',
        'bookings.status',
        'bookings.starts_at',
        'bookings.door_code',
        'places.key_handover',
      ])
      .execute();
    expect(rows).toHaveLength(count);
    const bookable = await t.ctx.db.kysely
      .selectFrom('places')
      .select('slug')
      .where('slug', 'in', Object.values(DEMO_PLACE_SLUGS))
      .where('access_mode', 'in', ['bookable', 'on_request'])
      .execute();
    expect(bookable.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((row) => row.slug))).toEqual(new Set(bookable.map((place) => place.slug)));
    expect(rows.some((row) => row.status === 'requested')).toBe(true);
    expect(rows.some((row) => row.status === 'approved')).toBe(true);
    const now = t.clock.now();
    for (const row of rows) {
      expect(row.starts_at).toBeGreaterThan(now);
      expect(row.starts_at).toBeLessThan(now + 30 * DAY);
      if (row.status === 'approved' && row.key_handover === 'door_code')
        expect(row.door_code).toMatch(/^\d{6}$/);
    }
  });

  it('shows the demo gym’s calendar with bookings, and does nothing the second time', async () => {
    const page = await t.app.inject({ url: `/steder/${DEMO_PLACE_SLUGS.gym}/ledige-tider` });
    expect(page.statusCode).toBe(200);
    expect(await seedDemoBookings(t.ctx)).toBe(0);
  });
});
