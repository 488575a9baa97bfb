import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('the sections other modules add to a page, composed in src/page-sections.ts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows an organisation’s activities and their calendar feed on its page', async () => {
    const id = await createOrganisation(t.ctx, { name: 'Gårdlauget' });
    const { slug } = await t.ctx.db.kysely
      .selectFrom('organisations')
      .select('slug')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const page = await t.app.inject({ method: 'GET', url: `/organisationer/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/aktiviteter?organisation=${slug}"`);
    expect(page.body).toContain(`href="/aktiviteter/organisationer/${slug}.ics"`);
  });

  it('shows the activities held at a place on its page', async () => {
    const owner = await createOrganisation(t.ctx);
    const place = await createPlace(t.ctx, { organisationId: owner, name: 'Gårdsalen' });
    const page = await t.app.inject({ method: 'GET', url: `/steder/${place.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/aktiviteter?sted=${place.slug}"`);
  });

  it('shows what is on this week, from activities, on the home page', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="this-week-title"');
    expect(page.body).toContain('href="/aktiviteter/ny"');
  });
});
