import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPlace } from '#src/modules/places/bookings/test-fixtures.ts';
import { HOUR } from '#src/platform/time.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

/**
 * Bookings through the night the clocks change: stored as the true instants, shown in local
 * wall-clock time, exported to calendars with their true length.
 */
describe('bookings across the daylight-saving changes', () => {
  let t: TestApp;
  let person: TestPerson;
  let agent: TestAgent;
  let slug: string;

  async function book(date: string, from: string, to: string) {
    const response = await agent.post(`/steder/${slug}/book`, {
      title: 'Nattevagt',
      date,
      startTime: from,
      endTime: to,
      attendees: '3',
    });
    expect(response.statusCode, response.body.slice(0, 2000)).toBe(302);
    const id = Number(String(response.headers.location).split('/').pop());
    return t.ctx.db.kysely.selectFrom('bookings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(Date.UTC(2026, 8, 1, 10, 0));
    person = await createPerson(t.ctx, { name: 'Natteravn' });
    const owner = await createOrganisation(t.ctx, { name: 'Beboerhuset' });
    slug = (await createPlace(t.ctx, { organisationId: owner, approvalRequired: false, maxAdvanceDays: 365 }))
      .slug;
    agent = new TestAgent(t.app);
    agent.setCookie('byliv_session', person.sessionToken);
    await agent.get('/mine-bookinger');
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores 01:00–04:00 on 25 October 2026 as four real hours, and shows it as 01:00–04:00', async () => {
    const booking = await book('2026-10-25', '01:00', '04:00');
    expect(new Date(booking.starts_at).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(new Date(booking.ends_at).toISOString()).toBe('2026-10-25T03:00:00.000Z');
    expect(booking.ends_at - booking.starts_at).toBe(4 * HOUR);
    const page = await agent.get(`/bookinger/${booking.id}`);
    expect(page.body).toContain('søndag den 25. oktober 2026 kl. 01.00–04.00');
  });

  it('stores 01:00–04:00 on 28 March 2027 as two real hours, and shows it as 01:00–04:00', async () => {
    const booking = await book('2027-03-28', '01:00', '04:00');
    expect(new Date(booking.starts_at).toISOString()).toBe('2027-03-28T00:00:00.000Z');
    expect(new Date(booking.ends_at).toISOString()).toBe('2027-03-28T02:00:00.000Z');
    expect(booking.ends_at - booking.starts_at).toBe(2 * HOUR);
    const page = await agent.get(`/bookinger/${booking.id}`);
    expect(page.body).toContain('søndag den 28. marts 2027 kl. 01.00–04.00');
  });

  it('marks the same local hours as busy in the week calendar of both weeks', async () => {
    for (const week of ['2026-10-19', '2027-03-22']) {
      const page = await agent.get(`/steder/${slug}/book?uge=${week}`);
      const rows = page.body.split('<tr>').filter((row) => row.includes('scope="row"'));
      const busyHours = rows
        .filter((row) => row.includes('app-week-calendar__cell--busy'))
        .map((row) => /scope="row">(\d\d:\d\d)</.exec(row)?.[1]);
      expect(busyHours, week).toEqual(['01:00', '01:30', '02:00', '02:30', '03:00', '03:30']);
    }
  });

  it('exports both bookings to the public feed with their true start and end', async () => {
    const feed = await t.app.inject({ url: `/steder/${slug}/kalender.ics` });
    expect(feed.headers['content-type']).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(feed.body))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(
      events.map((event) => [
        event.startDate.toJSDate().toISOString(),
        event.endDate.toJSDate().toISOString(),
      ]),
    ).toEqual([
      ['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z'],
      ['2027-03-28T00:00:00.000Z', '2027-03-28T02:00:00.000Z'],
    ]);
    expect(events.map((event) => event.summary)).toEqual(['Optaget', 'Optaget']);
    expect(feed.body).not.toContain('Nattevagt');
    expect(feed.body).not.toContain('Natteravn');
  });

  it('keeps a weekly 18:00 series at 18:00 local time on both sides of the March change', async () => {
    const preview = await agent.post(`/steder/${slug}/book`, {
      title: 'Kor',
      date: '2027-03-18',
      startTime: '18:00',
      endTime: '20:00',
      attendees: '12',
      repeat: 'weekly',
      until: '2027-04-08',
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('torsdag den 18. marts 2027 kl. 18.00–20.00');
    expect(preview.body).toContain('torsdag den 1. april 2027 kl. 18.00–20.00');
    const starts = [...preview.body.matchAll(/name="starts" value="(\d+)"/g)].map((match) =>
      Number(match[1]),
    );
    expect(starts.map((start) => new Date(start).toISOString())).toEqual([
      '2027-03-18T17:00:00.000Z',
      '2027-03-25T17:00:00.000Z',
      '2027-04-01T16:00:00.000Z',
      '2027-04-08T16:00:00.000Z',
    ]);
  });
});
