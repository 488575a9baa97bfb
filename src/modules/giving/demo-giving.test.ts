import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoGiving } from '#src/db/seed/demo-giving.ts';
import { seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the demo give-board', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await ensureAreas(t.ctx);
    await seedDemoData(t.ctx);
    await seedDemoPlaces(t.ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('posts offers and wishes from demo people and organisations, once', async () => {
    expect(await seedDemoGiving(t.ctx)).toHaveLength(7);
    expect(await seedDemoGiving(t.ctx)).toEqual([]);
    const board = await t.app.inject({ url: '/giv' });
    expect(board.body).toContain('Baglokalet mandag aften');
    expect(board.body).toContain('Fra Café Slusen');
    expect(board.body).toContain('To bænke til et fælles udeareal');
    expect(board.body).toContain('Planter til den grønne lomme');
    const wishes = await t.app.inject({ url: '/api/v1/give-board?direction=wish' });
    expect(
      wishes
        .json()
        .items.map((item: { title: string }) => item.title)
        .sort(),
    ).toEqual(['Planter til den grønne lomme', 'Vært til nabokaffe']);
    const rooms = await t.app.inject({ url: '/api/v1/give-board?kind=room&neighbourhood=sluseholmen' });
    expect(rooms.json().items[0].place).toEqual({
      slug: 'baglokalet-i-cafe-slusen',
      name: 'Baglokalet i Café Slusen',
    });
  });
});
