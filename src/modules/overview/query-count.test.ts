import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { bearer, postOffer } from '#src/modules/giving/test-support.ts';
import { createGrantsWorld, type GrantsWorld, submitApplication } from '#src/modules/grants/test-support.ts';
import { addBookings } from '#src/modules/overview/test-support.ts';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * "Mit overblik" and the site search cost the same number of queries however much a person has
 * and however much matches: each module loads its part set-wise, never one query per row.
 */
describe('queries of the overview and the search do not grow with the data', () => {
  let t: TestApp;
  let world: GrantsWorld;
  let person: TestPerson;
  let neighbour: TestPerson;
  let placeId: number;
  let added = 0;

  /** Gives the person (a place manager, reviewer and applicant) `count` more of everything. */
  async function addData(count: number): Promise<void> {
    const user = currentUser(person, 'Mette');
    await addBookings(t.ctx, { placeId, bookerId: person.id, count, status: 'approved', from: added * 2 });
    await addBookings(t.ctx, {
      placeId,
      bookerId: neighbour.id,
      count,
      status: 'requested',
      from: added * 2 + count,
    });
    for (let index = 0; index < count; index += 1) {
      const n = added + index;
      const date = `2026-12-${String(3 + (n % 20)).padStart(2, '0')}`;
      const own = await publish(t.ctx, user, {
        title: `Kaffe ${n}`,
        date,
        startTime: `${8 + (n % 10)}:00`,
        endTime: `${8 + (n % 10)}:30`,
      });
      const other = await publish(t.ctx, currentUser(neighbour), { title: `Kaffe hos naboen ${n}`, date });
      await joinActivity(t.ctx, user, other, instantAt(date, 16 * 60));
      // Posting is rate-limited per person; the limit is not what this test is about.
      await t.ctx.db.kysely.deleteFrom('rate_limits').execute();
      const item = await postOffer(t.ctx, user, { title: `Kaffekande ${n}` });
      // Straight to the table: asking through the service is rate-limited per hour.
      await t.ctx.db.kysely
        .insertInto('give_contacts')
        .values({
          item_id: item,
          requester_id: neighbour.id,
          message: 'Gerne!',
          status: 'pending',
          created_at: 0,
          decided_at: null,
        })
        .execute();
      await submitApplication(t.ctx, world, { title: `Kaffebar ${n}` }, neighbour);
      await submitApplication(t.ctx, world, { title: `Min kaffebar ${n}` }, person);
      expect(own).toBeGreaterThan(0);
    }
    added += count;
  }

  async function measure() {
    const cookies = { byliv_session: person.sessionToken };
    const counts: Record<string, number> = {};
    for (const [name, request] of [
      ['page', { url: '/mit-overblik', cookies }],
      ['api', { url: '/api/v1/me/overview', headers: bearer(person.apiToken) }],
      ['search', { url: '/soeg?q=kaffe' }],
      ['searchSection', { url: '/soeg?q=kaffe&vis=aktiviteter&side=2' }],
      ['searchApi', { url: '/api/v1/search?q=kaffe&limit=50' }],
    ] as const) {
      const { result, count } = await countQueries(() => t.app.inject(request));
      expect(result.statusCode, name).toBe(200);
      counts[name] = count;
    }
    return counts;
  }

  beforeAll(async () => {
    t = await createTestApp();
    world = await createGrantsWorld(t.ctx);
    person = world.reviewer;
    neighbour = await createPerson(t.ctx, { name: 'Nabo' });
    const owner = await createOrganisation(t.ctx, { name: 'Kaffeforeningen', admins: [person.id] });
    placeId = (await createPlace(t.ctx, { organisationId: owner, name: 'Kaffestuen', managers: [person.id] }))
      .id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs the same queries for the overview, its API and the search with 1 and with 15 of everything', async () => {
    await addData(1);
    await measure(); // warms what loads once per process
    const few = await measure();
    await addData(14);
    const many = await measure();
    expect(many).toEqual(few);
    // And the overview did see it all.
    const json = (
      await t.app.inject({ url: '/api/v1/me/overview', headers: bearer(person.apiToken) })
    ).json();
    expect(json.waiting.bookingRequests).toBe(15);
    expect(json.waiting.reviews[0].count).toBe(15);
    expect(json.waiting.contactRequests).toBe(15);
    expect(json.bookings.coming).toBe(15);
    expect(json.applications.total).toBe(15);
    const search = (await t.app.inject({ url: '/api/v1/search?q=kaffe&limit=50' })).json();
    expect(search.activities.total).toBe(30);
    expect(search.givePosts.total).toBe(15);
  }, 240_000);
});
