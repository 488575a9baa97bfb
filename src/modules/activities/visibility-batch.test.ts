import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renewPersonalFeed } from '#src/modules/activities/feeds/service.ts';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { currentUser, publish } from '#src/modules/activities/test-support.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { countQueries } from '#src/testing/query-count.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// Who sees a participants-only address is decided for a whole list at once: the API list and
// the personal feed send as many queries for twelve such activities as for two.

let testApp: TestApp;
let host: TestPerson;
let guest: TestPerson;
beforeAll(async () => {
  testApp = await createTestApp();
  host = await createPerson(testApp.ctx, { name: 'Værten Vibeke' });
  guest = await createPerson(testApp.ctx, { name: 'Gæsten Gunnar' });
});
afterAll(async () => {
  await testApp.close();
});

const FLAT = 'Sluseholmen 8, 3. tv.';

/** `count` home visits, each on its own day, the guest joined to every other one. */
async function homeVisits(count: number, firstDay: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const day = firstDay + index;
    const id = await publish(testApp.ctx, currentUser(host, 'Værten Vibeke'), {
      kind: 'tour_de_lejlighed',
      title: `Tour de lejlighed ${day}`,
      date: `2026-12-${String(day).padStart(2, '0')}`,
      address: FLAT,
      addressVisibility: 'participants',
    });
    if (index % 2 === 0) {
      await joinActivity(testApp.ctx, currentUser(guest, 'Gæsten Gunnar'), id, Date.UTC(2026, 11, day, 15));
    }
  }
  await testApp.takeMail();
}

async function apiList(token: string) {
  return countQueries(async () => {
    const response = await testApp.app.inject({
      url: '/api/v1/activities?from=2026-12-01&to=2026-12-31',
      headers: { authorization: `Bearer ${token}` },
    });
    return response.json<{ items: Array<{ title: string; location: { address?: string } }> }>();
  });
}

async function personalFeed(person: TestPerson) {
  const path = await renewPersonalFeed(testApp.ctx, person.id);
  return countQueries(async () => (await testApp.app.inject({ url: path })).body);
}

describe('participants-only addresses in lists', () => {
  it('are decided for the whole API list and personal feed at once, and shown to those who may see them', async () => {
    await homeVisits(2, 3);
    const fewHost = await apiList(host.apiToken);
    const fewGuest = await apiList(guest.apiToken);
    const fewFeed = await personalFeed(guest);

    await homeVisits(10, 10);
    const manyHost = await apiList(host.apiToken);
    const manyGuest = await apiList(guest.apiToken);
    const manyFeed = await personalFeed(guest);

    expect(manyHost.count).toBe(fewHost.count);
    expect(manyGuest.count).toBe(fewGuest.count);
    expect(manyFeed.count).toBe(fewFeed.count);

    // The host sees every full address; the guest only those of the visits they joined.
    expect(manyHost.result.items).toHaveLength(12);
    expect(JSON.stringify(manyHost.result.items).split('3. tv.').length - 1).toBe(12);
    expect(JSON.stringify(manyGuest.result.items).split('3. tv.').length - 1).toBe(6);
    expect(manyFeed.result.split('3. tv.').length - 1).toBeGreaterThanOrEqual(6);
  });
});
