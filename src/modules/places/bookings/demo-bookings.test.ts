import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { DEMO_PLACE_SLUGS, seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { recordDecidedBooking } from '#src/modules/places/bookings/service.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
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

  it('records them under the overlap guarantee: a demo booking on a taken time is refused', async () => {
    const place = await getPlaceRulesBySlug(t.ctx, DEMO_PLACE_SLUGS.gym);
    const taken = await t.ctx.db.kysely
      .selectFrom('bookings')
      .select(['booker_id', 'starts_at', 'ends_at'])
      .where('place_id', '=', place.id)
      .where('status', '=', 'approved')
      .executeTakeFirstOrThrow();
    const request = {
      title: 'Dobbeltbooking',
      startsAt: taken.starts_at,
      endsAt: taken.ends_at,
      attendees: 1,
      responsibleHostName: 'Demo',
      responsibleHostPhone: '',
      organisationId: null,
    };
    await expect(
      recordDecidedBooking(t.ctx, place, { bookerId: taken.booker_id ?? 0, request, approved: true }),
    ).rejects.toMatchObject({ code: 'booking_clash' });
  });

  it('shows the demo gym’s calendar with bookings, and does nothing the second time', async () => {
    const page = await t.app.inject({ url: `/steder/${DEMO_PLACE_SLUGS.gym}/ledige-tider` });
    expect(page.statusCode).toBe(200);
    expect(await seedDemoBookings(t.ctx)).toBe(0);
  });
});
