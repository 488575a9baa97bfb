import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { instantAt } from '#src/platform/local-time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

describe('a weekly series and the calendar feeds', () => {
  let t: TestApp;
  let booker: TestPerson;
  let other: TestPerson;
  let agent: TestAgent;
  let slug: string;
  let placeId: number;

  const series = {
    title: 'Strikkeklub',
    date: '2026-12-02',
    startTime: '18:00',
    endTime: '20:00',
    attendees: '8',
    repeat: 'weekly',
    until: '2026-12-30',
  };

  async function liveCount(): Promise<number> {
    const rows = await t.ctx.db.kysely
      .selectFrom('bookings')
      .select('id')
      .where('place_id', '=', placeId)
      .where('booker_id', '=', booker.id)
      .where('status', 'in', ['requested', 'approved'])
      .execute();
    return rows.length;
  }

  beforeAll(async () => {
    t = await createTestApp();
    booker = await createPerson(t.ctx, { name: 'Karen Strik' });
    other = await createPerson(t.ctx, { name: 'Anden Beboer' });
    const owner = await createOrganisation(t.ctx, { name: 'Biblioteket', kind: 'municipality' });
    const place = await createPlace(t.ctx, {
      organisationId: owner,
      name: 'Mødelokalet',
      closedDates: [{ date: '2026-12-23', reason: 'Juleferie' }],
    });
    slug = place.slug;
    placeId = place.id;
    // Someone else has the room on 16 December.
    const otherAgent = new TestAgent(t.app);
    otherAgent.setCookie('byliv_session', other.sessionToken);
    await otherAgent.get('/mine-bookinger');
    await otherAgent.post(`/steder/${slug}/book`, {
      ...series,
      title: 'Julefrokost',
      repeat: 'none',
      date: '2026-12-16',
    });
    agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', booker.sessionToken);
    await agent.get('/mine-bookinger');
  });
  afterAll(async () => {
    await t.close();
  });

  it('previews every occurrence with its problem before saving anything', async () => {
    const preview = await agent.post(`/steder/${slug}/book`, series);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain(
      '5 gange i alt: 3 ledige og 2 optaget eller uden for reglerne. Intet er gemt endnu.',
    );
    expect(preview.body).toContain('Stedet er allerede optaget onsdag den 16. december 2026 kl. 18.00–20.00');
    expect(preview.body).toContain('Stedet er lukket 23. december 2026');
    expect(preview.body).not.toContain('Julefrokost');
    expect(preview.body).not.toContain('Anden Beboer');
    expect(await liveCount()).toBe(0);
  });

  it('saves nothing when one of the free occurrences was taken between preview and confirm', async () => {
    const preview = await agent.post(`/steder/${slug}/book`, series);
    const starts = [...preview.body.matchAll(/name="starts" value="(\d+)"/g)].map((match) => match[1] ?? '');
    expect(starts).toHaveLength(3);
    await t.ctx.db.kysely
      .insertInto('bookings')
      .values({
        place_id: placeId,
        series_id: null,
        booker_id: other.id,
        organisation_id: null,
        title: 'Hurtigere',
        attendees: 2,
        responsible_host_name: '',
        responsible_host_phone: '',
        starts_at: instantAt('2026-12-30', 18 * 60),
        ends_at: instantAt('2026-12-30', 19 * 60),
        block_end: instantAt('2026-12-30', 19 * 60),
        status: 'requested',
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        cancelled_at: null,
        cancelled_by: null,
        door_code: null,
        created_at: t.clock.now(),
      })
      .execute();
    const confirm = await agent.post(`/steder/${slug}/book/serie`, { ...series, starts });
    expect(confirm.statusCode).toBe(409);
    expect(confirm.body).toContain('Intet er gemt');
    expect(await liveCount()).toBe(0);
    const seriesRows = await t.ctx.db.kysely.selectFrom('booking_series').selectAll().execute();
    expect(seriesRows).toHaveLength(0);
  });

  it('books exactly the free occurrences the person confirmed, as one series with an RRULE', async () => {
    const preview = await agent.post(`/steder/${slug}/book`, series);
    const starts = [...preview.body.matchAll(/name="starts" value="(\d+)"/g)].map((match) => match[1] ?? '');
    expect(starts).toHaveLength(2);
    const confirm = await agent.post(`/steder/${slug}/book/serie`, { ...series, starts });
    expect(confirm.statusCode).toBe(302);
    expect(await liveCount()).toBe(2);
    const [saved] = await t.ctx.db.kysely.selectFrom('booking_series').selectAll().execute();
    expect(saved?.rrule).toBe(
      'DTSTART;TZID=Europe/Copenhagen:20261202T180000\nRRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20261230T235959',
    );
  });

  it('gives each person a private feed of their own bookings, behind a link that can be replaced', async () => {
    expect((await agent.post('/mine-bookinger/kalender')).statusCode).toBe(302);
    const page = await agent.get('/mine-bookinger');
    const url = /id="feed-url" type="text" readonly="" value="([^"]+)"|value="(http[^"]+\.ics)"/.exec(
      page.body,
    );
    const link = url?.[1] ?? url?.[2] ?? '';
    expect(link).toMatch(/\/kalender\/[A-Za-z0-9_-]+\.ics$/);
    const path = new URL(link).pathname;
    const feed = await t.app.inject({ url: path });
    expect(feed.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.summary)).toEqual([
      'Strikkeklub – Mødelokalet',
      'Strikkeklub – Mødelokalet',
    ]);
    expect(feed.body).not.toContain('Julefrokost');
    const stored = await t.ctx.db.kysely.selectFrom('booking_calendar_feeds').selectAll().execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(
      path.slice('/kalender/'.length, -'.ics'.length),
    );

    await agent.post('/mine-bookinger/kalender');
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
  });

  it('publishes the place’s busy times without titles or names', async () => {
    const feed = await t.app.inject({ url: `/steder/${slug}/kalender.ics` });
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events.length).toBe(4);
    for (const name of ['Strikkeklub', 'Julefrokost', 'Karen', 'Anden'])
      expect(feed.body).not.toContain(name);
  });
});
