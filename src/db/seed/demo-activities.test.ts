import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoActivities } from '#src/db/seed/demo-activities.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await ensureAreas(t.ctx);
  await seedDemoData(t.ctx);
  await seedDemoPlaces(t.ctx);
  await seedDemoBookings(t.ctx);
});
afterAll(async () => {
  await t.close();
});

describe('the demo activities', () => {
  it('publishes each kind over the coming weeks through the same rules as the form, once', async () => {
    const ids = await seedDemoActivities(t.ctx);
    expect(ids).toHaveLength(7);
    const rows = await t.ctx.db.kysely
      .selectFrom('activities')
      .select(['kind', 'rrule', 'place_id', 'location_kind'])
      .execute();
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set([
        'communal_dining',
        'swap_corner',
        'neighbour_coffee',
        'tour_de_lejlighed',
        'outdoor',
        'workshop',
      ]),
    );
    expect(rows.filter((row) => row.rrule !== null)).toHaveLength(1);
    expect(rows.filter((row) => row.location_kind === 'route')).toHaveLength(1);
    const booked = await t.ctx.db.kysely.selectFrom('activity_bookings').select('booking_id').execute();
    expect(booked.length).toBeGreaterThanOrEqual(3);
    expect(await seedDemoActivities(t.ctx)).toEqual([]);
    const list = await new TestAgent(t.app).get('/aktiviteter');
    expect(list.body).toContain('Kajak pop-up ved Sluseholmen');
    expect(list.body).toContain('Lørdagskaffe på kajen');
  });
});
