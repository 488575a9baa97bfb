import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_LIMIT } from '#src/modules/activities/feeds/open-data.ts';
import { FEED_SINGLES_MAX } from '#src/modules/activities/finding/listing-service.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// A city's year of activities must not become a file no calendar program takes, nor hold the
// server's memory: the open feed and the CSV export stop at a fixed number, the earliest first.

let testApp: TestApp;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The test clock: Monday 30 November 2026, 10:00 in Copenhagen. */
const NOW = Date.UTC(2026, 10, 30, 9);
const SINGLES = Math.max(CSV_LIMIT, FEED_SINGLES_MAX) + 5;

function activity(organiserId: number, title: string, startsAt: number, rrule: string | null) {
  return {
    kind: 'neighbour_coffee' as const,
    title,
    description: '',
    starts_at: startsAt,
    ends_at: startsAt + HOUR,
    rrule,
    series_ends_at: rrule === null ? startsAt + HOUR : null,
    location_kind: 'point' as const,
    place_id: null,
    address: 'Sluseholmen 8',
    lat: 55.645,
    lon: 12.545,
    neighbourhood_id: null,
    district_id: null,
    organiser_id: organiserId,
    organisation_id: null,
    capacity: null,
    child_friendly: 0 as const,
    step_free: 0 as const,
    free_of_charge: 1 as const,
    languages: 'da',
    cancelled_at: null,
    cancel_reason: '',
    hidden_at: null,
    created_at: NOW,
    updated_at: NOW,
  };
}

beforeAll(async () => {
  testApp = await createTestApp();
  const organiserId = (await createPerson(testApp.ctx, { name: 'Arrangør' })).id;
  // One-off activities every ten minutes from tomorrow on, and a weekly series begun last week.
  const rows = [activity(organiserId, 'Ugentlig nabokaffe', NOW - 7 * DAY, 'FREQ=WEEKLY;INTERVAL=1')];
  for (let index = 0; index < SINGLES; index += 1)
    rows.push(activity(organiserId, `Enkelt ${index}.`, NOW + DAY + index * 10 * MINUTE, null));
  for (let start = 0; start < rows.length; start += 200)
    await testApp.ctx.db.kysely
      .insertInto('activities')
      .values(rows.slice(start, start + 200))
      .execute();
}, 120_000);
afterAll(async () => {
  await testApp.close();
});

describe('open activity feeds of a very busy city', () => {
  it('export the earliest times as CSV, up to the limit, series included', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/aktiviteter.csv' });
    expect(response.statusCode).toBe(200);
    const lines = response.body.trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(CSV_LIMIT);
    expect(response.body).toContain('Ugentlig nabokaffe');
    expect(response.body).toContain('Enkelt 0.');
    expect(response.body).not.toContain(`Enkelt ${SINGLES - 1}.`);
  });

  it('put every series and the first one-off activities in the calendar feed, up to the limit', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/aktiviteter.ics' });
    expect(response.statusCode).toBe(200);
    const events = response.body.split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(FEED_SINGLES_MAX + 1);
    expect(response.body).toContain('Ugentlig nabokaffe');
    expect(response.body).toContain(`Enkelt ${FEED_SINGLES_MAX - 1}.`);
    expect(response.body).not.toContain(`Enkelt ${FEED_SINGLES_MAX}.`);
  });
});
