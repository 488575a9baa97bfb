import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoActivities } from '#src/db/seed/demo-activities.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { occurrenceStarts } from '#src/modules/activities/occurrences/recurrence.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { localParts } from '#src/platform/local-time.ts';
import { DAY } from '#src/platform/time.ts';
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
    const tour = await t.ctx.db.kysely
      .selectFrom('activities')
      .select('address_visibility')
      .where('kind', '=', 'tour_de_lejlighed')
      .executeTakeFirstOrThrow();
    expect(tour.address_visibility).toBe('participants');
    const booked = await t.ctx.db.kysely.selectFrom('activity_bookings').select('booking_id').execute();
    expect(booked.length).toBeGreaterThanOrEqual(3);
    expect(await seedDemoActivities(t.ctx)).toEqual([]);
    const list = await new TestAgent(t.app).get('/aktiviteter');
    expect(list.body).toContain('Kajak pop-up ved Sluseholmen');
    expect(list.body).toContain('Lørdagskaffe på kajen');
  });
});

describe('the demo weekly series', () => {
  it('fall on the weekday their text names, also when seeded after that day of the week', {
    timeout: 120_000,
  }, async () => {
    const weekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
    // Seeded on a Sunday morning, the week's Saturday is past (the other test seeds on a Monday).
    for (const seededAt of [Date.UTC(2026, 11, 6, 7)]) {
      const app = await createTestApp();
      try {
        app.clock.set(seededAt);
        await ensureAreas(app.ctx);
        await seedDemoData(app.ctx);
        await seedDemoPlaces(app.ctx);
        await seedDemoActivities(app.ctx);
        const series = await app.ctx.db.kysely
          .selectFrom('activities')
          .select(['id', 'title', 'description', 'starts_at', 'rrule'])
          .where('rrule', 'like', 'FREQ=WEEKLY%')
          .execute();
        expect(series.length).toBeGreaterThan(0);
        for (const row of series) {
          const text = `${row.title} ${row.description}`.toLowerCase();
          const named = weekdays.findIndex((day) => text.includes(day)) + 1;
          expect(named, row.title).toBeGreaterThan(0);
          const occurrences = occurrenceStarts(
            { startsAt: row.starts_at, rrule: row.rrule },
            seededAt,
            seededAt + 70 * DAY,
          );
          expect(occurrences.length).toBeGreaterThanOrEqual(9);
          expect(new Set(occurrences.map((start) => localParts(start).weekday))).toEqual(new Set([named]));
        }
      } finally {
        await app.close();
      }
    }
  });
});
