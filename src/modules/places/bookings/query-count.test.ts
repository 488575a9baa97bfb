import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { buildWeekCalendar } from '#src/modules/places/bookings/week-calendar.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { HOUR } from '#src/platform/time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * The place page and the room search cost the same number of queries however many bookings
 * there are: everything is loaded set-wise, never one query per booking or per place.
 */
describe('queries per page do not grow with the number of bookings', () => {
  let t: TestApp;
  let person: TestPerson;
  let placeIds: number[];
  let slug: string;
  let inserted = 0;

  /** Adds bookings spread over the places, one hour each, two hours apart, from 1 December on. */
  async function addBookings(count: number): Promise<void> {
    const base = instantAt('2026-12-01', 8 * 60);
    const rows = Array.from({ length: count }, (_, offset) => {
      const index = inserted + offset;
      const placeId = placeIds[index % placeIds.length] ?? 0;
      const slot = Math.floor(index / placeIds.length);
      const startsAt = base + slot * 2 * HOUR;
      return {
        place_id: placeId,
        series_id: null,
        booker_id: person.id,
        organisation_id: null,
        title: `Booking ${index}`,
        attendees: 5,
        responsible_host_name: '',
        responsible_host_phone: '',
        starts_at: startsAt,
        ends_at: startsAt + HOUR,
        block_end: startsAt + HOUR,
        status: index % 3 === 0 ? ('requested' as const) : ('approved' as const),
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        cancelled_at: null,
        cancelled_by: null,
        door_code: null,
        created_at: t.clock.now(),
      };
    });
    for (let start = 0; start < rows.length; start += 200) {
      await t.ctx.db.kysely
        .insertInto('bookings')
        .values(rows.slice(start, start + 200))
        .execute();
    }
    inserted += count;
  }

  async function pageQueries(url: string, withSession = false): Promise<number> {
    const { result, count } = await countQueries(() =>
      t.app.inject({ url, cookies: withSession ? { byliv_session: person.sessionToken } : {} }),
    );
    expect(result.statusCode, url).toBe(200);
    return count;
  }

  // Bookings take 08–09, 10–11 … at every place, so 09–10 stays free and the search has results to check.
  const searchUrl = '/find-lokale?antal=5&dato=2026-12-02&fra=09%3A00&til=10%3A00&facilitet=kitchen';
  const apiSearchUrl = `/api/v1/bookings/search?attendees=5&startsAt=${encodeURIComponent(
    new Date(instantAt('2026-12-02', 9 * 60)).toISOString(),
  )}&endsAt=${encodeURIComponent(new Date(instantAt('2026-12-02', 10 * 60)).toISOString())}`;

  async function measure() {
    return {
      placePage: await pageQueries(`/steder/${slug}?uge=2026-12-01`),
      bookPage: await pageQueries(`/steder/${slug}/book?uge=2026-12-01`, true),
      search: await pageQueries(searchUrl),
      searchLoggedIn: await pageQueries(searchUrl, true),
      apiSearch: await pageQueries(apiSearchUrl),
    };
  }

  beforeAll(async () => {
    // Counts the work of building the pages, so the public page cache is off (public-cache.ts).
    t = await createTestApp({ env: { PUBLIC_CACHE_MB: '0' } });
    person = await createPerson(t.ctx, { name: 'Tæller' });
    const owner = await createOrganisation(t.ctx, {
      name: 'Kommunen',
      kind: 'municipality',
      admins: [person.id],
    });
    placeIds = [];
    for (let index = 0; index < 8; index += 1) {
      const place = await createPlace(t.ctx, {
        organisationId: owner,
        facilities: ['kitchen'],
        managers: [person.id],
      });
      placeIds.push(place.id);
      if (index === 0) slug = place.slug;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('builds the week calendar of a loaded place in one query', async () => {
    const place = await getPlaceRulesBySlug(t.ctx, slug);
    const { count } = await countQueries(() => buildWeekCalendar(t.ctx, place, '2026-12-01'));
    expect(count).toBe(1);
  });

  it('runs the same queries for the place page, the booking page and the search at 10 and at 1,000 bookings', async () => {
    await addBookings(10);
    await measure(); // warms caches that load once per process (the areas)
    const few = await measure();
    await addBookings(990);
    const many = await measure();
    expect(many).toEqual(few);
    // And the pages did see the bookings: the calendar of the first week is full of them.
    const page = await t.app.inject({
      url: `/steder/${slug}/book?uge=2026-12-01`,
      cookies: { byliv_session: person.sessionToken },
    });
    expect(page.body.split('app-week-calendar__cell--busy').length).toBeGreaterThan(20);
    const search = await t.app.inject({ url: searchUrl });
    expect(search.body).toContain('8 ledige steder');
  });
});
