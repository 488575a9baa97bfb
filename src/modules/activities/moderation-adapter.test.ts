import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeActivityForModeration,
  setActivityHidden,
} from '#src/modules/activities/moderation-adapter.ts';
import { NotFoundError } from '#src/platform/errors.ts';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

async function insertActivity(organiserId: number): Promise<number> {
  const now = testApp.clock.now();
  const row = await testApp.ctx.db.kysely
    .insertInto('activities')
    .values({
      kind: 'neighbour_coffee',
      title: 'Nabokaffe i gården',
      description: '',
      starts_at: now + 86_400_000,
      ends_at: now + 90_000_000,
      rrule: null,
      series_ends_at: now + 90_000_000,
      location_kind: 'point',
      place_id: null,
      address: 'Sluseholmen 1',
      lat: null,
      lon: null,
      neighbourhood_id: null,
      district_id: null,
      organiser_id: organiserId,
      organisation_id: null,
      capacity: null,
      child_friendly: 0,
      step_free: 0,
      free_of_charge: 1,
      languages: 'da',
      cancelled_at: null,
      cancel_reason: '',
      hidden_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the moderation adapter', () => {
  it('describes an activity with its title, link and organiser, and hides and restores it', async () => {
    const organiser = await createPerson(testApp.ctx, { name: 'Karen Nabo' });
    const id = await insertActivity(organiser.id);
    expect(await describeActivityForModeration(testApp.ctx, id)).toEqual({
      id,
      title: 'Nabokaffe i gården',
      url: `/aktiviteter/${id}`,
      organiserName: 'Karen Nabo',
      hidden: false,
    });
    await setActivityHidden(testApp.ctx, id, true);
    expect((await describeActivityForModeration(testApp.ctx, id))?.hidden).toBe(true);
    await setActivityHidden(testApp.ctx, id, false);
    expect((await describeActivityForModeration(testApp.ctx, id))?.hidden).toBe(false);
  });

  it('knows no activity that does not exist', async () => {
    expect(await describeActivityForModeration(testApp.ctx, 999_999)).toBeNull();
    await expect(setActivityHidden(testApp.ctx, 999_999, true)).rejects.toBeInstanceOf(NotFoundError);
  });
});
