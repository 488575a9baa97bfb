import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the give-board tables', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  function item(userId: number, changes: Record<string, unknown> = {}) {
    const now = t.clock.now();
    return {
      direction: 'offer' as const,
      kind: 'time' as const,
      sponsorship_kind: null,
      title: 'Hjælp',
      description: 'Beskrivelse',
      user_id: userId,
      organisation_id: null,
      area_id: null,
      place_id: null,
      expires_at: now + 1000,
      completed_at: null,
      hidden_at: null,
      created_at: now,
      updated_at: now,
      ...changes,
    };
  }

  it('refuses a sponsorship without its sub-kind, and a sub-kind on anything else', async () => {
    const person = await createPerson(t.ctx);
    const db = t.ctx.db.kysely;
    await expect(
      db
        .insertInto('give_items')
        .values(item(person.id, { kind: 'sponsorship' }))
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('give_items')
        .values(item(person.id, { sponsorship_kind: 'bench' }))
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('give_items')
      .values(item(person.id, { kind: 'sponsorship', sponsorship_kind: 'bench' }))
      .execute();
  });

  it('refuses a second contact request from the same person on the same item', async () => {
    const poster = await createPerson(t.ctx);
    const asker = await createPerson(t.ctx);
    const db = t.ctx.db.kysely;
    const { id } = await db
      .insertInto('give_items')
      .values(item(poster.id))
      .returning('id')
      .executeTakeFirstOrThrow();
    const contact = {
      item_id: id,
      requester_id: asker.id,
      message: 'Hej',
      status: 'pending' as const,
      created_at: t.clock.now(),
      decided_at: null,
    };
    await db.insertInto('give_contacts').values(contact).execute();
    await expect(db.insertInto('give_contacts').values(contact).execute()).rejects.toThrow();
  });
});
